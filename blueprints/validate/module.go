package validate

import (
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkModule checks one module: its references, its prose, and each
// sub-process's tasks and flow.
func (c *checker) checkModule(m *blueprints.Module) {
	subj := subject("module", m.ID)
	c.seriesRef(subj, m.Series)
	sc := c.moduleScope(m)
	c.refs(sc, subj, kpiKind, m.KPIs)
	c.checkRelated(subj, m)
	c.checkLaneOrder(sc, subj, m)
	c.checkProse(sc, subj, m.Description)
	c.checkEntriesProse(sc, &m.Own)
	for _, sp := range m.Subprocesses {
		c.checkProse(sc, subject("sub-process", sp.ID), sp.Description)
		for _, t := range sp.Tasks {
			c.checkTask(m, sc, t)
			c.checkTaskFlow(sp, t)
		}
		c.checkFlow(sp)
	}
}

// checkRelated checks that each related module is a module of the set or
// one a series lists as planned (a related module may not be written yet).
func (c *checker) checkRelated(subj string, m *blueprints.Module) {
	known := slices.Concat(c.modules, c.planned)
	for _, r := range m.Related {
		switch {
		case r.ID == "":
		case r.ID == m.ID:
			c.diags.Errorf(r.Pos, "%s: lists itself as related", subj)
		case !slices.Contains(known, r.ID):
			c.diags.Errorf(r.Pos, "%s: related module %q is not defined%s", subj, r.ID, hint(r.ID, known, ""))
		}
	}
}

// checkLaneOrder checks the module's roles list: each a known role, once.
func (c *checker) checkLaneOrder(sc *scope, subj string, m *blueprints.Module) {
	seen := map[string]bool{}
	for _, r := range m.Roles {
		if r.ID == "" {
			continue
		}
		if seen[r.ID] {
			c.diags.Errorf(r.Pos, "%s: role %q is listed twice in roles", subj, r.ID)
			continue
		}
		seen[r.ID] = true
		// Naming a role in the lane order is not a use of it: a lane
		// with no task in it is exactly what the unused warning catches.
		if !sc.in[roleKind][r.ID] {
			c.ref(sc, subj, roleKind, r)
		}
	}
}

// checkTask checks what a task refers to: role and stage, systems,
// documents, tiers, its end outcome and its connector target.
func (c *checker) checkTask(m *blueprints.Module, sc *scope, t *blueprints.Task) {
	subj := subject("task", t.ID)
	c.ref(sc, subj, roleKind, t.Role)
	c.checkStage(sc, subj, t)
	c.refs(sc, subj, systemKind, t.Systems)
	c.refs(sc, subj, documentKind, t.Reads)
	c.refs(sc, subj, documentKind, t.Produces)
	c.checkTiers(subj, m, t)
	c.checkOutcome(subj, m, t)
	c.checkTarget(subj, m, t)
	c.checkProse(sc, subj, t.Description)
}

// checkStage checks that the task's role may work in the task's stage.
func (c *checker) checkStage(sc *scope, subj string, t *blueprints.Task) {
	role := sc.roles[t.Role.ID]
	if role == nil || len(role.Stages) == 0 || t.Stage == "" || slices.Contains(role.Stages, t.Stage) {
		return
	}
	stages := make([]string, len(role.Stages))
	for i, s := range role.Stages {
		stages[i] = string(s)
	}
	c.diags.Errorf(t.StagePos, "%s: role %q does not work %s (its stages: %s)",
		subj, role.ID, stagePhrase(t.Stage), strings.Join(stages, ", "))
}

// stagePhrase says where a stage is, to follow "does not work".
func stagePhrase(s blueprints.Stage) string {
	switch s {
	case blueprints.StageOnstage, blueprints.StageBackstage:
		return string(s)
	case blueprints.StageCustomer:
		return "as the customer"
	case blueprints.StageSupport:
		return "in support"
	}
	return "in stage " + string(s)
}

// checkTiers checks the task's tiers against its series' tiers.
func (c *checker) checkTiers(subj string, m *blueprints.Module, t *blueprints.Task) {
	s := c.set.SeriesByID(m.Series.ID)
	if s == nil {
		return // the module's series is reported already
	}
	for _, r := range t.Tiers {
		if r.ID == "" || slices.Contains(s.Tiers, r.ID) {
			continue
		}
		h := hint(r.ID, s.Tiers, "tiers")
		if len(s.Tiers) == 0 {
			h = " (the series defines no tiers)"
		}
		c.diags.Errorf(r.Pos, "%s: tier %q is not a tier of series %q%s", subj, r.ID, s.ID, h)
	}
}

// checkOutcome checks that an end's outcome is an exit of the module. An
// outcome on another kind of task is the loader's to report.
func (c *checker) checkOutcome(subj string, m *blueprints.Module, t *blueprints.Task) {
	r := t.Outcome
	if r.ID == "" || t.Kind != blueprints.KindEnd || m.Exit(r.ID) != nil {
		return
	}
	var exits []string
	for _, e := range m.Exits {
		exits = appendNew(exits, e.ID)
	}
	h := hint(r.ID, exits, "exits")
	if len(exits) == 0 {
		h = " (the module has no [[exit]])"
	}
	c.diags.Errorf(r.Pos, "%s: outcome %q is not an exit of module %q%s", subj, r.ID, m.ID, h)
}

// checkTarget checks that a connector leads to a sub-process of its module
// or to a module (authored, or planned in a series). A missing target, and
// a target on another kind of task, are the loader's to report.
func (c *checker) checkTarget(subj string, m *blueprints.Module, t *blueprints.Task) {
	r := t.Target
	if t.Kind != blueprints.KindConnector || r.ID == "" {
		return
	}
	var known []string
	for _, sp := range m.Subprocesses {
		known = appendNew(known, sp.ID)
	}
	if slices.Contains(known, r.ID) || slices.Contains(c.modules, r.ID) || slices.Contains(c.planned, r.ID) {
		return
	}
	known = slices.Concat(known, c.modules, c.planned)
	c.diags.Errorf(r.Pos, "%s: connector target %q is neither a sub-process of module %q nor a module%s",
		subj, r.ID, m.ID, hint(r.ID, known, ""))
}
