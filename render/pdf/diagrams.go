package pdf

import (
	"errors"
	"fmt"
	"io"

	"codeberg.org/go-pdf/fpdf"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// Diagrams writes pages as one PDF, one landscape sheet of opt.Paper per
// page, each page scaled uniformly to fit the printable area and centred
// (see Place). Everything is vector: lanes, region lines, shapes, edges
// with arrowheads and the text in the embedded fonts; the brand's raster
// logo (th.Logo, PNG, JPEG or GIF) goes into each title block.
//
// The outline holds a bookmark for every overview and life-cycle page and
// for the first page of every sub-process; a box whose Link names another
// page's ID, a sub-process or a module with an overview in the same PDF is
// a link to that page. The same inputs give the same bytes. It fails on an
// unknown paper, a page without a size or an unreadable logo; then
// nothing is written.
func Diagrams(w io.Writer, pages []geom.Page, th geom.Theme, opt Options) error {
	pp, err := findPaper(opt.Paper, diagramPapers())
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if len(pages) == 0 {
		return errors.New("render pdf: no pages to draw")
	}
	places := make([]Placement, len(pages))
	for i, p := range pages {
		if places[i], err = place(p, pp); err != nil {
			return fmt.Errorf("render pdf: %w", err)
		}
	}
	c := newCanvas(pp, th, opt, pageTitle(pages[0]))
	lg, err := c.registerLogo(th.Logo)
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	marks := outline(pages)
	links := newLinker(c.f, pages)
	for i, p := range pages {
		c.f.AddPage()
		if m, ok := marks[i]; ok {
			c.bookmark(m.title, m.level, 0)
		}
		c.page(p, places[i], pp, lg)
		links.place(i, p, places[i])
	}
	return c.output(w)
}

// page draws p through a transformation that scales and centres it, in
// layers as the SVG renderer does: lanes and region lines under
// everything, edges under the boxes they join, labels over edges, and the
// frame (title block, legend) last.
func (c *canvas) page(p geom.Page, pl Placement, pp paper, lg *logo) {
	s := pl.Scale
	c.f.TransformBegin()
	// The library flips y (PDF space grows upwards), so the translation
	// of a top-left-origin scale is taken from the sheet's height.
	c.f.Transform(fpdf.TransformMatrix{A: s, D: s, E: pl.X, F: pp.h*(1-s) - pl.Y})
	c.fill(c.pal.Background)
	c.rect(geom.Rect{W: p.Width, H: p.Height}, 0, "F")
	c.lanes(p.Lanes)
	c.regionLines(p.Lines)
	c.boxes(p.Boxes, true)
	c.edges(p.Edges)
	c.boxes(p.Boxes, false)
	c.edgeLabels(p.Edges)
	for _, t := range p.Texts {
		c.text(t, c.textColor(t))
	}
	c.titleBlock(p.TitleBlock, lg)
	c.legend(p.Legend)
	c.f.TransformEnd()
}

// pageTitle is what a page is called in the outline: its title, or its
// id when it has none.
func pageTitle(p geom.Page) string {
	if p.Title != "" {
		return p.Title
	}
	return p.ID
}

// mark is one bookmark.
type mark struct {
	title string
	level int
}

// outline picks the pages that get a bookmark: every overview and life
// cycle, and the first page of each sub-process. A sub-process nests under
// the overview of its module when that is the last overview or life cycle
// before it; otherwise it stands at the top level, since the library needs
// a parent before any nested entry.
func outline(pages []geom.Page) map[int]mark {
	marks := map[int]mark{}
	seen := map[string]bool{}
	overviewOf := ""
	for i, p := range pages {
		if p.Kind != geom.KindSubprocess {
			overviewOf = ""
			if p.Kind == geom.KindOverview {
				overviewOf = p.Module
			}
			marks[i] = mark{title: pageTitle(p)}
			continue
		}
		key := p.Module + "\x00" + p.Subprocess
		if p.Subprocess == "" {
			key = "\x00" + p.ID
		}
		if seen[key] {
			continue
		}
		seen[key] = true
		level := 0
		if overviewOf != "" && overviewOf == p.Module {
			level = 1
		}
		marks[i] = mark{title: pageTitle(p), level: level}
	}
	return marks
}
