package layout

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// flow is a sub-process as a graph: tasks as nodes by index, flows as
// edges, and the lanes the tasks sit in.
type flow struct {
	tasks []*blueprints.Task
	lane  []int // lane of each task
	edges []flowEdge
	out   [][]int // edge indexes leaving each task
	in    [][]int // edge indexes entering each task
	lanes []laneKey
}

// flowEdge is one flow between two tasks. Back edges close loops: they are
// reversed for layering and run right to left.
type flowEdge struct {
	from, to int
	label    string
	back     bool
}

// laneKey names a lane: one role in one stage.
type laneKey struct {
	role  string
	stage blueprints.Stage
}

// newFlow builds the graph. Flows to unknown tasks, to the task itself and
// repeated flows are left out: the validator reports them, and layout
// still draws the rest.
func newFlow(sc *blueprints.Scope, sp *blueprints.Subprocess) *flow {
	f := &flow{tasks: sp.Tasks, lane: make([]int, len(sp.Tasks))}
	index := make(map[string]int, len(sp.Tasks))
	for i, t := range sp.Tasks {
		if _, dup := index[t.ID]; !dup {
			index[t.ID] = i
		}
	}
	f.out, f.in = make([][]int, len(sp.Tasks)), make([][]int, len(sp.Tasks))
	for i, t := range sp.Tasks {
		for _, fl := range t.Next {
			j, ok := index[fl.To.ID]
			if !ok || j == i || f.linked(i, j) {
				continue
			}
			f.out[i] = append(f.out[i], len(f.edges))
			f.in[j] = append(f.in[j], len(f.edges))
			f.edges = append(f.edges, flowEdge{from: i, to: j, label: fl.Label})
		}
	}
	f.makeLanes(sc)
	return f
}

func (f *flow) linked(i, j int) bool {
	for _, e := range f.out[i] {
		if f.edges[e].to == j {
			return true
		}
	}
	return false
}

// makeLanes collects the (role, stage) pairs in use and orders them by
// stage, then by the scope's role order; roles the scope does not know
// follow, by id.
func (f *flow) makeLanes(sc *blueprints.Scope) {
	rank := map[string]int{}
	if sc != nil {
		for i, r := range sc.RoleOrder {
			rank[r.ID] = i
		}
	}
	seen := map[laneKey]bool{}
	for _, t := range f.tasks {
		k := laneKey{t.Role.ID, t.Stage}
		if !seen[k] {
			seen[k] = true
			f.lanes = append(f.lanes, k)
		}
	}
	slices.SortStableFunc(f.lanes, func(a, b laneKey) int {
		if sa, sb := stageRank(a.stage), stageRank(b.stage); sa != sb {
			return sa - sb
		}
		ra, oka := rank[a.role]
		rb, okb := rank[b.role]
		switch {
		case oka && okb:
			return ra - rb
		case oka != okb:
			if oka {
				return -1
			}
			return 1
		}
		return compareStrings(a.role, b.role)
	})
	at := map[laneKey]int{}
	for i, k := range f.lanes {
		at[k] = i
	}
	for i, t := range f.tasks {
		f.lane[i] = at[laneKey{t.Role.ID, t.Stage}]
	}
}

// stageRank orders stages top to bottom; an unknown stage goes last.
func stageRank(s blueprints.Stage) int {
	if i := slices.Index(blueprints.Stages, s); i >= 0 {
		return i
	}
	return len(blueprints.Stages)
}

func compareStrings(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}
