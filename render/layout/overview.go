package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Sizes of overview and life-cycle blocks, in points.
const (
	blockWidth     = 150
	conditionWidth = 160
	blocksPerRow   = 3
)

// Overview lays out a module's overview: its entry conditions at the left,
// its sub-processes as blocks in order (left to right, wrapped to rows of
// three, so it prints at 7 pt or more on Legal paper), and one box per
// exit alternative at the right, with arrows along the order of
// sub-processes, along connectors between them, and from the
// sub-processes whose ends reach an exit to that exit. A nil ruler means
// the default fonts.
func Overview(sc *blueprints.Scope, m *blueprints.Module, r *measure.Ruler, opt Options) geom.Page {
	opt = opt.withDefaults()
	mt := newMetrics(r)
	if m == nil {
		m = &blueprints.Module{}
	}
	p := geom.Page{Kind: geom.KindOverview, ID: m.ID + "/overview", Title: joinNonEmpty(m.ID, m.Title) + " overview",
		Module: m.ID, Number: 1, Of: 1}
	ov := newOverview(sc, m, mt, opt)
	fr := newFrame(mt, opt)
	x, y := fr.diagramOrigin()
	ov.d.route()
	ov.d.layout(x, y)
	ov.emit(&p)
	fr.finish(&p, titleTexts{main: joinNonEmpty(m.ID, m.Title), sub: "Overview", page: "page 1 of 1"})
	return p
}

// overview is a module overview being laid out on a grid.
type overview struct {
	m     *blueprints.Module
	sc    *blueprints.Scope
	ids   []string // box id of each node
	links []string
	tips  []string
	class []string
	d     *diagram
}

func newOverview(sc *blueprints.Scope, m *blueprints.Module, mt metrics, opt Options) *overview {
	ov := &overview{m: m, sc: sc}
	n := len(m.Subprocesses)
	cols := min(max(n, 1), blocksPerRow)
	rows := max((n+cols-1)/cols, len(m.Exits), 1)
	var ys []slotKind
	ys = append(ys, channel)
	for range rows {
		ys = append(ys, cellRow, channel)
	}
	g := newGrid(xSlots(cols+2), ys, 1+n+len(m.Exits))
	var boxes []nodeBox
	add := func(b nodeBox, id, link, tip, class string, col, row int) {
		g.place(len(boxes), 2*col+1, 2*row+1)
		boxes = append(boxes, b)
		ov.ids, ov.links, ov.tips, ov.class = append(ov.ids, id), append(ov.links, link), append(ov.tips, tip), append(ov.class, class)
	}
	add(conditionBox("Entry conditions", m.Entry, mt, opt), "entry", "", "", "entry", 0, 0)
	for i, sp := range m.Subprocesses {
		add(blockBox(sp.ID, sp.Title, mt, opt), sp.ID, sp.ID, plainText(sp.Description.Text, sc), "", 1+i%cols, i/cols)
	}
	for i, e := range m.Exits {
		title := e.Label
		if title == "" {
			title = e.ID
		}
		add(conditionBox(title, e.Conditions, mt, opt), "exit-"+e.ID, "", "", "exit outcome-"+e.ID, cols+1, i)
	}
	ov.d = newDiagram(g, boxes, ov.edges(), opt.Track)
	return ov
}

// edges are the overview's arrows: entry to the first sub-process, each
// sub-process to the next and to those its connectors lead to, and the
// sub-processes whose ends reach an exit to that exit (the last one when
// no end names it). Node 0 is the entry, 1..n the sub-processes, then the
// exits.
func (ov *overview) edges() []gridEdge {
	n := len(ov.m.Subprocesses)
	l := &linker{seen: map[[2]int]bool{}, n: n}
	if n > 0 {
		l.link(0, 1)
	}
	for i := 1; i < n; i++ {
		l.link(i, i+1)
	}
	for i, sp := range ov.m.Subprocesses {
		for _, t := range sp.Tasks {
			j := subprocessIndex(ov.m, t.Target.ID)
			switch {
			case t.Kind != blueprints.KindConnector || j < 0:
			case len(t.Next) == 0:
				l.link(1+i, 1+j) // the flow leaves here for the target
			default:
				l.link(1+j, 1+i) // the flow comes in here from the target
			}
		}
	}
	for k, e := range ov.m.Exits {
		if !l.exits(ov.m, e.ID, 1+n+k) && n > 0 {
			l.link(n, 1+n+k)
		}
	}
	return l.edges
}

