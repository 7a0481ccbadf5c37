package validate

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkFlow checks the flow of one sub-process as a whole: it has tasks, a
// way in and a way out, starts have nothing leading in, and every task
// lies on a path from a way in to a way out.
func (c *checker) checkFlow(sp *blueprints.Subprocess) {
	subj := subject("sub-process", sp.ID)
	if len(sp.Tasks) == 0 {
		c.diags.Errorf(sp.Pos, "%s: has no tasks", subj)
		return
	}
	g := newGraph(sp)
	c.checkStarts(g)
	entries, exits := g.from(g.entry), g.from(g.exit)
	if !anyMarked(entries) {
		c.diags.Errorf(sp.Pos, "%s: has no start or incoming connector", subj)
	}
	if !anyMarked(exits) {
		c.diags.Errorf(sp.Pos, "%s: has no end or outgoing connector", subj)
	}
	// With no way in (or out) at all, every task is cut off, and the
	// sub-process error above says why.
	orphans := g.from(func(i int) bool { return anyMarked(entries) && !entries[i] && len(g.in[i]) == 0 })
	deadEnds := g.from(func(i int) bool { return anyMarked(exits) && !exits[i] && len(g.out[i]) == 0 })
	c.reportLoose(g, orphans, deadEnds)
	if anyMarked(entries) {
		reached := walk(g.out, entries)
		bad := g.from(func(i int) bool { return !reached[i] })
		for _, i := range g.traps(bad, walk(g.out, orphans), g.in, g.out) {
			c.diags.Errorf(g.tasks[i].Pos, "%s: cannot be reached from a start of %s", subject("task", g.tasks[i].ID), subj)
		}
	}
	if anyMarked(exits) {
		ending := walk(g.in, exits)
		bad := g.from(func(i int) bool { return !ending[i] })
		for _, i := range g.traps(bad, walk(g.in, deadEnds), g.out, g.in) {
			c.diags.Errorf(g.tasks[i].Pos, "%s: cannot reach an end of %s", subject("task", g.tasks[i].ID), subj)
		}
	}
}

// checkStarts reports a start that some flow leads into.
func (c *checker) checkStarts(g *graph) {
	for i, t := range g.tasks {
		if t.Kind != blueprints.KindStart || len(g.in[i]) == 0 {
			continue
		}
		from := make([]string, len(g.in[i]))
		for n, j := range g.in[i] {
			from[n] = g.tasks[j].ID
		}
		c.diags.Errorf(t.Pos, "%s: a start cannot have incoming flow (from %s)", subject("task", t.ID), quoteList(from))
	}
}

// reportLoose names the tasks that nothing leads to and those that lead
// nowhere: the specific cause, rather than "cannot be reached" for them
// and everything after them.
func (c *checker) reportLoose(g *graph, orphans, deadEnds []bool) {
	for i, t := range g.tasks {
		subj := subject("task", t.ID)
		// A task whose next names only unknown tasks leads nowhere too,
		// but that is reported at the unknown id already.
		leadsNowhere := deadEnds[i] && len(t.Next) == 0
		switch {
		case orphans[i] && leadsNowhere:
			c.diags.Errorf(t.Pos, "%s: is not connected (nothing leads to it and it has no next)", subj)
		case orphans[i]:
			c.diags.Errorf(t.Pos, "%s: nothing leads to it", subj)
		case leadsNowhere:
			c.diags.Errorf(t.Pos, "%s: leads nowhere (add next, or make it an end or a connector)", subj)
		}
	}
}

// anyMarked reports whether any task is marked.
func anyMarked(marked []bool) bool {
	for _, m := range marked {
		if m {
			return true
		}
	}
	return false
}
