package validate

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// graph is the flow of one sub-process, by task index. Flows to unknown
// tasks and to the task itself are left out: they are reported already.
type graph struct {
	tasks   []*blueprints.Task
	out, in [][]int
}

func newGraph(sp *blueprints.Subprocess) *graph {
	n := len(sp.Tasks)
	g := &graph{tasks: sp.Tasks, out: make([][]int, n), in: make([][]int, n)}
	index := map[string]int{}
	for i, t := range sp.Tasks {
		if _, ok := index[t.ID]; !ok {
			index[t.ID] = i
		}
	}
	for i, t := range sp.Tasks {
		for _, f := range t.Next {
			j, ok := index[f.To.ID]
			if !ok || j == i || slices.Contains(g.out[i], j) {
				continue
			}
			g.out[i] = append(g.out[i], j)
			g.in[j] = append(g.in[j], i)
		}
	}
	return g
}

// entry reports whether the flow may begin at task i: a start, or a
// connector that nothing leads to (the flow comes in from elsewhere).
func (g *graph) entry(i int) bool {
	k := g.tasks[i].Kind
	return k == blueprints.KindStart || k == blueprints.KindConnector && len(g.in[i]) == 0
}

// exit reports whether the flow may stop at task i: an end, or a connector
// that leads nowhere in this sub-process (the flow goes on elsewhere).
func (g *graph) exit(i int) bool {
	k := g.tasks[i].Kind
	return k == blueprints.KindEnd || k == blueprints.KindConnector && len(g.out[i]) == 0
}

// walk marks every task reachable from the marked ones along edges.
func walk(edges [][]int, marked []bool) []bool {
	var stack []int
	for i, m := range marked {
		if m {
			stack = append(stack, i)
		}
	}
	for len(stack) > 0 {
		i := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, j := range edges[i] {
			if !marked[j] {
				marked[j] = true
				stack = append(stack, j)
			}
		}
	}
	return marked
}

// from marks the tasks for which ok holds.
func (g *graph) from(ok func(i int) bool) []bool {
	marked := make([]bool, len(g.tasks))
	for i := range marked {
		marked[i] = ok(i)
	}
	return marked
}

// one marks task i alone.
func (g *graph) one(i int) []bool {
	marked := make([]bool, len(g.tasks))
	marked[i] = true
	return marked
}

// traps returns, among the bad tasks not yet covered, the first task of
// each closed group: tasks that lead (along fwd) only among themselves.
// Every other bad task leads into such a group, so naming one task per
// group explains all of them without listing the cascade. Reported groups
// and everything behind them (along back) are added to covered.
func (g *graph) traps(bad, covered []bool, fwd, back [][]int) []int {
	var found []int
	for i := range bad {
		if !bad[i] || covered[i] {
			continue
		}
		ahead, behind := walk(fwd, g.one(i)), walk(back, g.one(i))
		closed := true
		for j := range ahead {
			closed = closed && (!ahead[j] || behind[j])
		}
		if !closed {
			continue
		}
		found = append(found, i)
		for j := range behind {
			covered[j] = covered[j] || behind[j]
		}
	}
	return found
}
