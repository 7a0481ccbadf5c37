package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// diagram is a grid of placed nodes with routed edges: the common part of
// process maps and overviews. It turns tiles and tracks into points.
type diagram struct {
	g      *grid
	boxes  []nodeBox
	edges  []gridEdge
	routes []route
	runs   []run
	track  float64
	// minX and minY are least slot sizes the caller asks for (bands,
	// room for labels); the rest follows from boxes and tracks.
	minX, minY       []float64
	xpos, xsize      []float64
	ypos, ysize      []float64
	originX, originY float64
}

// Room around things in a slot, in points.
const (
	gutterPad  = 7 // between a gutter's outer tracks and its sides
	minGutter  = 18
	cellPad    = 5 // between a box and its tile's sides
	minChannel = 8
)

func newDiagram(g *grid, boxes []nodeBox, edges []gridEdge, track float64) *diagram {
	return &diagram{g: g, boxes: boxes, edges: edges, track: track,
		minX: make([]float64, g.nx), minY: make([]float64, g.ny)}
}

// route routes every edge and gives every run a track, then lets boxes
// grow where more edges meet a side than it has room for.
func (d *diagram) route() {
	d.routes = routeAll(d.g, d.edges)
	d.runs = splitRuns(d.g, d.routes)
	assignTracks(d.runs, d.g)
	for i := range d.runs {
		r := &d.runs[i]
		rt := &d.routes[r.route]
		if r.prev < 0 {
			d.fitPort(rt.from, rt.exit, r.track)
		}
		if r.next < 0 {
			d.fitPort(rt.to, rt.entry, r.track)
		}
	}
}

// fitPort grows node v until an edge on track t of side s meets it where
// its outline is straight (or near a point), as portReach allows.
func (d *diagram) fitPort(v int, s side, t float64) {
	off := math.Abs(t) * d.track
	b := &d.boxes[v]
	for range 40 {
		r := geom.Rect{W: b.w, H: b.h}
		if portReach(b.shape, r, s) >= off {
			return
		}
		if s.horizontal() {
			b.h += d.track / 2
		} else {
			b.w += d.track / 2
		}
	}
}

// layout sizes every slot and places them from (x0, y0).
func (d *diagram) layout(x0, y0 float64) {
	spreadX, spreadY := make([]float64, d.g.nx), make([]float64, d.g.ny)
	for _, r := range d.runs {
		if r.horiz {
			spreadY[r.slot] = math.Max(spreadY[r.slot], math.Abs(r.track))
		} else {
			spreadX[r.slot] = math.Max(spreadX[r.slot], math.Abs(r.track))
		}
	}
	d.xsize, d.ysize = make([]float64, d.g.nx), make([]float64, d.g.ny)
	for x, k := range d.g.xs {
		d.xsize[x] = math.Max(d.minX[x], d.slotSize(k, spreadX[x]))
	}
	for y, k := range d.g.ys {
		d.ysize[y] = math.Max(d.minY[y], d.slotSize(k, spreadY[y]))
	}
	for v, t := range d.g.at {
		x, y := d.g.xy(t)
		d.xsize[x] = math.Max(d.xsize[x], d.boxes[v].w+2*cellPad)
		d.ysize[y] = math.Max(d.ysize[y], d.boxes[v].h+2*cellPad)
	}
	d.originX, d.originY = x0, y0
	d.place()
}

// slotSize is the least size of a slot of kind k whose tracks reach
// spread tracks either side of its middle.
func (d *diagram) slotSize(k slotKind, spread float64) float64 {
	need := 2*spread*d.track + 2*gutterPad
	switch k {
	case gutter:
		return math.Max(minGutter, need)
	case channel, band:
		return math.Max(minChannel, need)
	}
	return need
}

// place computes slot positions from slot sizes.
func (d *diagram) place() {
	d.xpos, d.ypos = cumulate(d.originX, d.xsize), cumulate(d.originY, d.ysize)
}

func cumulate(start float64, sizes []float64) []float64 {
	pos := make([]float64, len(sizes)+1)
	pos[0] = start
	for i, s := range sizes {
		pos[i+1] = pos[i] + s
	}
	return pos
}

// width and height are the extent of all slots.
func (d *diagram) width() float64  { return d.xpos[len(d.xpos)-1] - d.originX }
func (d *diagram) height() float64 { return d.ypos[len(d.ypos)-1] - d.originY }

func (d *diagram) midX(x int) float64 { return d.xpos[x] + d.xsize[x]/2 }
func (d *diagram) midY(y int) float64 { return d.ypos[y] + d.ysize[y]/2 }

// rect is node v's box, centred in its tile.
func (d *diagram) rect(v int) geom.Rect {
	x, y := d.g.xy(d.g.at[v])
	b := d.boxes[v]
	return geom.Rect{X: d.midX(x) - b.w/2, Y: d.midY(y) - b.h/2, W: b.w, H: b.h}
}

// runAt is the coordinate across run r: its track's y or x.
func (d *diagram) runAt(r *run) float64 {
	if r.horiz {
		return d.midY(r.slot) + r.track*d.track
	}
	return d.midX(r.slot) + r.track*d.track
}
