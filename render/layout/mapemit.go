package layout

import (
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// emit writes the laid-out map into the page: diagram area, lanes, region
// lines, boxes and edges.
func (ml *mapLayout) emit(p *geom.Page) {
	d := ml.d
	p.Diagram = geom.Rect{X: d.originX - ml.opt.HeaderWidth, Y: d.originY, W: d.width() + ml.opt.HeaderWidth, H: d.height()}
	ml.emitLanes(p)
	for _, b := range ml.bands {
		ml.emitBand(p, b)
	}
	p.Boxes = make([]geom.Box, len(ml.f.tasks))
	for v, t := range ml.f.tasks {
		p.Boxes[v] = ml.box(v, t)
	}
	ml.emitEdges(p)
}

// emitLanes adds a lane per (role, stage), as wide as the diagram, with
// its header strip at the left.
func (ml *mapLayout) emitLanes(p *geom.Page) {
	d := ml.d
	for l, k := range ml.f.lanes {
		top, bottom := d.ypos[ml.laneY[l][0]], d.ypos[ml.laneY[l][1]+1]
		band := geom.Rect{X: p.Diagram.X, Y: top, W: p.Diagram.W, H: bottom - top}
		head := geom.Rect{X: p.Diagram.X, Y: top, W: ml.opt.HeaderWidth, H: band.H}
		p.Lanes = append(p.Lanes, geom.Lane{Role: k.role, Stage: string(k.stage), Band: band, Header: head,
			Label: ml.heads[l].centered(head.X+head.W/2, head.Y+head.H/2)})
	}
}

// emitEdges adds the routed edges between the page's boxes, with the
// branch labels of decisions.
func (ml *mapLayout) emitEdges(p *geom.Page) {
	d := ml.d
	spans := d.routeRuns()
	var routes []*route
	var from []int
	var exits []side
	var starts []geom.Point
	var labelled []bool
	for ri := range d.routes {
		if spans[ri][0] < 0 {
			continue
		}
		rt := &d.routes[ri]
		e := geom.Edge{From: ml.f.tasks[rt.from].ID, To: ml.f.tasks[rt.to].ID, Points: d.points(ri, spans[ri], p.Boxes)}
		p.Edges = append(p.Edges, e)
		routes, from, exits = append(routes, rt), append(from, rt.from), append(exits, rt.exit)
		starts, labelled = append(starts, e.Points[0]), append(labelled, ml.f.edges[rt.edge].label != "")
	}
	at := labelSides(from, exits, starts, labelled)
	for k, rt := range routes {
		if lbl := ml.f.edges[rt.edge].label; lbl != "" {
			t := edgeLabel(ml.mt, ml.opt, lbl, p.Boxes[rt.from].Rect, rt.exit, p.Edges[k].Points, at[k])
			p.Edges[k].Label = &t
		}
	}
}

// emitBand draws the region lines of one band, each with its label at the
// left, in the header strip, just above the line.
func (ml *mapLayout) emitBand(p *geom.Page, b regionBand) {
	y := ml.d.ypos[b.slot] + 2
	for _, class := range b.classes {
		y += ml.lineStep(class)
		line := geom.RegionLine{Class: class, X1: p.Diagram.X, X2: p.Diagram.Right(), Y: y - 2}
		lbl := ml.lineLabelBlock(class)
		t := lbl.at(p.Diagram.X+3, line.Y-2-lbl.height())
		if len(t) > 0 {
			line.Label = t[0]
		}
		// A label wrapped to a second line goes with the page's free texts.
		if len(t) > 1 {
			p.Texts = append(p.Texts, t[1:]...)
		}
		p.Lines = append(p.Lines, line)
	}
}

// box is task v's box with its label, role, stage and tooltip.
func (ml *mapLayout) box(v int, t *blueprints.Task) geom.Box {
	r := ml.d.rect(v)
	nb := ml.d.boxes[v]
	b := geom.Box{
		ID: t.ID, Shape: nb.shape, Rect: r,
		Lines: nb.lines(r),
		Role:  t.Role.ID, Stage: string(t.Stage),
		Tooltip: ml.tooltip(t),
	}
	if t.Kind == blueprints.KindConnector {
		b.Link = t.Target.ID
	}
	if t.Kind == blueprints.KindEnd && t.Outcome.ID != "" {
		b.Class = "outcome-" + t.Outcome.ID
	}
	if nb.shape == geom.ShapeConnector {
		// The text keeps clear of the arrow point: centre it on the body.
		tip := connectorTip(r)
		b.Lines = nb.label.centered(r.X+(r.W-tip)/2, r.Y+r.H/2)
	}
	return b
}

// tooltip is the role's name, the stage and the description as plain text.
func (ml *mapLayout) tooltip(t *blueprints.Task) string {
	s := ml.roleName(t.Role.ID) + " (" + string(t.Stage) + ")"
	if d := tooltipText(t.Description.Text, ml.sc); d != "" {
		s += ": " + d
	}
	return s
}
