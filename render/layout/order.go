package layout

import (
	"math"
	"sort"
)

// rows gives each task a sub-row of its lane. Tasks of one lane in one
// column stack in sub-rows; every lane has as many sub-rows as its fullest
// column. Sweeps of the barycenter heuristic place each task near the rows
// of the tasks it is linked to, so branches keep to a straight line.
func (f *flow) rows(col []int) (sub []int, subs []int) {
	ncol := maxInt(col) + 1
	groups := make([][][]int, len(f.lanes)) // lane, column -> tasks
	for l := range groups {
		groups[l] = make([][]int, ncol)
	}
	sub = make([]int, len(f.tasks))
	subs = make([]int, len(f.lanes))
	for v := range f.tasks {
		g := &groups[f.lane[v]][col[v]]
		sub[v] = len(*g)
		*g = append(*g, v)
		subs[f.lane[v]] = max(subs[f.lane[v]], len(*g))
	}
	base := make([]int, len(f.lanes))
	for l := 1; l < len(base); l++ {
		base[l] = base[l-1] + subs[l-1]
	}
	for sweep := range 6 {
		forward := sweep%2 == 0
		for i := range ncol {
			c := i
			if !forward {
				c = ncol - 1 - i
			}
			for l := range groups {
				f.placeGroup(groups[l][c], col, sub, base, subs[l], sweep)
			}
		}
	}
	return sub, subs
}

// placeGroup assigns the tasks of one lane and column to distinct
// sub-rows as close as possible to where their neighbours are. Early sweeps
// look at one side (left going right, right going left), later ones at
// both.
func (f *flow) placeGroup(g []int, col, sub, base []int, n, sweep int) {
	if len(g) == 0 || n == 1 {
		return
	}
	want := make([]float64, len(g))
	for i, v := range g {
		want[i] = f.barycenter(v, col, sub, base, sweep) - float64(base[f.lane[v]])
	}
	idx := make([]int, len(g))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return want[idx[a]] < want[idx[b]] })
	sorted := make([]float64, len(g))
	for i, k := range idx {
		sorted[i] = want[k]
	}
	for i, slot := range assignSlots(sorted, n) {
		sub[g[idx[i]]] = slot
	}
}

// barycenter is the mean global row of a task's neighbours, or its own row
// when it has none on the side the sweep looks at.
func (f *flow) barycenter(v int, col, sub, base []int, sweep int) float64 {
	sum, n := 0.0, 0
	add := func(w int) {
		sum += float64(base[f.lane[w]] + sub[w])
		n++
	}
	left, right := sweep%2 == 0 || sweep >= 4, sweep%2 == 1 || sweep >= 4
	for _, e := range f.in[v] {
		if w := f.edges[e].from; (col[w] < col[v] && left) || (col[w] > col[v] && right) {
			add(w)
		}
	}
	for _, e := range f.out[v] {
		if w := f.edges[e].to; (col[w] > col[v] && right) || (col[w] < col[v] && left) {
			add(w)
		}
	}
	if n == 0 {
		return float64(base[f.lane[v]] + sub[v])
	}
	return sum / float64(n)
}

// assignSlots places k sorted wishes into distinct slots 0..n-1, in order,
// minimizing the total distance to the wishes (a small dynamic program).
func assignSlots(want []float64, n int) []int {
	k := len(want)
	if k == 1 {
		return []int{min(max(int(math.Round(want[0])), 0), n-1)}
	}
	const inf = math.MaxFloat64
	// cost[i][j]: best cost of the first i wishes using slots below j.
	cost := make([][]float64, k+1)
	for i := range cost {
		cost[i] = make([]float64, n+1)
		for j := range cost[i] {
			if i > 0 {
				cost[i][j] = inf
			}
		}
	}
	for i := 1; i <= k; i++ {
		for j := i; j <= n; j++ {
			cost[i][j] = cost[i][j-1]
			if c := cost[i-1][j-1]; c < inf {
				cost[i][j] = math.Min(cost[i][j], c+math.Abs(want[i-1]-float64(j-1)))
			}
		}
	}
	slots := make([]int, k)
	j := n
	for i := k; i >= 1; i-- {
		for cost[i][j] == cost[i][j-1] && j-1 >= i {
			j--
		}
		slots[i-1] = j - 1
		j--
	}
	return slots
}
