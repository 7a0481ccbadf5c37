package layout

import "sort"

// assignTracks orders the runs along every slot so that they cross as few
// other runs as possible, then gives each a track: runs that overlap get
// distinct tracks in that order, runs that do not may share one, and
// tracks centre on the slot's middle.
func assignTracks(runs []run, g *grid) {
	hs, vs := make([][]int, g.ny), make([][]int, g.nx)
	for i := range runs {
		if runs[i].horiz {
			hs[runs[i].slot] = append(hs[runs[i].slot], i)
		} else {
			vs[runs[i].slot] = append(vs[runs[i].slot], i)
		}
	}
	o := &orderer{runs: runs}
	for _, group := range [][][]int{hs, vs} {
		for _, ids := range group {
			o.initial(ids)
		}
	}
	for pass := range 4 {
		group := hs
		if pass%2 == 1 {
			group = vs
		}
		for _, ids := range group {
			o.improve(ids)
		}
	}
	for _, group := range [][][]int{hs, vs} {
		for _, ids := range group {
			setTracks(runs, ids)
		}
	}
}

// orderer holds the runs and scratch space for ordering them.
type orderer struct {
	runs      []run
	cost      [][]int
	rest, out []int // scratch for sift
}

// cross is the symbolic coordinate across a run: where it lies.
func (o *orderer) cross(i int) float64 {
	r := &o.runs[i]
	return float64(r.slot)*coordSlot + float64(r.rank)
}

// ends are the symbolic coordinates of a run's two ends along it.
func (o *orderer) ends(i int) (float64, float64) {
	r := &o.runs[i]
	a, b := r.boxEnd[0], r.boxEnd[1]
	if r.prev >= 0 {
		a = o.cross(r.prev)
	}
	if r.next >= 0 {
		b = o.cross(r.next)
	}
	if a > b {
		a, b = b, a
	}
	return a, b
}

// crosses says whether runs i and j cross at a point inside both.
func (o *orderer) crosses(i, j int) bool {
	if o.runs[i].horiz == o.runs[j].horiz {
		return false
	}
	ia, ib := o.ends(i)
	ja, jb := o.ends(j)
	ci, cj := o.cross(i), o.cross(j)
	return ia < cj && cj < ib && ja < ci && ci < jb
}

// initial ranks the runs of one slot by where their neighbours lead, a
// guess that the improvement passes refine: runs heading up (or left) go
// first.
func (o *orderer) initial(ids []int) {
	key := func(i int) float64 {
		r := &o.runs[i]
		k := 0.0
		for _, n := range []int{r.prev, r.next} {
			if n < 0 {
				k += float64(quarter(r.slot, 2)) // no pull either way
				continue
			}
			nr := &o.runs[n]
			k += float64(nr.lo+nr.hi) / 2
		}
		return k
	}
	sort.SliceStable(ids, func(a, b int) bool { return key(ids[a]) < key(ids[b]) })
	for rank, i := range ids {
		o.runs[i].rank = rank
	}
}

// improve reorders the runs of one slot: it counts, for every pair that
// overlaps, the crossings of one with the other's neighbours in either
// order, then moves each run to the place in the order that costs least.
func (o *orderer) improve(ids []int) {
	k := len(ids)
	if k < 2 {
		return
	}
	sort.Slice(ids, func(a, b int) bool { return o.runs[ids[a]].rank < o.runs[ids[b]].rank })
	o.pairCosts(ids)
	pos := make([]int, k) // pos[p] = index into ids of the run at place p
	for p := range pos {
		pos[p] = p
	}
	for range 2 {
		for x := range k {
			pos = o.sift(pos, x)
		}
	}
	sorted := make([]int, k)
	for p, x := range pos {
		sorted[p] = ids[x]
	}
	copy(ids, sorted)
	for rank, i := range ids {
		o.runs[i].rank = rank
	}
}

// pairCosts fills cost[a][b]: the crossings that depend on the order of
// runs ids[a] and ids[b] when ids[a] comes first.
func (o *orderer) pairCosts(ids []int) {
	k := len(ids)
	if cap(o.cost) < k {
		o.cost = make([][]int, k)
	}
	o.cost = o.cost[:k]
	for a := range o.cost {
		if cap(o.cost[a]) < k {
			o.cost[a] = make([]int, k)
		}
		o.cost[a] = o.cost[a][:k]
		clear(o.cost[a])
	}
	for a := 0; a < k; a++ {
		for b := a + 1; b < k; b++ {
			ra, rb := &o.runs[ids[a]], &o.runs[ids[b]]
			if !overlap(ra, rb) {
				continue
			}
			sa, sb := ra.rank, rb.rank
			ra.rank, rb.rank = 0, 1
			o.cost[a][b] = o.pairCrossings(ids[a], ids[b])
			ra.rank, rb.rank = 1, 0
			o.cost[b][a] = o.pairCrossings(ids[a], ids[b])
			ra.rank, rb.rank = sa, sb
		}
	}
}

// pairCrossings counts crossings of each run with the other's neighbours.
func (o *orderer) pairCrossings(i, j int) int {
	n := 0
	for _, p := range [][2]int{{i, o.runs[j].prev}, {i, o.runs[j].next}, {j, o.runs[i].prev}, {j, o.runs[i].next}} {
		if p[1] >= 0 && o.crosses(p[0], p[1]) {
			n++
		}
	}
	return n
}

// sift takes element x out of the order and puts it back where the pairs
// it belongs to cost least, nearest its old place on ties.
func (o *orderer) sift(pos []int, x int) []int {
	old := -1
	rest := o.rest[:0]
	for p, y := range pos {
		if y == x {
			old = p
			continue
		}
		rest = append(rest, y)
	}
	c := 0
	for _, y := range rest {
		c += o.cost[x][y]
	}
	best, bestAt := c, 0
	for p, y := range rest {
		c += o.cost[y][x] - o.cost[x][y]
		if c < best || c == best && abs(p+1-old) < abs(bestAt-old) {
			best, bestAt = c, p+1
		}
	}
	o.rest = rest
	out := o.out[:0]
	out = append(out, rest[:bestAt]...)
	out = append(out, x)
	out = append(out, rest[bestAt:]...)
	o.out = pos // the caller's slice becomes the next scratch
	return out
}

// setTracks gives the runs of one slot, in rank order, their tracks: each
// is placed after the longest chain of overlapping runs before it and
// before the longest chain after it, centred between the two.
func setTracks(runs []run, ids []int) {
	k := len(ids)
	before, after := make([]int, k), make([]int, k)
	for a := range k {
		for b := range a {
			if overlap(&runs[ids[a]], &runs[ids[b]]) {
				before[a] = max(before[a], before[b]+1)
			}
		}
	}
	for a := k - 1; a >= 0; a-- {
		for b := a + 1; b < k; b++ {
			if overlap(&runs[ids[a]], &runs[ids[b]]) {
				after[a] = max(after[a], after[b]+1)
			}
		}
	}
	for a, i := range ids {
		runs[i].track = float64(before[a]-after[a]) / 2
	}
}
