package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// mapLayout is a sub-process map being laid out: the flow, its columns
// and sub-rows, the routing grid, and where lanes and bands sit in it.
// Time columns stay explicit (col per task; column c is x slot 2c+1 of the
// grid, between gutters 2c and 2c+2) so that a long map can later be split
// into pages between columns, each page laid out with only the sub-rows
// its columns need.
type mapLayout struct {
	sc    *blueprints.Scope
	f     *flow
	col   []int // time column of each task
	sub   []int // sub-row of each task within its lane
	subs  []int // sub-rows of each lane
	ncol  int
	d     *diagram
	laneY [][2]int // first and last y slot of each lane
	rowY  [][]int  // y slot of each sub-row of each lane
	bands []regionBand
	heads []block // lane header text
	mt    metrics
	opt   Options
}

// regionBand is a y slot between two regions and the region lines it
// holds, top to bottom.
type regionBand struct {
	slot    int
	classes []string
}

// regionLine is the class of the line below region i (0 the customer's),
// or "" below the support region.
func regionLine(i int) string {
	switch i {
	case 0:
		return geom.LineOfInteraction
	case 1:
		return geom.LineOfVisibility
	case 2:
		return geom.LineOfInternalInteraction
	}
	return ""
}

// lineLabel is the label of a region line.
func lineLabel(class string) string {
	switch class {
	case geom.LineOfInteraction:
		return "Line of interaction"
	case geom.LineOfVisibility:
		return "Line of visibility"
	}
	return "Line of internal interaction"
}

func newMap(sc *blueprints.Scope, sp *blueprints.Subprocess, mt metrics, opt Options) *mapLayout {
	ml := &mapLayout{sc: sc, f: newFlow(sc, sp), mt: mt, opt: opt}
	ml.col = ml.f.columns()
	ml.sub, ml.subs = ml.f.rows(ml.col)
	ml.ncol = maxInt(ml.col) + 1
	if len(ml.f.tasks) == 0 {
		ml.ncol = 0
	}
	ml.buildGrid()
	ml.d.route()
	ml.reserveLabels()
	return ml
}

// buildGrid makes the slots (a band wherever the region changes, a channel
// above, between and below the sub-rows of each lane) and places the
// tasks.
func (ml *mapLayout) buildGrid() {
	var ys []slotKind
	lanes := ml.f.lanes
	ml.laneY, ml.rowY = make([][2]int, len(lanes)), make([][]int, len(lanes))
	for l, k := range lanes {
		if l > 0 && stageRank(k.stage) != stageRank(lanes[l-1].stage) {
			ml.bands = append(ml.bands, regionBand{len(ys), linesBetween(lanes[l-1].stage, k.stage)})
			ys = append(ys, band)
		}
		first := len(ys)
		ys = append(ys, channel)
		for range ml.subs[l] {
			ml.rowY[l] = append(ml.rowY[l], len(ys))
			ys = append(ys, cellRow, channel)
		}
		ml.laneY[l] = [2]int{first, len(ys) - 1}
	}
	g := newGrid(xSlots(ml.ncol), ys, len(ml.f.tasks))
	boxes := make([]nodeBox, len(ml.f.tasks))
	for v, t := range ml.f.tasks {
		g.place(v, 2*ml.col[v]+1, ml.rowY[ml.f.lane[v]][ml.sub[v]])
		boxes[v] = taskBox(t, ml.mt, ml.opt)
	}
	edges := make([]gridEdge, len(ml.f.edges))
	for i, e := range ml.f.edges {
		edges[i] = gridEdge{from: e.from, to: e.to, back: e.back,
			decision: ml.f.tasks[e.from].Kind == blueprints.KindDecision}
	}
	ml.d = newDiagram(g, boxes, edges, ml.opt.Track)
	for _, b := range ml.bands {
		for _, c := range b.classes {
			ml.d.minY[b.slot] += ml.lineStep(c)
		}
		ml.d.minY[b.slot] += 4
	}
}

// linesBetween lists the region lines between two stages, top to bottom:
// all of them that lie between, when regions in between are empty.
func linesBetween(a, b blueprints.Stage) []string {
	var out []string
	for i := stageRank(a); i < stageRank(b); i++ {
		if c := regionLine(i); c != "" {
			out = append(out, c)
		}
	}
	return out
}

// lineLabelBlock is a region line's label, wrapped to the header strip.
func (ml *mapLayout) lineLabelBlock(class string) block {
	return ml.mt.wrap(lineLabel(class), ml.opt.SmallSize, false, ml.opt.HeaderWidth-6, "line-label")
}

// lineStep is the height one region line and its label take in a band.
func (ml *mapLayout) lineStep(class string) float64 {
	return ml.lineLabelBlock(class).height() + 6
}

// reserveLabels widens the gutter or deepens the channel next to a
// decision's side where a labelled branch leaves, so the label stays clear
// of other boxes.
func (ml *mapLayout) reserveLabels() {
	d := ml.d
	for _, rt := range d.routes {
		lbl := ml.f.edges[rt.edge].label
		if lbl == "" || len(rt.tiles) < 2 {
			continue
		}
		b := ml.mt.line(lbl, ml.opt.SmallSize, false, 1000, "edge-label")
		x, y := d.g.xy(d.g.at[rt.from])
		switch rt.exit {
		case east:
			d.minX[x+1] = math.Max(d.minX[x+1], b.width()+10-cellPad)
		case west:
			d.minX[x-1] = math.Max(d.minX[x-1], b.width()+10-cellPad)
		case south:
			d.minY[y+1] = math.Max(d.minY[y+1], b.height()+4)
		case north:
			d.minY[y-1] = math.Max(d.minY[y-1], b.height()+4)
		}
	}
}

// layout sizes and places the grid with its top-left corner at (x, y),
// after the lane header strip, and makes lanes tall enough for their
// headers.
func (ml *mapLayout) layout(x, y float64) {
	d := ml.d
	d.layout(x+ml.opt.HeaderWidth, y)
	ml.heads = make([]block, len(ml.f.lanes))
	for l, k := range ml.f.lanes {
		ml.heads[l] = ml.mt.wrap(ml.roleName(k.role), ml.opt.LaneSize, true, ml.opt.HeaderWidth-8, "lane")
		first, last := ml.laneY[l][0], ml.laneY[l][1]
		have := d.ypos[last+1] - d.ypos[first]
		if need := ml.heads[l].height() + 8; need > have {
			d.ysize[first] += (need - have) / 2
			d.ysize[last] += (need - have) / 2
		}
	}
	d.place()
}

// roleName is the role's (personalized) name, or its id when unknown.
func (ml *mapLayout) roleName(id string) string {
	if ml.sc != nil {
		if r := ml.sc.Role(id); r != nil && r.Name != "" {
			return r.Name
		}
	}
	return id
}
