package layout

// aim prepares the heuristic for a search toward router tile dst: per x
// slot and per y slot, the length cost in between, times 4, plus 1 + the
// sign of the direction in which the target lies.
func (r *router) aim(dst int32) {
	aimAxis(r.hx, r.cumX, r.tiles[dst].x)
	aimAxis(r.hy, r.cumY, r.tiles[dst].y)
}

// aimAxis fills h for one axis, whose slots' length costs add up to cum,
// toward slot g: for slot i, the cost of the slots strictly between i and
// g, shifted left by 2, or'ed with 0, 1 or 2 as g lies before i, is i, or
// lies after it.
func aimAxis(h, cum []int32, g int32) {
	for i := range g {
		h[i] = 2
		if i+1 < g {
			h[i] |= (cum[g] - cum[i+1]) << 2
		}
	}
	h[g] = 1
	for i := g + 1; i < int32(len(h)); i++ {
		h[i] = 0
		if i > g+1 {
			h[i] = (cum[i] - cum[g+1]) << 2
		}
	}
}

// weighted is a lower bound of the cost from state s (tile and direction
// of travel) to the target tile, inflated: the slots in between and the
// turns any path needs from this direction, as if no box stood in the way.
// Unweighted it never drops by more than a move costs, so it is
// consistent; weighted, A* finds a route within a small factor of the
// cheapest while searching a fraction of the grid.
func (r *router) weighted(s int32) int32 {
	ti := &r.tiles[s>>2]
	hx, hy := r.hx[ti.x], r.hy[ti.y]
	h := hx>>2 + hy>>2 + r.turn[s&3][hx&3][hy&3]
	return h * heuristicWeight / 4
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
