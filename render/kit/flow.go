package kit

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// step is a task of the module as the kit lists it: every kind but
// connectors, which only continue a map on another page.
type step struct {
	sp *blueprints.Subprocess
	t  *blueprints.Task
}

// steps lists the module's steps in sub-process and written order.
func steps(m *blueprints.Module) []step {
	var out []step
	for _, sp := range m.Subprocesses {
		for _, t := range sp.Tasks {
			if t != nil && t.Kind != blueprints.KindConnector {
				out = append(out, step{sp, t})
			}
		}
	}
	return out
}

// isWork reports whether a step is something a person does (a task or a
// decision), rather than an event (start or end).
func isWork(t *blueprints.Task) bool {
	return t.Kind == blueprints.KindTask || t.Kind == blueprints.KindDecision || t.Kind == ""
}

// graph is the flow of a module between all its tasks, connectors
// included: into[id] lists what leads to task id. An incoming connector is
// led to by the matching outgoing connector of the sub-process it names,
// so the flow runs across sub-processes.
type graph struct {
	tasks map[string]*blueprints.Task
	into  map[string][]string
}

func newGraph(m *blueprints.Module) *graph {
	g := &graph{tasks: map[string]*blueprints.Task{}, into: map[string][]string{}}
	for _, sp := range m.Subprocesses {
		for _, t := range sp.Tasks {
			if t == nil || g.tasks[t.ID] != nil {
				continue
			}
			g.tasks[t.ID] = t
			for _, f := range t.Next {
				g.link(t.ID, f.To.ID)
			}
		}
	}
	for _, sp := range m.Subprocesses {
		for _, t := range sp.Tasks {
			if t != nil && isOutgoing(t) {
				g.linkAcross(m, sp, t)
			}
		}
	}
	return g
}

func (g *graph) link(from, to string) {
	if from != to && !slices.Contains(g.into[to], from) {
		g.into[to] = append(g.into[to], from)
	}
}

// linkAcross leads an outgoing connector of sp to the sub-process it
// names: into the incoming connector there that names sp, or, when there
// is none, straight into the steps that sub-process starts with.
func (g *graph) linkAcross(m *blueprints.Module, sp *blueprints.Subprocess, out *blueprints.Task) {
	target := m.Subprocess(out.Target.ID)
	if target == nil {
		return // a connector to another module: the plan ends there
	}
	if in := incoming(target, sp.ID); in != nil {
		g.link(out.ID, in.ID)
		return
	}
	for _, e := range entries(target) {
		g.link(out.ID, e)
	}
}

func isOutgoing(t *blueprints.Task) bool {
	return t.Kind == blueprints.KindConnector && len(t.Next) == 0
}

func isIncoming(t *blueprints.Task) bool {
	return t.Kind == blueprints.KindConnector && len(t.Next) > 0
}

// incoming returns the connector of sp that continues the flow from the
// sub-process from, or nil.
func incoming(sp *blueprints.Subprocess, from string) *blueprints.Task {
	for _, t := range sp.Tasks {
		if t != nil && isIncoming(t) && t.Target.ID == from {
			return t
		}
	}
	return nil
}

// entries are the steps a sub-process starts with: its start tasks and
// the steps after its incoming connectors.
func entries(sp *blueprints.Subprocess) []string {
	var out []string
	for _, t := range sp.Tasks {
		switch {
		case t == nil:
		case t.Kind == blueprints.KindStart:
			out = append(out, t.ID)
		case isIncoming(t):
			for _, f := range t.Next {
				out = append(out, f.To.ID)
			}
		}
	}
	return out
}

// before returns the steps right before task id, connectors passed
// through, in first-seen order.
func (g *graph) before(id string) []string {
	var out []string
	seen := map[string]bool{id: true}
	var walk func(string)
	walk = func(id string) {
		for _, p := range g.into[id] {
			if seen[p] {
				continue
			}
			seen[p] = true
			if t := g.tasks[p]; t != nil && t.Kind != blueprints.KindConnector {
				out = append(out, p)
			} else {
				walk(p)
			}
		}
	}
	walk(id)
	return out
}

// predecessors maps each step to the steps before it, without the links
// that close a loop (a rework loop back to an earlier task): a project
// plan must not be circular, and Microsoft Project refuses one that is.
// Loops are broken by a depth-first walk in row order, so the same module
// always loses the same links.
func predecessors(m *blueprints.Module, list []step) map[string][]string {
	g := newGraph(m)
	preds, succ := map[string][]string{}, map[string][]string{}
	for _, s := range list {
		preds[s.t.ID] = g.before(s.t.ID)
		for _, p := range preds[s.t.ID] {
			succ[p] = append(succ[p], s.t.ID)
		}
	}
	state := map[string]int{} // 0 unseen, 1 on the walk's path, 2 done
	var visit func(string)
	visit = func(u string) {
		state[u] = 1
		for _, v := range succ[u] {
			switch state[v] {
			case 0:
				visit(v)
			case 1:
				preds[v] = slices.DeleteFunc(preds[v], func(p string) bool { return p == u })
			}
		}
		state[u] = 2
	}
	// Walks start at the steps nothing leads to, so that inside a loop
	// the link back to its beginning is the one dropped.
	for _, roots := range []bool{true, false} {
		for _, s := range list {
			if state[s.t.ID] == 0 && (len(preds[s.t.ID]) == 0 || !roots) {
				visit(s.t.ID)
			}
		}
	}
	return preds
}
