package layout

// run is one straight piece of a route: horizontal along a y slot or
// vertical along an x slot. Its ends lie at a bend (where the previous or
// next run of the same route takes over) or at a box's side.
type run struct {
	route      int
	horiz      bool
	slot       int // y slot of a horizontal run, x slot of a vertical one
	lo, hi     int // extent along the run, in quarters of a slot: see quarter
	prev, next int // neighbouring runs of the route, -1 at a box
	// boxEnd holds, for an end at a box, the symbolic coordinate of the
	// box's side (see sideCoord); index 0 is the end nearer the source.
	boxEnd [2]float64
	rank   int     // order within the slot, 0 first (top or left)
	track  float64 // offset from the slot's middle, in tracks
}

// Symbolic coordinates order everything along one axis before sizes are
// known: slot*coordSlot plus a run's rank inside the slot, and for box
// sides just inside the slot's ends.
const coordSlot = 1 << 16

// quarter positions along a run: slot s spans 4s..4s+4; a box's near side
// is at 4s+1, its far side at 4s+3, and a bend sits at 4s+2.
func quarter(slot int, at int) int { return 4*slot + at }

// splitRuns cuts every route into runs, in route order, and links each
// run to its neighbours.
func splitRuns(g *grid, routes []route) []run {
	runs := make([]run, 0, countRuns(g, routes))
	for ri := range routes {
		rt := &routes[ri]
		if len(rt.tiles) < 2 {
			continue
		}
		first := len(runs)
		start := 0
		for i := 1; i <= len(rt.tiles)-1; i++ {
			d := g.dir(rt.tiles[start], rt.tiles[start+1])
			if i < len(rt.tiles)-1 && g.dir(rt.tiles[i], rt.tiles[i+1]) == d {
				continue
			}
			runs = append(runs, g.newRun(ri, rt, start, i, d))
			start = i
		}
		for k := first; k < len(runs); k++ {
			runs[k].prev, runs[k].next = k-1, k+1
		}
		runs[first].prev, runs[len(runs)-1].next = -1, -1
	}
	return runs
}

// countRuns is how many runs splitRuns makes: one per route, and one
// more at each turn. Sizing the list up front saves copying it as it
// grows.
func countRuns(g *grid, routes []route) int {
	n := 0
	for ri := range routes {
		ts := routes[ri].tiles
		if len(ts) < 2 {
			continue
		}
		n++
		for i := 1; i+1 < len(ts); i++ {
			if g.dir(ts[i-1], ts[i]) != g.dir(ts[i], ts[i+1]) {
				n++
			}
		}
	}
	return n
}

// newRun makes the run of route rt from tile index a to tile index b,
// travelling in direction d.
func (g *grid) newRun(ri int, rt *route, a, b int, d side) run {
	ax, ay := g.xy(rt.tiles[a])
	bx, by := g.xy(rt.tiles[b])
	r := run{route: ri, horiz: d.horizontal(), slot: ax, prev: -1, next: -1}
	pa, pb := ay, by
	if r.horiz {
		r.slot, pa, pb = ay, ax, bx
	}
	forward := d == east || d == south
	qa, qb := quarter(pa, 2), quarter(pb, 2)
	if a == 0 { // leaves the source box through its far (forward) or near side
		qa = quarter(pa, pick(forward, 3, 1))
		r.boxEnd[0] = sideCoord(pa, forward)
	}
	if b == len(rt.tiles)-1 { // enters the target through its near or far side
		qb = quarter(pb, pick(forward, 1, 3))
		r.boxEnd[1] = sideCoord(pb, !forward)
	}
	r.lo, r.hi = min(qa, qb), max(qa, qb)
	return r
}

// sideCoord is the symbolic coordinate of a box side in slot s: its far
// side (right or bottom) after every track of the slot, its near side
// before.
func sideCoord(s int, far bool) float64 {
	if far {
		return float64(s)*coordSlot + coordSlot/2 - 1
	}
	return float64(s)*coordSlot - coordSlot/2 + 1
}

func pick(c bool, a, b int) int {
	if c {
		return a
	}
	return b
}

// overlap says whether two runs along the same slot need different tracks.
func overlap(a, b *run) bool { return a.lo <= b.hi && b.lo <= a.hi }
