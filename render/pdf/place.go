package pdf

import (
	"fmt"
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// MinTextSize is the smallest text, in points on paper, that still reads
// in print (geom.MinPrintText, which layout splits pages by). Diagrams
// never clips a page to keep its text this large; a caller that finds a
// page's Placement.MinText below it should split the page instead.
const MinTextSize = geom.MinPrintText

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
	// The scale is geom's, the one layout paginates by, so a page layout
	// calls readable prints readably.
	s := geom.Paper{Name: pp.name, W: pp.w, H: pp.h}.PrintScale(p.Width, p.Height)
	pl := Placement{Scale: s, X: (pp.w - s*p.Width) / 2, Y: (pp.h - s*p.Height) / 2}
	if m := p.SmallestText(); m > 0 {
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
