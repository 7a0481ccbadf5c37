package geom

import (
	"math"
	"strings"
)

// Printing rules that layout (which splits a map into pages that print
// readably) and the PDF renderer (which scales each page onto its sheet)
// must agree on, so they live here once.
const (
	// SheetMargin keeps the drawing clear of what printers cannot reach,
	// in points, on every side of the sheet.
	SheetMargin = 18.0
	// MaxPrintScale stops a small page (an overview of two blocks) from
	// being blown up into poster-sized text.
	MaxPrintScale = 2.0
	// MinPrintText is the smallest text, in points on paper, that still
	// reads in print.
	MinPrintText = 7.0
)

// Paper is a sheet diagrams print on, as it lies (landscape): width
// across, height down, in points.
type Paper struct {
	Name string  `json:"name"`
	W    float64 `json:"w"`
	H    float64 `json:"h"`
}

// DiagramPapers lists the landscape sheets diagrams print on, the default
// first: tabloid (11x17 in), US Legal and A3.
func DiagramPapers() []Paper {
	return []Paper{{"tabloid", 1224, 792}, {"legal", 1008, 612}, {"a3", 1190.55, 841.89}}
}

// DiagramPaper finds a diagram paper by name, ignoring case and blanks
// around it; an empty name is the default, tabloid.
func DiagramPaper(name string) (Paper, bool) {
	papers := DiagramPapers()
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return papers[0], true
	}
	for _, p := range papers {
		if p.Name == name {
			return p, true
		}
	}
	return Paper{}, false
}

// Printable is the area of the sheet inside SheetMargin.
func (pp Paper) Printable() Rect {
	return Rect{X: SheetMargin, Y: SheetMargin, W: pp.W - 2*SheetMargin, H: pp.H - 2*SheetMargin}
}

// PrintScale is the uniform scale at which a page w by h points wide
// fits the printable area, never above MaxPrintScale; 0 for a page or a
// paper without a usable size.
func (pp Paper) PrintScale(w, h float64) float64 {
	a := pp.Printable()
	s := min(a.W/w, a.H/h, MaxPrintScale)
	if !(w > 0 && h > 0 && s > 0) || math.IsNaN(s) {
		return 0
	}
	return s
}

// SmallestText is the size, in page points, of the smallest non-empty
// text on the page, 0 when it has none. Printed at scale s it measures
// s times that on paper.
func (p Page) SmallestText() float64 {
	m := 0.0
	see := func(ts ...Text) {
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
