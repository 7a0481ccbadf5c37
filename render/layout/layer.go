package layout

import "github.com/blueprint-tools/blueprint/blueprints"

// maxWait is how many columns a task may move right of its earliest one
// to find its lane free.
const maxWait = 1

// columns gives every task a time column: a longest-path layering of the
// flow with loops broken at their back edges, sources pulled next to what
// they feed, and tasks moved within their slack so that one lane rarely
// needs two tasks in one column.
func (f *flow) columns() []int {
	f.markBackEdges()
	order := f.topoOrder()
	col := make([]int, len(f.tasks))
	used := map[[2]int]int{} // lane and column -> task + 1
	for _, v := range order {
		for _, e := range f.in[v] {
			if !f.edges[e].back {
				col[v] = max(col[v], col[f.edges[e].from]+1)
			}
		}
		f.wait(v, col, used)
		used[[2]int{f.lane[v], col[v]}] = v + 1
	}
	f.pullRight(col, order)
	for range 2 {
		f.unstack(col, order)
	}
	compact(col)
	return col
}

// wait moves task v a column or two to the right when its lane is taken
// in its column by a task that is not a sibling (a second task in a column
// adds a sub-row to the lane along the whole map). Branches of one fork or
// decision stay side by side: stacked, they show the flow splitting.
func (f *flow) wait(v int, col []int, used map[[2]int]int) {
	for c := col[v]; c <= col[v]+maxWait; c++ {
		u := used[[2]int{f.lane[v], c}] - 1
		if u < 0 {
			col[v] = c
			return
		}
		if c == col[v] && f.siblings(u, v) {
			return
		}
	}
}

// siblings says whether two tasks share a task that leads to both.
func (f *flow) siblings(a, b int) bool {
	for _, ea := range f.in[a] {
		for _, eb := range f.in[b] {
			if f.edges[ea].from == f.edges[eb].from {
				return true
			}
		}
	}
	return false
}

// markBackEdges runs a depth-first search from the starts, then from the
// other tasks nothing leads to, then from anything left, and marks each
// edge that returns to a task still on the search path.
func (f *flow) markBackEdges() {
	state := make([]uint8, len(f.tasks)) // 0 new, 1 on the path, 2 done
	type frame struct{ v, next int }
	visit := func(root int) {
		if state[root] != 0 {
			return
		}
		stack := []frame{{root, 0}}
		state[root] = 1
		for len(stack) > 0 {
			top := &stack[len(stack)-1]
			if top.next == len(f.out[top.v]) {
				state[top.v] = 2
				stack = stack[:len(stack)-1]
				continue
			}
			e := f.out[top.v][top.next]
			top.next++
			switch w := f.edges[e].to; state[w] {
			case 1:
				f.edges[e].back = true
			case 0:
				state[w] = 1
				stack = append(stack, frame{w, 0})
			}
		}
	}
	for _, root := range f.roots() {
		visit(root)
	}
}

// roots lists where the search for loops starts: the starts, then the
// tasks nothing leads to, then every task (for what those miss).
func (f *flow) roots() []int {
	var rs []int
	for i, t := range f.tasks {
		if t.Kind == blueprints.KindStart {
			rs = append(rs, i)
		}
	}
	for i := range f.tasks {
		if len(f.in[i]) == 0 {
			rs = append(rs, i)
		}
	}
	for i := range f.tasks {
		rs = append(rs, i)
	}
	return rs
}

// topoOrder orders the tasks so that every forward edge points later,
// keeping the content's order among tasks that are free to go either way.
func (f *flow) topoOrder() []int {
	indeg := make([]int, len(f.tasks))
	for _, e := range f.edges {
		if !e.back {
			indeg[e.to]++
		}
	}
	var order, ready []int
	for i := range f.tasks {
		if indeg[i] == 0 {
			ready = append(ready, i)
		}
	}
	for len(ready) > 0 {
		v := ready[0]
		ready = ready[1:]
		order = append(order, v)
		for _, e := range f.out[v] {
			if f.edges[e].back {
				continue
			}
			if w := f.edges[e].to; indeg[w] == 1 {
				ready = append(ready, w)
			} else {
				indeg[w]--
			}
		}
	}
	return order
}

// slack is the range of columns task v may take without turning a forward
// edge backwards; last bounds tasks with nothing after them.
func (f *flow) slack(v int, col []int, last int) (lo, hi int) {
	lo, hi = 0, last
	for _, e := range f.in[v] {
		if !f.edges[e].back {
			lo = max(lo, col[f.edges[e].from]+1)
		}
	}
	for _, e := range f.out[v] {
		if !f.edges[e].back {
			hi = min(hi, col[f.edges[e].to]-1)
		}
	}
	return lo, hi
}

// pullRight moves tasks that feed more than they take (an incoming
// connector, a fork) as far right as their successors allow, which
// shortens their edges.
func (f *flow) pullRight(col, order []int) {
	for i := len(order) - 1; i >= 0; i-- {
		v := order[i]
		in, out := f.forwardDegree(v)
		if out == 0 || out <= in {
			continue
		}
		_, hi := f.slack(v, col, maxInt(col))
		col[v] = max(col[v], hi)
	}
}

func (f *flow) forwardDegree(v int) (in, out int) {
	for _, e := range f.in[v] {
		if !f.edges[e].back {
			in++
		}
	}
	for _, e := range f.out[v] {
		if !f.edges[e].back {
			out++
		}
	}
	return in, out
}

// unstack moves a task that shares its lane and column with another to
// the nearest column within its slack where its lane is free: a second
// task in a column adds a sub-row to the whole lane.
func (f *flow) unstack(col, order []int) {
	last := maxInt(col)
	used := map[[2]int]int{}
	for v := range f.tasks {
		used[[2]int{f.lane[v], col[v]}]++
	}
	for _, v := range order {
		key := [2]int{f.lane[v], col[v]}
		if used[key] < 2 {
			continue
		}
		lo, hi := f.slack(v, col, last)
		best := -1
		for c := lo; c <= hi; c++ {
			if used[[2]int{f.lane[v], c}] == 0 && (best < 0 || abs(c-col[v]) < abs(best-col[v])) {
				best = c
			}
		}
		if best >= 0 {
			used[key]--
			col[v] = best
			used[[2]int{f.lane[v], best}]++
		}
	}
}

// compact renumbers columns so that none is empty, keeping their order.
func compact(col []int) {
	n := maxInt(col) + 1
	used := make([]bool, n)
	for _, c := range col {
		used[c] = true
	}
	to := make([]int, n)
	next := 0
	for c := range n {
		to[c] = next
		if used[c] {
			next++
		}
	}
	for i, c := range col {
		col[i] = to[c]
	}
}

func maxInt(xs []int) int {
	m := 0
	for _, x := range xs {
		m = max(m, x)
	}
	return m
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
