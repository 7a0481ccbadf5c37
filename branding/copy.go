package branding

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// The functions in this file copy a set deeply: every pointer and slice of
// the copy is new, so personalizing it can never reach the input, which
// other brands of the same build still read.

func copySet(s *blueprints.Set) *blueprints.Set {
	return &blueprints.Set{
		Series:     copyAll(s.Series, copySeries),
		Catalogues: copyAll(s.Catalogues, copyCatalogue),
		Modules:    copyAll(s.Modules, copyModule),
		Guides:     copyAll(s.Guides, copyValue[blueprints.Guide]),
		// The maturity models and curricula carry no names a brand
		// renames, so they are shared, not copied; nothing changes them
		// after loading.
		Maturity:  slices.Clone(s.Maturity),
		Curricula: slices.Clone(s.Curricula),
	}
}

func copySeries(s *blueprints.Series) *blueprints.Series {
	c := *s
	c.Tiers = slices.Clone(s.Tiers)
	c.Phases = copyAll(s.Phases, copyPhase)
	return &c
}

func copyPhase(p *blueprints.Phase) *blueprints.Phase {
	c := *p
	c.Modules = copyAll(p.Modules, copyValue[blueprints.PhaseModule])
	return &c
}

func copyCatalogue(cat *blueprints.Catalogue) *blueprints.Catalogue {
	c := *cat
	c.Entries = copyEntries(cat.Entries)
	return &c
}

func copyEntries(e blueprints.Entries) blueprints.Entries {
	return blueprints.Entries{
		Roles:     copyAll(e.Roles, copyRole),
		Systems:   copyAll(e.Systems, copyValue[blueprints.System]),
		Documents: copyAll(e.Documents, copyValue[blueprints.Document]),
		KPIs:      copyAll(e.KPIs, copyValue[blueprints.KPI]),
	}
}

func copyRole(r *blueprints.Role) *blueprints.Role {
	c := *r
	c.Stages = slices.Clone(r.Stages)
	return &c
}

func copyModule(m *blueprints.Module) *blueprints.Module {
	c := *m
	c.Benefits = slices.Clone(m.Benefits)
	c.Objectives = slices.Clone(m.Objectives)
	c.Entry = slices.Clone(m.Entry)
	c.Exits = copyAll(m.Exits, copyExit)
	c.KPIs = slices.Clone(m.KPIs)
	c.Related = slices.Clone(m.Related)
	c.Roles = slices.Clone(m.Roles)
	c.Own = copyEntries(m.Own)
	c.Subprocesses = copyAll(m.Subprocesses, copySubprocess)
	return &c
}

func copyExit(e *blueprints.Exit) *blueprints.Exit {
	c := *e
	c.Conditions = slices.Clone(e.Conditions)
	return &c
}

func copySubprocess(sp *blueprints.Subprocess) *blueprints.Subprocess {
	c := *sp
	c.Tasks = copyAll(sp.Tasks, copyTask)
	return &c
}

func copyTask(t *blueprints.Task) *blueprints.Task {
	c := *t
	c.Systems = slices.Clone(t.Systems)
	c.Reads = slices.Clone(t.Reads)
	c.Produces = slices.Clone(t.Produces)
	c.Next = slices.Clone(t.Next)
	c.Tiers = slices.Clone(t.Tiers)
	return &c
}

// copyValue copies a struct that holds no pointers or slices.
func copyValue[T any](v *T) *T {
	c := *v
	return &c
}

// copyAll copies a list of pointers with f, keeping nil entries nil so a
// malformed input cannot make Apply panic.
func copyAll[T any](list []*T, f func(*T) *T) []*T {
	if list == nil {
		return nil
	}
	out := make([]*T, len(list))
	for i, v := range list {
		if v != nil {
			out[i] = f(v)
		}
	}
	return out
}
