package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// frame is what every page has around its diagram: margins, the title
// block above and the legend below.
type frame struct {
	mt  metrics
	opt Options
}

// Sizes of the frame, in points.
const (
	titleHeight = 46
	logoWidth   = 76
	frameGap    = 10 // between the title block, the diagram and the legend
	minPageW    = 520
)

func newFrame(mt metrics, opt Options) frame { return frame{mt: mt, opt: opt} }

// diagramOrigin is the top-left corner of the diagram.
func (f frame) diagramOrigin() (float64, float64) {
	return f.opt.Margin, f.opt.Margin + titleHeight + frameGap
}

// titleTexts are the lines of a title block: the module (or series), the
// sub-process (or the kind of page), and the page number.
type titleTexts struct {
	main, sub, page string
}

// finish adds the title block and the legend around p.Diagram and sizes
// the page.
func (f frame) finish(p *geom.Page, tt titleTexts) {
	m := f.opt.Margin
	w := math.Max(p.Diagram.W, minPageW)
	p.TitleBlock = f.titleBlock(geom.Rect{X: m, Y: m, W: w, H: titleHeight}, tt)
	p.Legend = f.legend(p.Kind, m, p.Diagram.Bottom()+frameGap, w)
	p.Width = w + 2*m
	p.Height = p.Legend.Rect.Bottom() + m
}

// titleBlock lays out the logo at the left, the module and sub-process
// beside it, and the brand and page number at the right.
func (f frame) titleBlock(r geom.Rect, tt titleTexts) *geom.TitleBlock {
	tb := &geom.TitleBlock{Rect: r, Logo: geom.Rect{X: r.X + 6, Y: r.Y + 6, W: logoWidth, H: r.H - 12}}
	right := []block{
		f.mt.line(f.opt.Brand, 9, true, r.W/3, "title-brand"),
		f.mt.line(tt.page, f.opt.SmallSize+1, false, r.W/3, "title-page"),
	}
	rw := math.Max(right[0].width(), right[1].width())
	top := r.Y + 8
	for _, b := range right {
		tb.Texts = append(tb.Texts, b.at(r.Right()-6-b.width(), top)...)
		top += b.height() + 5
	}
	x := tb.Logo.Right() + 10
	room := r.Right() - 6 - rw - 10 - x
	main := f.mt.line(tt.main, 12, true, room, "title")
	sub := f.mt.line(tt.sub, 10, false, room, "subtitle")
	tb.Texts = append(tb.Texts, main.at(x, r.Y+7)...)
	tb.Texts = append(tb.Texts, sub.at(x, r.Y+7+main.height()+5)...)
	return tb
}

// legendItem is one entry of the legend: a sample shape and its name.
type legendItem struct {
	shape, class, name string
}

// legendItems are the legend's entries for a kind of page.
func legendItems(kind string) []legendItem {
	switch kind {
	case geom.KindOverview:
		return []legendItem{{geom.ShapeBlock, "", "Sub-process"}, {geom.ShapeCondition, "", "Entry or exit conditions"}}
	case geom.KindLifecycle:
		return []legendItem{{geom.ShapePhase, "", "Phase"}, {geom.ShapeBlock, "", "Module"}, {geom.ShapeBlock, "planned", "Planned module"}}
	}
	return []legendItem{
		{geom.ShapeTask, "", "Task"}, {geom.ShapeDecision, "", "Decision"},
		{geom.ShapeStart, "", "Start"}, {geom.ShapeEnd, "", "End"},
		{geom.ShapeConnector, "", "Connector"},
		{geom.ShapeLine, geom.LineOfInteraction, "Line of interaction"},
		{geom.ShapeLine, geom.LineOfVisibility, "Line of visibility"},
		{geom.ShapeLine, geom.LineOfInternalInteraction, "Line of internal interaction"},
	}
}

// legend lays the items out left to right, wrapping to a new row when the
// width runs out.
func (f frame) legend(kind string, x, y, w float64) *geom.Legend {
	const sampleW, sampleH, rowH = 30, 14, 20
	lg := &geom.Legend{}
	cx, cy := x+8, y+6
	for _, it := range legendItems(kind) {
		name := f.mt.line(it.name, f.opt.SmallSize, false, w-16-sampleW-4, "legend")
		if cx+sampleW+4+name.width() > x+w-8 && cx > x+8 {
			cx, cy = x+8, cy+rowH
		}
		b := geom.Box{Shape: it.shape, Class: it.class, Rect: geom.Rect{X: cx, Y: cy, W: sampleW, H: sampleH},
			Planned: it.class == "planned"}
		if it.shape == geom.ShapeLine {
			b.Rect = geom.Rect{X: cx, Y: cy + sampleH/2, W: sampleW}
		}
		b.Lines = name.at(cx+sampleW+4, cy+(sampleH-name.height())/2)
		lg.Items = append(lg.Items, b)
		cx += sampleW + 4 + name.width() + 14
	}
	lg.Rect = geom.Rect{X: x, Y: y, W: w, H: cy + rowH - y}
	return lg
}
