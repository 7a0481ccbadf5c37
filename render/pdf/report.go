package pdf

import (
	"fmt"
	"io"
	"strconv"

	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// Report writes r as a PDF on opt.Paper (letter or A4, portrait unless
// opt.Landscape): a title
// block with the brand logo, the report's title, subtitle and brand, then
// its sections with headings, wrapped paragraphs, bullet lists and tables
// whose cells wrap and whose header row repeats at the top of every page
// the table continues on. Every page has a footer "page N of M"; the
// outline has a bookmark per section and sub-heading. The same inputs
// give the same bytes. It fails only on an unknown paper or an unreadable
// logo; then nothing is written.
func Report(w io.Writer, r doc.Report, th geom.Theme, opt Options) error {
	pp, err := findPaper(opt.Paper, reportPapers())
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if opt.Landscape {
		pp.w, pp.h = pp.h, pp.w
	}
	c := newCanvas(pp, th, opt, reportTitle(r))
	lg, err := c.registerLogo(th.Logo)
	if err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	// The footer needs the page count before the first page is drawn, so
	// the report is laid out twice: once only counting pages, once drawing.
	// Layout is pure arithmetic on the ruler, so both passes break alike.
	count := newFlow(c, pp, 0)
	count.report(r, lg)
	draw := newFlow(c, pp, count.page)
	draw.report(r, lg)
	return c.output(w)
}

// reportTitle is the document title: the report's title and subtitle.
func reportTitle(r doc.Report) string {
	switch {
	case r.Subtitle == "":
		return r.Title
	case r.Title == "":
		return r.Subtitle
	}
	return r.Title + " – " + r.Subtitle
}

// report lays out the whole report.
func (fl *flow) report(r doc.Report, lg *logo) {
	fl.footerText = reportTitle(r)
	fl.newPage()
	fl.titleBlock(r, lg)
	for _, s := range r.Sections {
		fl.section(s)
	}
}

// Title block sizes, in points.
const (
	logoMaxW   = 120.0
	logoMaxH   = 48.0
	titleSize  = 20.0
	subSize    = 12.0
	brandSize  = 10.0
	ruleWeight = 1.5
)

// titleBlock draws the logo at the top left and the title, subtitle and
// brand beside it, then a rule in the primary colour across the page.
func (fl *flow) titleBlock(r doc.Report, lg *logo) {
	x, logoBottom := fl.left, fl.y
	if lg != nil {
		s := min(logoMaxW/lg.w, logoMaxH/lg.h)
		slot := geom.Rect{X: fl.left, Y: fl.y, W: lg.w * s, H: lg.h * s}
		if !fl.dry {
			fl.c.drawLogo(lg, slot)
		}
		x, logoBottom = x+slot.W+14, slot.Bottom()
	}
	width := fl.right - x
	fl.lines(r.Title, x, width, titleSize, true, fl.c.pal.Primary)
	fl.lines(r.Subtitle, x, width, subSize, false, fl.c.pal.Text)
	fl.lines(r.Brand, x, width, brandSize, false, fl.c.pal.Line)
	fl.y = max(fl.y, logoBottom) + 8
	fl.rule(fl.c.pal.Primary, ruleWeight)
	fl.y += 10
}

// Footer placement, in points from the bottom of the sheet.
const (
	footerBaseline = 30.0
	footerSize     = 8.0
)

// footer writes the current page's footer: the report's title at the
// left, "page N of M" at the right, above them a thin rule.
func (fl *flow) footer() {
	if fl.dry {
		return
	}
	c := fl.c
	y := fl.pp.h - footerBaseline
	c.stroke(c.pal.Tint(c.pal.Line, 0.5), 0.5)
	c.f.Line(fl.left, y-footerSize-4, fl.right, y-footerSize-4)
	num := "page " + strconv.Itoa(fl.page) + " of " + strconv.Itoa(fl.total)
	w := fl.c.ruler.Width(num, footerSize, false)
	title := c.ruler.Fit(fl.footerText, footerSize, false, fl.right-fl.left-w-24)
	c.text(geom.Text{Text: title, X: fl.left, Y: y, Size: footerSize}, c.pal.Line)
	c.text(geom.Text{Text: num, X: fl.right - w, Y: y, Size: footerSize}, c.pal.Line)
}
