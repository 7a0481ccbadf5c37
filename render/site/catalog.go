package site

import "github.com/blueprint-tools/blueprint/blueprints"

// usage is one task of one module, where a role works or a system is
// used.
type usage struct {
	m  *blueprints.Module
	sp *blueprints.Subprocess
	t  *blueprints.Task
}

// entry is a role, system or KPI with a page of its own, and what uses it.
type entry[T any] struct {
	ID      string
	V       T
	Uses    []usage              // tasks, in module and flow order
	Modules []*blueprints.Module // for KPIs: the modules it measures
}

// index keeps entries of one kind in first-seen order and by id.
type index[T any] struct {
	list []*entry[T]
	byID map[string]*entry[T]
}

func (ix *index[T]) add(id string, v T) {
	if ix.byID == nil {
		ix.byID = map[string]*entry[T]{}
	}
	if _, dup := ix.byID[id]; dup || id == "" {
		return
	}
	e := &entry[T]{ID: id, V: v}
	ix.byID[id] = e
	ix.list = append(ix.list, e)
}

// catalog gathers the roles, systems, KPIs and documents of every series
// and module, so each gets one page across modules: a catalogue's entry
// first, a module's own entry where no catalogue has the id.
type catalog struct {
	roles   index[*blueprints.Role]
	systems index[*blueprints.System]
	kpis    index[*blueprints.KPI]
	docs    index[*blueprints.Document]
}

func newCatalog(set *blueprints.Set) *catalog {
	c := &catalog{}
	for _, cat := range set.Catalogues {
		if cat != nil {
			c.addEntries(&cat.Entries)
		}
	}
	for _, m := range set.Modules {
		if m != nil {
			c.addEntries(&m.Own)
		}
	}
	for _, m := range set.Modules {
		if m != nil {
			c.addUses(m)
		}
	}
	return c
}

func (c *catalog) addEntries(e *blueprints.Entries) {
	for _, r := range e.Roles {
		if r != nil {
			c.roles.add(r.ID, r)
		}
	}
	for _, x := range e.Systems {
		if x != nil {
			c.systems.add(x.ID, x)
		}
	}
	for _, k := range e.KPIs {
		if k != nil {
			c.kpis.add(k.ID, k)
		}
	}
	for _, d := range e.Documents {
		if d != nil {
			c.docs.add(d.ID, d)
		}
	}
}

// addUses records where module m uses each role, system and KPI.
func (c *catalog) addUses(m *blueprints.Module) {
	for _, k := range m.KPIs {
		if e := c.kpis.byID[k.ID]; e != nil {
			e.Modules = append(e.Modules, m)
		}
	}
	for _, sp := range m.Subprocesses {
		for _, t := range tasksOf(sp) {
			u := usage{m: m, sp: sp, t: t}
			if e := c.roles.byID[t.Role.ID]; e != nil {
				e.Uses = append(e.Uses, u)
			}
			for _, ref := range t.Systems {
				if e := c.systems.byID[ref.ID]; e != nil {
					e.Uses = append(e.Uses, u)
				}
			}
		}
	}
}

// tasksOf returns the sub-process's tasks without nil entries.
func tasksOf(sp *blueprints.Subprocess) []*blueprints.Task {
	if sp == nil {
		return nil
	}
	out := make([]*blueprints.Task, 0, len(sp.Tasks))
	for _, t := range sp.Tasks {
		if t != nil {
			out = append(out, t)
		}
	}
	return out
}
