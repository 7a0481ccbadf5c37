package layout

// find routes rt through the grid and fills its tiles and sides. It
// returns false when the target cannot be reached (it always can on a grid
// with gutters and channels around every cell).
func (r *router) find(rt *route, decision bool) bool {
	r.stamp++
	r.queue.reset()
	src, dst := r.at(r.g.at[rt.from]), r.at(r.g.at[rt.to])
	r.aim(dst)
	for _, d := range []side{east, south, west, north} {
		t := src + r.off[d]
		if mc := r.tiles[t].step[d&1]; mc >= 0 {
			r.relax(t*4+int32(d), -1, r.sideCost(rt.from, d, true, decision)+mc)
		}
	}
	var entry [4]int32
	for d := range entry {
		entry[d] = r.sideCost(rt.to, side(d), false, false)
	}
	a := r.search(dst, &entry)
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

// search runs A* from the states queued to tile dst, where entering
// through side d costs entry[d]. It pops a state, skips it when a cheaper
// way to it came later, and relaxes the moves straight on or turning
// (never back); a move into the target is an arrival. It is the router's
// inner loop, so relax is written out in it and what it reads is kept in
// locals.
func (r *router) search(dst int32, entry *[4]int32) arrival {
	tiles, st, stamp, q := r.tiles, r.st, r.stamp, &r.queue
	// The moves from a state: straight on, then turning one way and the
	// other, and what each costs in bends.
	turnBy, bendBy := [3]side{0, 1, 3}, [3]int32{0, costBend, costBend}
	a := arrival{cost: -1}
	for {
		f, s, ok := q.pop()
		if !ok || a.cost >= 0 && f >= a.cost {
			return a
		}
		cur := &st[s]
		if f-cur.h > cur.dist {
			continue // stale entry
		}
		t, d, dist := s>>2, side(s&3), cur.dist
		for k := range 3 {
			d2, c := (d+turnBy[k])&3, dist+bendBy[k]
			nt := t + r.off[d2]
			if nt == dst {
				if c += entry[d2.opposite()]; a.cost < 0 || c < a.cost {
					a = arrival{c, s, d2.opposite()}
				}
				continue
			}
			mc := tiles[nt].step[d2&1]
			if mc < 0 {
				continue
			}
			c += mc
			ns := nt*4 + int32(d2)
			next := &st[ns]
			if next.stamp != stamp {
				next.stamp, next.h = stamp, r.weighted(ns)
			} else if next.dist <= c {
				continue
			}
			next.dist, next.parent = c, s
			q.push(c+next.h, ns)
		}
	}
}

// relax records a cheaper way to a state.
func (r *router) relax(s, parent, cost int32) {
	st := &r.st[s]
	if st.stamp == r.stamp {
		if st.dist <= cost {
			return
		}
	} else {
		st.stamp = r.stamp
		st.h = r.weighted(s)
	}
	st.dist, st.parent = cost, parent
	r.queue.push(cost+st.h, s)
}

// trace rebuilds the tile path ending in state last, entering the target
// through side entry.
func (r *router) trace(rt *route, last int32, entry side) {
	rt.tiles = rt.tiles[:0]
	rt.tiles = append(rt.tiles, r.g.at[rt.to])
	s := last
	for s >= 0 {
		rt.tiles = append(rt.tiles, r.gridTile(s/4))
		if r.st[s].parent < 0 {
			rt.exit = side(s % 4)
		}
		s = r.st[s].parent
	}
	rt.tiles = append(rt.tiles, r.g.at[rt.from])
	for i, j := 0, len(rt.tiles)-1; i < j; i, j = i+1, j-1 {
		rt.tiles[i], rt.tiles[j] = rt.tiles[j], rt.tiles[i]
	}
	rt.entry = entry
}
