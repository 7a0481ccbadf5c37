package pdf

import (
	"fmt"
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// MinTextSize is the smallest text, in points on paper, that still reads
// in print. Diagrams never clips a page to keep its text this large; a
// caller that finds a page's Placement.MinText below it should split the
// page instead.
const MinTextSize = 7.0

// Page placement on the sheet, in points.
const (
	// sheetMargin keeps the drawing clear of what printers cannot reach.
	sheetMargin = 18.0
	// maxScale stops a small page (an overview of two blocks) from being
	// blown up into poster-sized text.
	maxScale = 2.0
)

// Placement is where a diagram page lands on its sheet: the page is scaled
// uniformly by Scale and its top-left corner put at (X, Y), so that it
// sits centred inside the printable area.
type Placement struct {
	Scale float64
	X, Y  float64
	// MinText is the size, in points on paper, of the smallest text on
	// the page after scaling; 0 when the page has no text.
	MinText float64
}

// Place computes where p lands on the named diagram paper ("" means
// tabloid), so that a caller can check text sizes before rendering.
func Place(p geom.Page, paperName string) (Placement, error) {
	pp, err := findPaper(paperName, diagramPapers())
	if err != nil {
		return Placement{}, err
	}
	return place(p, pp)
}

// place fits p inside the printable area of pp.
func place(p geom.Page, pp paper) (Placement, error) {
	if !positive(p.Width) || !positive(p.Height) {
		return Placement{}, fmt.Errorf("page %q has no usable size (%v x %v)", p.ID, p.Width, p.Height)
	}
	s := min((pp.w-2*sheetMargin)/p.Width, (pp.h-2*sheetMargin)/p.Height, maxScale)
	pl := Placement{Scale: s, X: (pp.w - s*p.Width) / 2, Y: (pp.h - s*p.Height) / 2}
	if m := smallestText(p); m > 0 {
		pl.MinText = m * s
	}
	return pl, nil
}

// positive reports whether v is a finite number above zero.
func positive(v float64) bool { return v > 0 && !math.IsInf(v, 1) }

// toSheet maps a rectangle of the page to sheet coordinates, for the
// clickable areas of links, which the library places outside any
// transformation.
func (pl Placement) toSheet(r geom.Rect) geom.Rect {
	return geom.Rect{X: pl.X + pl.Scale*r.X, Y: pl.Y + pl.Scale*r.Y, W: pl.Scale * r.W, H: pl.Scale * r.H}
}

// smallestText is the size of the smallest non-empty text on p, in page
// points.
func smallestText(p geom.Page) float64 {
	m := 0.0
	see := func(ts ...geom.Text) {
		for _, t := range ts {
			if t.Text != "" && t.Size > 0 && (m == 0 || t.Size < m) {
				m = t.Size
			}
		}
	}
	for _, l := range p.Lanes {
		see(l.Label...)
	}
	for _, r := range p.Lines {
		see(r.Label)
	}
	for _, b := range p.Boxes {
		see(b.Lines...)
	}
	for _, e := range p.Edges {
		if e.Label != nil {
			see(*e.Label)
		}
	}
	see(p.Texts...)
	if p.TitleBlock != nil {
		see(p.TitleBlock.Texts...)
	}
	if p.Legend != nil {
		for _, it := range p.Legend.Items {
			see(it.Lines...)
		}
		see(p.Legend.Texts...)
	}
	return m
}
