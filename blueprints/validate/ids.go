package validate

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// ids collects the ids of one namespace and reports the second and later
// uses of each, pointing back at the first.
type ids struct {
	noun string
	// what says what is wrong with a repeat; empty means "duplicate id".
	what string
	list []entry
}

func (n *ids) add(id string, pos blueprints.Pos) {
	// An empty id is a missing key, which the loader reports.
	if id != "" {
		n.list = append(n.list, entry{id, pos})
	}
}

// report checks the namespace. It goes in source order, not in the order
// the values were added, so "first defined" is the first in the files.
func (c *checker) report(n *ids) {
	slices.SortStableFunc(n.list, func(a, b entry) int {
		switch {
		case a.pos.Before(b.pos):
			return -1
		case b.pos.Before(a.pos):
			return 1
		}
		return 0
	})
	what := n.what
	if what == "" {
		what = "duplicate id"
	}
	first := map[string]blueprints.Pos{}
	for _, e := range n.list {
		if p, ok := first[e.id]; ok {
			c.diags.Errorf(e.pos, "%s: %s, first defined at %s", subject(n.noun, e.id), what, p)
			continue
		}
		first[e.id] = e.pos
	}
}

// checkIDs reports duplicate ids: series; phases within a series; modules,
// sub-processes, tasks and guides across the set; exits within a module;
// catalogue entries within their catalogue or module.
func (c *checker) checkIDs() {
	series := &ids{noun: "series"}
	for _, s := range c.set.Series {
		series.add(s.ID, s.Pos)
		phases := &ids{noun: "phase"}
		for _, ph := range s.Phases {
			phases.add(ph.ID, ph.Pos)
		}
		c.report(phases)
	}
	c.report(series)
	modules, subs, tasks := &ids{noun: "module"}, &ids{noun: "sub-process"}, &ids{noun: "task"}
	for _, m := range c.set.Modules {
		modules.add(m.ID, m.Pos)
		exits := &ids{noun: "exit"}
		for _, e := range m.Exits {
			exits.add(e.ID, e.Pos)
		}
		c.report(exits)
		for _, sp := range m.Subprocesses {
			subs.add(sp.ID, sp.Pos)
			for _, t := range sp.Tasks {
				tasks.add(t.ID, t.Pos)
			}
		}
		c.checkOwnIDs(m)
	}
	c.report(modules)
	c.report(subs)
	c.report(tasks)
	c.checkCatalogueIDs()
	// Guides are named by their file names; two guides folders can still
	// hold the same name, and the site has one page per name.
	guides := &ids{noun: "guide"}
	for _, g := range c.set.Guides {
		guides.add(g.ID, g.Body.Pos)
	}
	c.report(guides)
}

// checkCatalogueIDs reports entries defined twice in one catalogue, and a
// series with two catalogues.
func (c *checker) checkCatalogueIDs() {
	cats := &ids{noun: "catalogue", what: "duplicate catalogue of the series"}
	for _, cat := range c.set.Catalogues {
		cats.add(cat.Series.ID, cat.Pos)
		c.checkEntryIDs(&cat.Entries)
	}
	c.report(cats)
}

// checkEntryIDs reports entries of one kind defined twice in e.
func (c *checker) checkEntryIDs(e *blueprints.Entries) {
	for k := range numKinds {
		n := &ids{noun: k.String()}
		for _, x := range entries(e, k) {
			n.add(x.id, x.pos)
		}
		c.report(n)
	}
}

// checkOwnIDs reports a module's own entries defined twice, and warns of
// one that shadows a catalogue entry: the module then silently means its
// own entry wherever it names the id.
func (c *checker) checkOwnIDs(m *blueprints.Module) {
	c.checkEntryIDs(&m.Own)
	cat := c.set.Catalogue(m.Series.ID)
	if cat == nil {
		return
	}
	for k := range numKinds {
		first := map[string]blueprints.Pos{}
		for _, x := range entries(&cat.Entries, k) {
			if _, ok := first[x.id]; !ok {
				first[x.id] = x.pos
			}
		}
		for _, x := range entries(&m.Own, k) {
			if p, ok := first[x.id]; ok {
				c.diags.Warnf(x.pos, "%s: shadows the catalogue's %s defined at %s", subject(k.String(), x.id), k, p)
			}
		}
	}
}
