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

// router finds routes with A* over (tile, direction) states. Its buffers
// are reused from one edge to the next, and what a move costs apart from
// the traffic is worked out once per tile.
type router struct {
	g          *grid
	cumX, cumY []int32
	tx, ty     []int32 // each tile's x and y slot
	baseH      []int32 // length cost of crossing each tile horizontally, -1 if it may not be
	baseV      []int32 // the same vertically
	dist       []int32
	parent     []int32
	seen       []uint32
	hval       []int32 // weighted heuristic of each state, valid when seenH holds the stamp
	seenH      []uint32
	stamp      uint32
	queue      queue
	gx, gy     int32 // the current target's tile
}

func newRouter(g *grid) *router {
	r := &router{g: g, cumX: prefix(g.xs), cumY: prefix(g.ys)}
	n := g.nx * g.ny
	r.tx, r.ty = make([]int32, n), make([]int32, n)
	r.baseH, r.baseV = make([]int32, n), make([]int32, n)
	for t := range n {
		x, y := t%g.nx, t/g.nx
		r.tx[t], r.ty[t] = int32(x), int32(y)
		r.baseH[t], r.baseV[t] = stepCost(g.xs[x]), stepCost(g.ys[y])
		if g.ys[y] == band {
			r.baseH[t] = -1 // edges cross a band between regions, never run along it
		}
	}
	r.dist, r.parent, r.seen = make([]int32, 4*n), make([]int32, 4*n), make([]uint32, 4*n)
	r.hval, r.seenH = make([]int32, 4*n), make([]uint32, 4*n)
	return r
}

func prefix(ks []slotKind) []int32 {
	c := make([]int32, len(ks)+1)
	for i, k := range ks {
		c[i+1] = c[i] + stepCost(k)
	}
	return c
}

// between is the least length cost from slot a to slot b, not counting
// either.
func between(cum []int32, a, b int32) int32 {
	if a > b {
		a, b = b, a
	}
	if b-a < 2 {
		return 0
	}
	return cum[b] - cum[a+1]
}

// heuristic is a lower bound of the cost from a state (tile and
// direction of travel) to the target tile: the slots in between, and the
// turns any path needs from this direction, as if no box stood in the way.
// It never drops by more than a move costs, so it is consistent.
func (r *router) heuristic(state int32) int32 {
	t := state / 4
	x, y := r.tx[t], r.ty[t]
	h := between(r.cumX, x, r.gx) + between(r.cumY, y, r.gy)
	return h + costBend*turns(side(state%4), sign(r.gx-x), sign(r.gy-y))
}

// turns is the least number of turns from travelling in direction d to
// arriving at a target that lies (sx, sy) away in signs.
func turns(d side, sx, sy int32) int32 {
	along, across := sx, sy // toward the target along d's axis, and across it
	dir := int32(1)
	switch d {
	case west:
		dir = -1
	case south:
		along, across = sy, sx
	case north:
		along, across, dir = sy, sx, -1
	}
	switch {
	case across == 0 && along == dir:
		return 0
	case across == 0:
		return 2 // it lies behind: turn away and back
	case along == -dir:
		return 2
	}
	return 1
}

func sign(v int32) int32 {
	switch {
	case v > 0:
		return 1
	case v < 0:
		return -1
	}
	return 0
}

// next is the tile next to t in direction d, or -1 at the grid's border.
func (r *router) next(t int32, d side) int32 {
	switch d {
	case east:
		if r.tx[t]+1 < int32(r.g.nx) {
			return t + 1
		}
	case west:
		if r.tx[t] > 0 {
			return t - 1
		}
	case south:
		if r.ty[t]+1 < int32(r.g.ny) {
			return t + int32(r.g.nx)
		}
	default:
		if r.ty[t] > 0 {
			return t - int32(r.g.nx)
		}
	}
	return -1
}

// moveCost is the cost of entering tile t travelling in direction d: its
// length and what already runs there; -1 when the move is not allowed.
func (r *router) moveCost(t int32, d side) int32 {
	if t < 0 || r.g.cell[t] != 0 {
		return -1
	}
	if d.horizontal() {
		if r.baseH[t] < 0 {
			return -1
		}
		return r.baseH[t] + costCrowd*int32(r.g.hcnt[t]) + costCross*int32(r.g.vcnt[t])
	}
	return r.baseV[t] + costCrowd*int32(r.g.vcnt[t]) + costCross*int32(r.g.hcnt[t])
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
