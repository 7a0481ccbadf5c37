package layout

// Costs of the maze router, in units of the shortest slot. Lengths follow
// the slots' usual sizes; a bend costs more than a few tiles and a likely
// crossing more than a bend: crossings hurt reading most.
const (
	costBend        = 50
	costCross       = 80
	costCrowd       = 2   // per run already along the same tile: a wider gutter
	costPortCrowd   = 5   // per edge end already on the same side of a box
	costBackSide    = 150 // leaving a box backwards or entering it from behind
	costTurnSide    = 4   // leaving or entering through the top or bottom
	costBranchSide  = 60  // a decision's branch on a side another edge uses
	heuristicWeight = 8   // in quarters
	routePasses     = 2
)

// stepCost is the length cost of crossing a slot of this kind.
func stepCost(k slotKind) int32 {
	switch k {
	case column:
		return 6
	case cellRow:
		return 4
	}
	return 1
}

// route is the path of one edge through the grid.
type route struct {
	edge        int
	from, to    int     // nodes
	tiles       []int32 // from the source's tile to the target's
	exit, entry side    // sides of the source and the target it uses
	back        bool
}

// router finds routes with A* over (tile, direction) states, numbered
// tile*4 + direction. Everything a search reads per state is in flat
// arrays indexed by tile or state, worked out once per grid (or kept up to
// date as routes come and go), and reused from one edge to the next: the
// inner loop does no division, no map look-up and no allocation.
//
// The router numbers tiles on the grid with a border of closed tiles
// around it (one column, which closes both sides as rows follow each
// other, and a row above and below), so that a move never needs a bounds
// check: a grid tile (x, y) is router tile (y+1)*(nx+1) + x.
type router struct {
	g     *grid
	cumX  []int32 // length cost of the x slots before each one
	cumY  []int32
	tiles []tileInfo // by router tile
	off   [4]int32   // router tile offset of one step in each direction
	st    []state    // per state: search bookkeeping
	// The heuristic's parts (see aim and weighted): per search, for each x
	// and each y slot; per router, the turns for every direction and pair
	// of signs.
	hx, hy []int32
	turn   [4][3][3]int32
	stamp  uint32
	queue  queue
}

// tileInfo is what a search reads of a tile, kept together so that one
// cache line serves a move: the cost of entering it along x ([0]) or y
// ([1]), -1 if it may not be, and its grid slots.
type tileInfo struct {
	step [2]int32
	x, y int32
}

// state is the bookkeeping of one search state. It is valid for the
// current search only when stamp matches the router's.
type state struct {
	stamp  uint32
	dist   int32 // cheapest cost found to reach it
	parent int32 // state it was reached from, -1 from the source
	h      int32 // weighted heuristic
}

func newRouter(g *grid) *router {
	w := int32(g.nx + 1)
	n := int(w) * (g.ny + 2)
	r := &router{g: g, cumX: prefix(g.xs), cumY: prefix(g.ys), tiles: make([]tileInfo, n),
		off: [4]int32{1, w, -1, -w}, st: make([]state, 4*n),
		hx: make([]int32, g.nx), hy: make([]int32, g.ny)}
	for p := range r.tiles {
		r.tiles[p].step = [2]int32{-1, -1}
	}
	for t := range int32(g.nx * g.ny) {
		x, y := g.xy(t)
		r.tiles[r.at(t)] = tileInfo{x: int32(x), y: int32(y)}
		r.refresh(t)
	}
	for d := range r.turn {
		for sx := range r.turn[d] {
			for sy := range r.turn[d][sx] {
				r.turn[d][sx][sy] = costBend * turns(side(d), int32(sx-1), int32(sy-1))
			}
		}
	}
	return r
}

// at is the router tile of grid tile t.
func (r *router) at(t int32) int32 {
	nx := int32(r.g.nx)
	return (t/nx+1)*(nx+1) + t%nx
}

// gridTile is the grid tile of router tile p.
func (r *router) gridTile(p int32) int32 {
	nx := int32(r.g.nx)
	return (p/(nx+1)-1)*nx + p%(nx+1)
}

// refresh works out the cost of entering grid tile t along either axis:
// its length and what already runs there. A box's tile may not be
// entered, and a band only crossed: edges never run along it.
func (r *router) refresh(t int32) {
	g, ti := r.g, &r.tiles[r.at(t)]
	if g.cell[t] != 0 {
		ti.step = [2]int32{-1, -1}
		return
	}
	h, v := int32(g.hcnt[t]), int32(g.vcnt[t])
	ti.step[0] = stepCost(g.xs[ti.x]) + costCrowd*h + costCross*v
	ti.step[1] = stepCost(g.ys[ti.y]) + costCrowd*v + costCross*h
	if g.ys[ti.y] == band {
		ti.step[0] = -1
	}
}

func prefix(ks []slotKind) []int32 {
	c := make([]int32, len(ks)+1)
	for i, k := range ks {
		c[i+1] = c[i] + stepCost(k)
	}
	return c
}

// sideCost is the cost of using side s of node v, leaving (out) or
// entering. Forward flow leaves to the right and enters from the left.
func (r *router) sideCost(v int, s side, out, decision bool) int32 {
	c := costPortCrowd * int32(r.g.ports[v][s])
	if decision && out && r.g.ports[v][s] > 0 {
		c += costBranchSide // each branch on a side of its own, labels apart
	}
	switch {
	case out && s == west, !out && s == east:
		c += costBackSide
	case !s.horizontal():
		c += costTurnSide
	}
	return c
}
