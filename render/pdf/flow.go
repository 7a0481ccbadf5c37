package pdf

import (
	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Report page geometry and type sizes, in points.
const (
	pageMargin   = 54.0 // three quarters of an inch on every side
	bottomMargin = 64.0 // room for the footer below the text
	bodySize     = 10.0
	headingSize  = 14.0
	subheadSize  = 11.5
	bulletIndent = 14.0
	blockGap     = 6.0
)

// flow lays a report out top to bottom, page by page. In a dry flow it
// only counts pages; otherwise it draws. Both run the same arithmetic, so
// a drawing flow breaks pages exactly where the counting one did.
type flow struct {
	c          *canvas
	pp         paper
	dry        bool
	total      int // pages in the report, known to the drawing flow
	page       int
	y          float64 // top of the next thing on the page
	left       float64
	right      float64
	bottom     float64
	footerText string
	inSection  bool
}

// newFlow starts a flow on sheets pp; total is the page count for the
// footers, or 0 for a flow that only counts.
func newFlow(c *canvas, pp paper, total int) *flow {
	return &flow{
		c: c, pp: pp, dry: total == 0, total: total,
		left: pageMargin, right: pp.w - pageMargin, bottom: pp.h - bottomMargin,
	}
}

// newPage starts the next page, with its footer.
func (fl *flow) newPage() {
	if !fl.dry {
		fl.c.f.AddPage()
	}
	fl.page++
	fl.y = pageMargin
	fl.footer()
}

// room makes sure h points fit below y, starting a new page if not; at
// the top of a page there is nothing better to do, so it stays.
func (fl *flow) room(h float64) {
	if fl.y+h > fl.bottom && fl.y > pageMargin {
		fl.newPage()
	}
}

// line draws one line of text with its top at y and moves y past it.
func (fl *flow) line(s string, x, size float64, bold bool, col palette.RGB) {
	r := fl.c.ruler
	if !fl.dry {
		fl.c.text(geom.Text{Text: s, X: x, Y: fl.y + r.Ascent(size), Size: size, Bold: bold}, col)
	}
	fl.y += r.LineHeight(size)
}

// lines wraps s to width and draws it line by line, breaking pages
// between lines.
func (fl *flow) lines(s string, x, width, size float64, bold bool, col palette.RGB) {
	for _, l := range fl.c.ruler.Wrap(s, size, bold, width) {
		fl.room(fl.c.ruler.LineHeight(size))
		fl.line(l, x, size, bold, col)
	}
}

// rule draws a horizontal rule across the text column at y.
func (fl *flow) rule(col palette.RGB, weight float64) {
	if !fl.dry {
		fl.c.stroke(col, weight)
		fl.c.f.Line(fl.left, fl.y, fl.right, fl.y)
	}
	fl.y += weight
}

// section lays out a heading and its blocks; the heading gets a bookmark
// and stays on the page of the lines that follow it.
func (fl *flow) section(s doc.Section) {
	if s.Heading != "" {
		fl.heading(s.Heading, headingSize, fl.c.pal.Primary, 0)
		fl.inSection = true
	}
	for _, b := range s.Blocks {
		fl.block(b)
	}
}

// heading draws a section heading (level 0) or a sub-heading (level 1)
// with its bookmark, keeping it with at least three lines of what follows.
func (fl *flow) heading(text string, size float64, col palette.RGB, level int) {
	r := fl.c.ruler
	width := fl.right - fl.left
	n := len(r.Wrap(text, size, true, width))
	if fl.y > pageMargin {
		fl.y += size * 0.8
	}
	fl.room(float64(n)*r.LineHeight(size) + 3*r.LineHeight(bodySize))
	if !fl.dry {
		if level > 0 && !fl.inSection {
			level = 0 // the outline needs a parent first
		}
		fl.c.bookmark(text, level, fl.y)
	}
	fl.lines(text, fl.left, width, size, true, col)
	fl.y += blockGap / 2
}

// block lays out one paragraph, list, table or sub-heading.
func (fl *flow) block(b doc.Block) {
	width := fl.right - fl.left
	switch {
	case b.Heading != "":
		fl.heading(b.Heading, subheadSize, fl.c.pal.Text, 1)
	case b.Paragraph != "":
		fl.lines(b.Paragraph, fl.left, width, bodySize, false, fl.c.pal.Text)
		fl.y += blockGap
	case len(b.List) > 0:
		fl.list(b.List)
		fl.y += blockGap
	case b.Table != nil:
		fl.table(*b.Table)
		fl.y += blockGap * 2
	}
}

// list draws a bullet list: a bullet at the margin, the item's wrapped
// lines indented beside it.
func (fl *flow) list(items []string) {
	r := fl.c.ruler
	lh := r.LineHeight(bodySize)
	for _, it := range items {
		ls := r.Wrap(it, bodySize, false, fl.right-fl.left-bulletIndent)
		for i, l := range ls {
			fl.room(lh)
			if i == 0 && !fl.dry {
				fl.c.text(geom.Text{Text: "•", X: fl.left + 3, Y: fl.y + r.Ascent(bodySize), Size: bodySize}, fl.c.pal.Primary)
			}
			fl.line(l, fl.left+bulletIndent, bodySize, false, fl.c.pal.Text)
		}
		fl.y += 2
	}
}
