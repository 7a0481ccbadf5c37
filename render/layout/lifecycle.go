package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Sizes of the life cycle, in points.
const (
	moduleWidth = 148
	phaseGap    = 30
	phasePad    = 8
	moduleGap   = 8
	// lifecycleAspect is the width to height the life cycle aims at: a
	// landscape page.
	lifecycleAspect = 1.5
)

// Lifecycle lays out a series' life cycle: its phases as bands left to
// right, joined by arrows, each holding its modules as blocks in order,
// top to bottom and then in further columns when a phase has many. A
// planned module (not authored yet) is drawn with its title, marked
// Planned and with the class "planned". A nil ruler means the default
// fonts.
func Lifecycle(set *blueprints.Set, s *blueprints.Series, r *measure.Ruler, opt Options) geom.Page {
	opt = opt.withDefaults()
	mt := newMetrics(r)
	if s == nil {
		s = &blueprints.Series{}
	}
	p := geom.Page{Kind: geom.KindLifecycle, ID: s.ID + "/lifecycle", Title: s.Title + " life cycle", Number: 1, Of: 1}
	fr := newFrame(mt, opt)
	x0, y0 := fr.diagramOrigin()
	blocks := make([][]nodeBox, len(s.Phases))
	for i, ph := range s.Phases {
		for _, pm := range ph.Modules {
			blocks[i] = append(blocks[i], moduleBox(pm.Module.ID, moduleTitle(set, pm), mt, opt))
		}
	}
	rows := lifecycleRows(blocks)
	x := x0
	var phases []geom.Box
	for i, ph := range s.Phases {
		band, inside := lifecyclePhase(set, ph, blocks[i], rows, mt, opt, x, y0)
		phases = append(phases, band)
		p.Boxes = append(p.Boxes, inside...)
		x = band.Rect.Right() + phaseGap
	}
	h := 0.0
	for _, b := range phases {
		h = math.Max(h, b.Rect.H)
	}
	for i := range phases {
		phases[i].Rect.H = h
	}
	p.Boxes = append(phases, p.Boxes...)
	p.Edges = phaseArrows(phases)
	p.Diagram = geom.Rect{X: x0, Y: y0, W: math.Max(0, x-phaseGap-x0), H: h}
	fr.finish(&p, titleTexts{main: s.Title, sub: "Life cycle", page: "page 1 of 1"})
	return p
}

// phaseArrows join each phase to the next across the gap between them,
// at mid-height.
func phaseArrows(phases []geom.Box) []geom.Edge {
	var es []geom.Edge
	for i := 0; i+1 < len(phases); i++ {
		a, b := phases[i].Rect, phases[i+1].Rect
		y := a.Y + a.H/2
		es = append(es, geom.Edge{From: phases[i].ID, To: phases[i+1].ID,
			Points: []geom.Point{{X: a.Right(), Y: y}, {X: b.X, Y: y}}})
	}
	return es
}

// moduleTitle is what a phase calls a module: an authored module's own
// title, else the title the phase gives it.
func moduleTitle(set *blueprints.Set, pm *blueprints.PhaseModule) string {
	if m := set.Module(pm.Module.ID); m != nil && !pm.Planned && m.Title != "" {
		return m.Title
	}
	return pm.Title
}

// moduleBox is a module block of a phase: id in bold over the title.
func moduleBox(id, title string, mt metrics, opt Options) nodeBox {
	nb := nodeBox{shape: geom.ShapeBlock, w: moduleWidth,
		head:  mt.wrap(id, opt.TaskSize+0.5, true, moduleWidth-2*boxPad, "block-id"),
		label: mt.wrap(title, opt.TaskSize, false, moduleWidth-2*boxPad, "block")}
	nb.h = math.Max(36, nb.textHeight()+2*boxPad)
	return nb
}

// lifecycleRows picks how many modules a phase stacks before it starts
// another column: the count whose drawing comes closest to a landscape
// page.
func lifecycleRows(blocks [][]nodeBox) int {
	most := 1
	for _, bs := range blocks {
		most = max(most, len(bs))
	}
	best, bestErr := most, math.Inf(1)
	for rows := 1; rows <= most; rows++ {
		w, h := 0.0, 0.0
		for _, bs := range blocks {
			cols := max(1, (len(bs)+rows-1)/rows)
			w += float64(cols)*(moduleWidth+moduleGap) + 2*phasePad + phaseGap
			h = math.Max(h, float64(min(rows, len(bs)))*(44+moduleGap))
		}
		if e := math.Abs(math.Log(w / math.Max(h, 1) / lifecycleAspect)); e < bestErr {
			best, bestErr = rows, e
		}
	}
	return best
}

// lifecyclePhase makes one phase band at (x, y): its title at the top,
// its modules below in as few columns of at most rows as hold them, filled
// evenly. It returns the band (as
// tall as its content) and the module blocks.
func lifecyclePhase(set *blueprints.Set, ph *blueprints.Phase, nbs []nodeBox, rows int, mt metrics, opt Options, x, y float64) (geom.Box, []geom.Box) {
	cols := max(1, (len(nbs)+rows-1)/rows)
	rows = max(1, (len(nbs)+cols-1)/cols) // balance the columns
	width := float64(cols)*(moduleWidth+moduleGap) - moduleGap + 2*phasePad
	title := mt.wrap(ph.Title, opt.TaskSize+1, true, width-2*phasePad, "phase")
	band := geom.Box{ID: ph.ID, Shape: geom.ShapePhase, Tooltip: ph.Summary, Lines: title.at(x+phasePad, y+phasePad)}
	first := y + phasePad + title.height() + phasePad
	top, bottom := first, first
	var blocks []geom.Box
	for i, pm := range ph.Modules {
		if i > 0 && i%rows == 0 {
			top = first
		}
		nb := nbs[i]
		r := geom.Rect{X: x + phasePad + float64(i/rows)*(moduleWidth+moduleGap), Y: top, W: nb.w, H: nb.h}
		b := geom.Box{ID: pm.Module.ID, Shape: geom.ShapeBlock, Rect: r, Lines: nb.lines(r), Link: pm.Module.ID, Planned: pm.Planned}
		if m := set.Module(pm.Module.ID); m != nil && !pm.Planned {
			b.Tooltip = m.Summary
		}
		if pm.Planned {
			b.Class = "planned"
		}
		blocks = append(blocks, b)
		top += nb.h + moduleGap
		bottom = math.Max(bottom, top)
	}
	band.Rect = geom.Rect{X: x, Y: y, W: width, H: bottom - y}
	if len(blocks) > 0 {
		band.Rect.H += phasePad - moduleGap
	}
	return band, blocks
}