// linker collects the overview's edges, each pair once.
type linker struct {
	edges []gridEdge
	seen  map[[2]int]bool
	n     int
}

func (l *linker) link(a, b int) {
	if a != b && !l.seen[[2]int{a, b}] {
		l.seen[[2]int{a, b}] = true
		l.edges = append(l.edges, gridEdge{from: a, to: b, back: b <= a && b > 0 && a <= l.n})
	}
}

// exits links every sub-process with an end reaching exit id to node to,
// and says whether there was one.
func (l *linker) exits(m *blueprints.Module, id string, to int) bool {
	found := false
	for i, sp := range m.Subprocesses {
		for _, t := range sp.Tasks {
			if t.Kind == blueprints.KindEnd && t.Outcome.ID == id {
				l.link(1+i, to)
				found = true
			}
		}
	}
	return found
}

func subprocessIndex(m *blueprints.Module, id string) int {
	for i, sp := range m.Subprocesses {
		if sp.ID == id {
			return i
		}
	}
	return -1
}

// emit writes the overview's boxes and edges into the page.
func (ov *overview) emit(p *geom.Page) {
	d := ov.d
	p.Diagram = geom.Rect{X: d.originX, Y: d.originY, W: d.width(), H: d.height()}
	boxes := make([]geom.Box, len(d.boxes))
	for v, nb := range d.boxes {
		r := d.rect(v)
		boxes[v] = geom.Box{ID: ov.ids[v], Shape: nb.shape, Rect: r, Lines: nb.lines(r), Link: ov.links[v],
			Tooltip: ov.tips[v], Class: ov.class[v]}
	}
	p.Boxes = boxes
	emitEdges(p, d, boxes)
}

// emitEdges adds the routed edges of d, between the given boxes, to p.
func emitEdges(p *geom.Page, d *diagram, boxes []geom.Box) {
	spans := d.routeRuns()
	for ri := range d.routes {
		if spans[ri][0] < 0 {
			continue
		}
		rt := &d.routes[ri]
		p.Edges = append(p.Edges, geom.Edge{From: boxes[rt.from].ID, To: boxes[rt.to].ID, Points: d.points(ri, spans[ri], boxes)})
	}
}

// blockBox is a sub-process or module block: its id in bold over its
// title.
func blockBox(id, title string, mt metrics, opt Options) nodeBox {
	head := mt.wrap(id, opt.TaskSize+0.5, true, blockWidth-2*boxPad, "block-id")
	lbl := mt.wrap(title, opt.TaskSize, false, blockWidth-2*boxPad, "block")
	nb := nodeBox{shape: geom.ShapeBlock, w: blockWidth, head: head, label: lbl}
	nb.h = math.Max(44, nb.textHeight()+2*boxPad)
	return nb
}

// conditionBox is a list of conditions under a bold title, flush left.
func conditionBox(title string, conds []string, mt metrics, opt Options) nodeBox {
	width := float64(conditionWidth - 2*boxPad)
	head := mt.wrap(title, opt.TaskSize, true, width, "condition-title")
	var lbl block
	for i, c := range conds {
		item := mt.wrap("• "+c, opt.TaskSize, false, width, "condition")
		if i == 0 {
			lbl = item
			continue
		}
		lbl = lbl.add(item)
	}
	if len(conds) == 0 {
		lbl = mt.wrap("None stated", opt.TaskSize, false, width, "condition")
	}
	nb := nodeBox{shape: geom.ShapeCondition, w: conditionWidth, head: head, label: lbl, left: true}
	nb.h = math.Max(44, nb.textHeight()+2*boxPad)
	return nb
}
