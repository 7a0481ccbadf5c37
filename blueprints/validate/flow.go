package validate

import (
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkTaskFlow checks the flows leaving one task: where they lead, and
// whether the task's kind allows them.
func (c *checker) checkTaskFlow(sp *blueprints.Subprocess, t *blueprints.Task) {
	subj := subject("task", t.ID)
	seen := map[string]bool{}
	for _, f := range t.Next {
		to := f.To
		switch {
		case to.ID == "":
		case to.ID == t.ID:
			c.diags.Errorf(to.Pos, "%s: leads to itself", subj)
		case seen[to.ID]:
			c.diags.Errorf(to.Pos, "%s: leads to %q twice", subj, to.ID)
		case sp.Task(to.ID) == nil:
			c.flowTarget(subj, sp, f)
		}
		seen[to.ID] = true
	}
	switch t.Kind {
	case blueprints.KindDecision:
		c.checkBranches(subj, t)
	case blueprints.KindEnd:
		if len(t.Next) > 0 {
			c.diags.Errorf(t.Next[0].To.Pos, "%s: an end task cannot have next (the flow stops here)", subj)
		}
	default:
		for _, f := range t.Next {
			if f.Branch {
				c.diags.Errorf(f.To.Pos, "%s: only a decision has branches (use next)", subj)
				break
			}
		}
	}
}

// flowTarget reports a flow to a task that is not in the sub-process. A
// task of another sub-process is named, since the fix is a connector.
func (c *checker) flowTarget(subj string, sp *blueprints.Subprocess, f blueprints.Flow) {
	what := "next"
	if f.Branch {
		what = "branch"
	}
	var h string
	if other := c.taskHome(f.To.ID); other != "" {
		h = fmt.Sprintf(" (it is in sub-process %q; use a connector)", other)
	} else {
		var ids []string
		for _, t := range sp.Tasks {
			ids = appendNew(ids, t.ID)
		}
		h = hint(f.To.ID, ids, "")
	}
	c.diags.Errorf(f.To.Pos, "%s: %s task %q is not in sub-process %q%s", subj, what, f.To.ID, sp.ID, h)
}

// taskHome returns the id of the sub-process, anywhere in the set, that
// holds the task id, or "".
func (c *checker) taskHome(id string) string {
	for _, m := range c.set.Modules {
		for _, sp := range m.Subprocesses {
			if sp.Task(id) != nil {
				return sp.ID
			}
		}
	}
	return ""
}

// checkBranches checks a decision: no next, at least two branches, each
// labelled once.
func (c *checker) checkBranches(subj string, t *blueprints.Task) {
	branches := 0
	for _, f := range t.Next {
		if f.Branch {
			branches++
		}
	}
	for _, f := range t.Next {
		if !f.Branch {
			c.diags.Errorf(f.To.Pos, "%s: a decision leads on through labelled branches, not next", subj)
			break
		}
	}
	// A decision written with next alone has one mistake, not two.
	if branches < 2 && (branches > 0 || len(t.Next) == 0) {
		c.diags.Errorf(t.Pos, "%s: a decision needs at least two branches (it has %d)", subj, branches)
	}
	labels := map[string]bool{}
	for _, f := range t.Next {
		if !f.Branch {
			continue
		}
		switch {
		case f.Label == "":
			c.diags.Errorf(f.To.Pos, "%s: branch to %q has no label", subj, f.To.ID)
		case labels[f.Label]:
			c.diags.Errorf(f.To.Pos, "%s: two branches are labelled %q", subj, f.Label)
		}
		labels[f.Label] = true
	}
}
