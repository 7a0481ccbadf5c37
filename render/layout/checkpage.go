package layout

import (
	"fmt"
	"math"
	"sort"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// segment is one piece of an edge, normalized so that lo < hi along it.
type segment struct {
	edge, index int
	at, lo, hi  float64 // at: y of a horizontal, x of a vertical
}

// segments splits the page's edges into horizontal and vertical segments.
func segments(p geom.Page) (hs, vs []segment) {
	for i, e := range p.Edges {
		for k := 0; k+1 < len(e.Points); k++ {
			a, b := e.Points[k], e.Points[k+1]
			switch {
			case math.Abs(a.Y-b.Y) <= eps && math.Abs(a.X-b.X) > eps:
				hs = append(hs, segment{i, k, a.Y, math.Min(a.X, b.X), math.Max(a.X, b.X)})
			case math.Abs(a.X-b.X) <= eps && math.Abs(a.Y-b.Y) > eps:
				vs = append(vs, segment{i, k, a.X, math.Min(a.Y, b.Y), math.Max(a.Y, b.Y)})
			}
		}
	}
	return hs, vs
}

// shared reports pairs of collinear segments that overlap along a
// length, whether of two edges or of one.
func (c *checker) shared() {
	hs, vs := segments(c.p)
	for _, list := range [][]segment{hs, vs} {
		sort.Slice(list, func(i, j int) bool {
			if list[i].at != list[j].at {
				return list[i].at < list[j].at
			}
			return list[i].lo < list[j].lo
		})
		for i := range list {
			for j := i + 1; j < len(list) && list[j].at-list[i].at <= eps; j++ {
				a, b := list[i], list[j]
				if math.Min(a.hi, b.hi)-math.Max(a.lo, b.lo) > eps {
					c.add(SharedSegment, "%s and %s overlap along %.2f pt", c.segName(a), c.segName(b), math.Min(a.hi, b.hi)-math.Max(a.lo, b.lo))
				}
			}
		}
	}
}

func (c *checker) segName(s segment) string {
	e := c.p.Edges[s.edge]
	return fmt.Sprintf("edge %s -> %s (segment %d)", e.From, e.To, s.index)
}

// texts reports lines of text outside what holds them, and edge labels
// on boxes.
func (c *checker) texts() {
	for _, b := range c.p.Boxes {
		for _, t := range b.Lines {
			if !insideShape(b, t.Bounds()) {
				c.add(TextOutside, "text %q is outside box %q", t.Text, b.ID)
			}
		}
	}
	for _, l := range c.p.Lanes {
		for _, t := range l.Label {
			if !l.Header.Contains(t.Bounds()) {
				c.add(TextOutside, "text %q is outside the header of lane %s/%s", t.Text, l.Role, l.Stage)
			}
		}
	}
	if tb := c.p.TitleBlock; tb != nil {
		c.within(tb.Texts, tb.Rect, "the title block")
	}
	if lg := c.p.Legend; lg != nil {
		for _, it := range lg.Items {
			c.within(it.Lines, lg.Rect, "the legend")
		}
		c.within(lg.Texts, lg.Rect, "the legend")
	}
	for _, e := range c.p.Edges {
		if e.Label == nil {
			continue
		}
		for _, b := range c.p.Boxes {
			if b.Shape != geom.ShapePhase && e.Label.Bounds().Overlaps(b.Rect) {
				c.add(LabelOnBox, "label %q of edge %s -> %s covers %q", e.Label.Text, e.From, e.To, b.ID)
			}
		}
	}
}

func (c *checker) within(ts []geom.Text, r geom.Rect, what string) {
	for _, t := range ts {
		if !r.Contains(t.Bounds()) {
			c.add(TextOutside, "text %q is outside %s", t.Text, what)
		}
	}
}

// page reports anything that reaches beyond the page.
func (c *checker) page() {
	pg := geom.Rect{W: c.p.Width, H: c.p.Height}
	out := func(r geom.Rect, format string, args ...any) {
		if !pg.Contains(r) {
			c.add(OutsidePage, format, args...)
		}
	}
	out(c.p.Diagram, "the diagram area")
	for _, b := range c.p.Boxes {
		out(b.Rect, "box %q", b.ID)
		for _, t := range b.Lines {
			out(t.Bounds(), "text %q of box %q", t.Text, b.ID)
		}
	}
	for _, e := range c.p.Edges {
		for _, pt := range e.Points {
			out(geom.Rect{X: pt.X, Y: pt.Y}, "edge %s -> %s", e.From, e.To)
		}
		if e.Label != nil {
			out(e.Label.Bounds(), "label of edge %s -> %s", e.From, e.To)
		}
	}
	for _, l := range c.p.Lines {
		out(geom.Rect{X: l.X1, Y: l.Y, W: l.X2 - l.X1}, "region line %s", l.Class)
		out(l.Label.Bounds(), "label of region line %s", l.Class)
	}
	for _, t := range c.p.Texts {
		out(t.Bounds(), "text %q", t.Text)
	}
	if c.p.TitleBlock != nil {
		out(c.p.TitleBlock.Rect, "the title block")
	}
	if c.p.Legend != nil {
		out(c.p.Legend.Rect, "the legend")
	}
}

// lanes reports lanes that do not span the diagram, overlap, or break
// stage order top to bottom, and tasks outside their lane.
func (c *checker) lanes() {
	d := c.p.Diagram
	ls := append([]geom.Lane(nil), c.p.Lanes...)
	sort.SliceStable(ls, func(i, j int) bool { return ls[i].Band.Y < ls[j].Band.Y })
	for i, l := range ls {
		name := l.Role + "/" + l.Stage
		if math.Abs(l.Band.X-d.X) > eps || math.Abs(l.Band.W-d.W) > eps {
			c.add(LaneProblem, "lane %s does not span the diagram's width", name)
		}
		if !d.Contains(l.Band) {
			c.add(LaneProblem, "lane %s reaches outside the diagram", name)
		}
		if !l.Band.Contains(l.Header) {
			c.add(LaneProblem, "the header of lane %s is outside its band", name)
		}
		if i == 0 {
			continue
		}
		prev := ls[i-1]
		if prev.Band.Bottom() > l.Band.Y+eps {
			c.add(LaneProblem, "lanes %s/%s and %s overlap", prev.Role, prev.Stage, name)
		}
		if stageRank(blueprints.Stage(prev.Stage)) > stageRank(blueprints.Stage(l.Stage)) {
			c.add(LaneProblem, "lane %s (%s) is below lane %s/%s (%s)", name, l.Stage, prev.Role, prev.Stage, prev.Stage)
		}
	}
	c.tasksInLanes()
}

// tasksInLanes reports a task box outside the band of its (role, stage)
// lane, when the page has lanes.
func (c *checker) tasksInLanes() {
	if len(c.p.Lanes) == 0 {
		return
	}
	band := map[[2]string]geom.Rect{}
	for _, l := range c.p.Lanes {
		band[[2]string{l.Role, l.Stage}] = l.Band
	}
	for _, b := range c.p.Boxes {
		if b.Role == "" && b.Stage == "" {
			continue
		}
		r, ok := band[[2]string{b.Role, b.Stage}]
		if !ok || !r.Contains(b.Rect) {
			c.add(LaneProblem, "box %q is outside the lane of %s/%s", b.ID, b.Role, b.Stage)
		}
	}
}
