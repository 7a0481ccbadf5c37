package layout

import "math"

// balanceSlack is how much wider, in points, than the narrowest possible
// the widest page of a balanced cut may be estimated, to let the cuts move
// where fewer flows cross them.
const balanceSlack = 40

// fewestPages is how many pages the map needs by estimate: as many as a
// cut from the left takes when each page is as wide as prints readably.
func (pg *paginator) fewestPages() int {
	n := 0
	for lo := 0; lo < pg.ncol; lo = pg.widest(lo) + 1 {
		n++
	}
	return n
}

// balanced cuts the columns into n runs whose widest is estimated about
// as narrow as n pages allow (and no wider than prints readably) and,
// among such cuts, the one fewest flows cross, since each crossing costs
// a pair of markers; nil when there is no such cut, or for fewer than two
// pages or more pages than columns.
func (pg *paginator) balanced(n int) []colRange {
	if n < 2 || n > pg.ncol {
		return nil
	}
	return pg.fewestCrossings(n, math.Min(pg.narrowest(n)+balanceSlack, pg.maxW))
}

// narrowest is the least width, by estimate, of the widest of n pages.
func (pg *paginator) narrowest(n int) float64 {
	// w[c] is the best over the columns before c cut into i pages.
	w := make([]float64, pg.ncol+1)
	for c := 1; c <= pg.ncol; c++ {
		w[c] = pg.estimate(colRange{0, c - 1})
	}
	for i := 2; i <= n; i++ {
		next := make([]float64, pg.ncol+1)
		for c := range next {
			next[c] = math.Inf(1)
			for b := i - 1; b < c; b++ {
				next[c] = math.Min(next[c], math.Max(w[b], pg.estimate(colRange{b, c - 1})))
			}
		}
		w = next
	}
	return w[pg.ncol]
}

// cutCost ranks cuts: fewer crossing flows first, then more even widths
// (a smaller sum of squared widths).
type cutCost struct {
	cross int
	sq    float64
}

func (a cutCost) less(b cutCost) bool {
	return a.cross < b.cross || a.cross == b.cross && a.sq < b.sq
}

// fewestCrossings cuts the columns into n runs, each estimated no wider
// than limit, at the cuts that break the fewest flows; nil when there is
// no such cut.
func (pg *paginator) fewestCrossings(n int, limit float64) []colRange {
	cross := pg.crossings()
	inf := cutCost{cross: math.MaxInt}
	// best[i][c] covers the columns before c with i pages; from[i][c] is
	// where its last page starts.
	best, from := make([][]cutCost, n+1), make([][]int, n+1)
	for i := range best {
		best[i], from[i] = make([]cutCost, pg.ncol+1), make([]int, pg.ncol+1)
		for c := range best[i] {
			best[i][c] = inf
		}
	}
	best[0][0] = cutCost{}
	for i := 1; i <= n; i++ {
		for c := i; c <= pg.ncol; c++ {
			for b := i - 1; b < c; b++ {
				w := pg.estimate(colRange{b, c - 1})
				if best[i-1][b] == inf || w > limit {
					continue
				}
				k := cutCost{best[i-1][b].cross + cross[b]*boolInt(b > 0), best[i-1][b].sq + w*w}
				if k.less(best[i][c]) {
					best[i][c], from[i][c] = k, b
				}
			}
		}
	}
	if best[n][pg.ncol] == inf {
		return nil
	}
	spans := make([]colRange, n)
	for i, c := n, pg.ncol; i > 0; i-- {
		spans[i-1] = colRange{from[i][c], c - 1}
		c = from[i][c]
	}
	return spans
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
