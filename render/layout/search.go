package layout

// find routes rt through the grid and fills its tiles and sides. It
// returns false when the target cannot be reached (it always can on a grid
// with gutters and channels around every cell).
func (r *router) find(rt *route, decision bool) bool {
	r.stamp++
	r.queue.reset()
	src, dst := r.g.at[rt.from], r.g.at[rt.to]
	r.gx, r.gy = r.tx[dst], r.ty[dst]
	for _, d := range []side{east, south, west, north} {
		t := r.next(src, d)
		if mc := r.moveCost(t, d); mc >= 0 {
			r.relax(t*4+int32(d), -1, r.sideCost(rt.from, d, true, decision)+mc)
		}
	}
	a := arrival{cost: -1}
	for {
		f, s, ok := r.queue.pop()
		if !ok || a.cost >= 0 && f >= a.cost {
			break
		}
		if f-r.hval[s] > r.dist[s] {
			continue // stale entry
		}
		r.expand(s, rt, dst, &a)
	}
	if a.cost < 0 {
		return false
	}
	r.trace(rt, a.state, a.entry)
	return true
}

// arrival is the best way into the target found so far: its cost, the
// last state before the target and the side it enters.
type arrival struct {
	cost  int32
	state int32
	entry side
}

// expand relaxes the moves from state s: straight on or turning, never
// back; a move into the target is an arrival.
func (r *router) expand(s int32, rt *route, dst int32, a *arrival) {
	t, d := s/4, side(s%4)
	for _, d2 := range [3]side{d, (d + 1) % 4, (d + 3) % 4} {
		c := r.dist[s]
		if d2 != d {
			c += costBend
		}
		nt := r.next(t, d2)
		if nt == dst {
			c += r.sideCost(rt.to, d2.opposite(), false, false)
			if a.cost < 0 || c < a.cost {
				*a = arrival{c, s, d2.opposite()}
			}
			continue
		}
		if mc := r.moveCost(nt, d2); mc >= 0 {
			r.relax(nt*4+int32(d2), s, c+mc)
		}
	}
}

// weighted is the heuristic inflated: A* then finds a route within a
// small factor of the cheapest while searching a fraction of the grid.
func (r *router) weighted(state int32) int32 {
	return r.heuristic(state) * heuristicWeight / 4
}

// relax records a cheaper way to a state.
func (r *router) relax(state, parent, cost int32) {
	if r.seen[state] == r.stamp && r.dist[state] <= cost {
		return
	}
	r.seen[state] = r.stamp
	r.dist[state] = cost
	r.parent[state] = parent
	if r.seenH[state] != r.stamp {
		r.seenH[state] = r.stamp
		r.hval[state] = r.weighted(state)
	}
	r.queue.push(cost+r.hval[state], state)
}

// trace rebuilds the tile path ending in state last, entering the target
// through side entry.
func (r *router) trace(rt *route, last int32, entry side) {
	rt.tiles = rt.tiles[:0]
	rt.tiles = append(rt.tiles, r.g.at[rt.to])
	s := last
	for s >= 0 {
		rt.tiles = append(rt.tiles, s/4)
		if r.parent[s] < 0 {
			rt.exit = side(s % 4)
		}
		s = r.parent[s]
	}
	rt.tiles = append(rt.tiles, r.g.at[rt.from])
	for i, j := 0, len(rt.tiles)-1; i < j; i, j = i+1, j-1 {
		rt.tiles[i], rt.tiles[j] = rt.tiles[j], rt.tiles[i]
	}
	rt.entry = entry
}
