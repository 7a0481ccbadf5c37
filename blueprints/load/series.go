package load

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// named reads a table's required id and names the table after it in
// messages: `task "11b.03.04"`.
func (t *table) named(kind string) (string, blueprints.Pos) {
	t.subject = kind
	id, pos := t.required("id")
	if id != "" {
		t.subject = kind + " " + strconv.Quote(id)
	}
	return id, pos
}

func loadSeries(root *table) *blueprints.Series {
	st := root.sub("series")
	s := &blueprints.Series{}
	s.ID, s.Pos = st.named("series")
	s.Title, _ = st.required("title")
	s.Summary, _ = st.str("summary")
	s.Description = st.prose("description")
	s.Tiers = st.texts("tiers")
	st.done()
	for _, pt := range root.tables("phase", "phase") {
		s.Phases = append(s.Phases, loadPhase(pt))
	}
	root.done()
	return s
}

func loadPhase(t *table) *blueprints.Phase {
	p := &blueprints.Phase{}
	p.ID, p.Pos = t.named("phase")
	p.Title, _ = t.required("title")
	p.Summary, _ = t.str("summary")
	if _, ok := t.m["module"]; !ok {
		t.errorf(t.pos(), "has no modules (add [[phase.module]] tables)")
	}
	for _, mt := range t.tables("module", t.subject+" module") {
		pm := &blueprints.PhaseModule{}
		pm.Module.ID, pm.Module.Pos = mt.required("id")
		pm.Title, _ = mt.str("title")
		pm.Planned = mt.boolean("planned")
		mt.done()
		p.Modules = append(p.Modules, pm)
	}
	t.done()
	return p
}

func loadCatalogue(root *table) *blueprints.Catalogue {
	ct := root.sub("catalogue")
	ct.subject = "catalogue"
	c := &blueprints.Catalogue{Pos: ct.pos()}
	c.Series.ID, c.Series.Pos = ct.required("series")
	ct.done()
	loadEntries(root, &c.Entries)
	root.done()
	return c
}

// loadEntries reads [[role]], [[system]], [[document]] and [[kpi]] tables,
// which catalogues and modules both hold.
func loadEntries(root *table, e *blueprints.Entries) {
	for _, t := range root.tables("role", "role") {
		e.Roles = append(e.Roles, loadRole(t))
	}
	for _, t := range root.tables("system", "system") {
		x := &blueprints.System{}
		x.ID, x.Pos = t.named("system")
		x.Name, _ = t.required("name")
		x.Category, _ = t.str("category")
		x.Description = t.prose("description")
		t.done()
		e.Systems = append(e.Systems, x)
	}
	for _, t := range root.tables("document", "document") {
		d := &blueprints.Document{}
		d.ID, d.Pos = t.named("document")
		d.Name, _ = t.required("name")
		d.Description = t.prose("description")
		t.done()
		e.Documents = append(e.Documents, d)
	}
	for _, t := range root.tables("kpi", "kpi") {
		e.KPIs = append(e.KPIs, loadKPI(t))
	}
}

func loadRole(t *table) *blueprints.Role {
	r := &blueprints.Role{}
	r.ID, r.Pos = t.named("role")
	r.Name, _ = t.required("name")
	r.Description = t.prose("description")
	for _, ref := range t.strs("stages") {
		if st, ok := stage(t, "stage", ref.ID, ref.Pos); ok {
			r.Stages = append(r.Stages, st)
		}
	}
	t.done()
	return r
}

func loadKPI(t *table) *blueprints.KPI {
	k := &blueprints.KPI{}
	k.ID, k.Pos = t.named("kpi")
	k.Name, _ = t.required("name")
	k.Definition = t.prose("definition")
	if k.Definition.Text == "" {
		t.required("definition")
	}
	k.Formula, _ = t.required("formula")
	k.Target, _ = t.required("target")
	k.Unit, _ = t.str("unit")
	dir, pos := t.str("direction")
	switch d := blueprints.Direction(dir); d {
	case "", blueprints.HigherIsBetter, blueprints.LowerIsBetter:
		k.Direction = d
	default:
		t.errorf(pos, "direction %q is not one of higher, lower", dir)
	}
	t.done()
	return k
}
