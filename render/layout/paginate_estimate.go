package layout

import "math"

// colReach is how far, in columns, the flows into and out of one column
// of the whole map go: the least and greatest column they come from and
// lead to. A column without such flows reaches only itself.
type colReach struct {
	inLo, inHi, outLo, outHi int
}

// reaches finds how far the flows of every column go.
func (pg *paginator) reaches() []colReach {
	rs := make([]colReach, pg.ncol)
	for c := range rs {
		rs[c] = colReach{c, c, c, c}
	}
	for _, e := range pg.f.edges {
		from, to := pg.col[e.from], pg.col[e.to]
		rs[to].inLo, rs[to].inHi = min(rs[to].inLo, from), max(rs[to].inHi, from)
		rs[from].outLo, rs[from].outHi = min(rs[from].outLo, to), max(rs[from].outHi, to)
	}
	return rs
}

// estimate is about how wide a page holding columns s is: its columns as
// wide as in the whole map, and one column more on a side where a flow
// from another page arrives at the first column or one leaves the last,
// since its marker takes a column of its own there.
func (pg *paginator) estimate(s colRange) float64 {
	w := pg.bound[s.hi+1] - pg.bound[s.lo] + pg.extra
	colW := (pg.bound[pg.ncol] - pg.bound[0]) / float64(pg.ncol)
	first, last := pg.reach[s.lo], pg.reach[s.hi]
	if first.inLo < s.lo || first.inHi > s.hi {
		w += colW
	}
	if last.outLo < s.lo || last.outHi > s.hi {
		w += colW
	}
	return math.Max(w, minPageW+2*pg.opt.Margin)
}

// crossings counts, for every column, the flows a cut just before it
// would break.
func (pg *paginator) crossings() []int {
	n := make([]int, pg.ncol+1)
	for _, e := range pg.f.edges {
		a, b := pg.col[e.from], pg.col[e.to]
		for c := min(a, b) + 1; c <= max(a, b); c++ {
			n[c]++
		}
	}
	return n
}
