package validate

import (
	"fmt"
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkMaturityAndCurricula checks the maturity models and the curricula:
// their ids, their levels, and every module, KPI and practice they name.
func (c *checker) checkMaturityAndCurricula() {
	models, practices := &ids{noun: "maturity model"}, &ids{noun: "practice"}
	for _, m := range c.set.Maturity {
		models.add(m.ID, m.Pos)
		for _, p := range m.Practices() {
			practices.add(p.ID, p.Pos)
		}
		c.checkMaturity(m)
	}
	c.report(models)
	c.report(practices)
	c.checkCurricula()
}

// checkMaturity checks one model: its series, levels, areas, practices,
// metrics and own KPIs.
func (c *checker) checkMaturity(m *blueprints.MaturityModel) {
	subj := subject("maturity model", m.ID)
	c.seriesRef(subj, m.Series)
	sc := c.seriesScope(m.Series.ID, &blueprints.Entries{KPIs: m.KPIs})
	c.checkProse(sc, subj, m.Description)
	c.checkLevels(m)
	c.checkOwnKPIs(m, sc)
	areas := &ids{noun: "area"}
	for _, a := range m.Areas {
		areas.add(a.ID, a.Pos)
		c.checkArea(m, sc, a)
	}
	c.report(areas)
	c.warnUnusedModelKPIs(m)
}

// checkLevels checks that levels are numbered 1, 2, 3 ... in the order
// they are written, since a POM names its level by number.
func (c *checker) checkLevels(m *blueprints.MaturityModel) {
	names := &ids{noun: "level", what: "duplicate name"}
	for i, l := range m.Levels {
		names.add(l.Name, l.Pos)
		if l.Number != 0 && l.Number != i+1 {
			c.diags.Errorf(l.Pos, "%s: number %d should be %d (levels are numbered 1, 2, 3 ... in the order they are written)", subject("level", l.Name), l.Number, i+1)
		}
	}
	c.report(names)
}

// checkOwnKPIs checks the model's own KPIs: each defined once, and a
// warning for one that shadows the catalogue's.
func (c *checker) checkOwnKPIs(m *blueprints.MaturityModel, sc *scope) {
	own := &ids{noun: "kpi"}
	for _, k := range m.KPIs {
		own.add(k.ID, k.Pos)
	}
	c.report(own)
	cat := c.set.Catalogue(m.Series.ID)
	for _, k := range m.KPIs {
		c.checkProse(sc, subject("kpi", k.ID), k.Definition)
		if cat == nil {
			continue
		}
		if i := slices.IndexFunc(cat.KPIs, func(x *blueprints.KPI) bool { return x.ID == k.ID }); i >= 0 {
			c.diags.Warnf(k.Pos, "%s: shadows the catalogue's kpi defined at %s", subject("kpi", k.ID), cat.KPIs[i].Pos)
		}
	}
}

// checkArea checks an area's POMs: one per level, each at a level of the
// model; and warns of a level the area skips, where scoring could only
// pass the area through.
func (c *checker) checkArea(m *blueprints.MaturityModel, sc *scope, a *blueprints.CapabilityArea) {
	subj := subject("area", a.ID)
	seen := map[int]bool{}
	for _, p := range a.POMs {
		switch {
		case p.Level == 0:
		case m.Level(p.Level) == nil:
			c.diags.Errorf(p.LevelPos, "%s: level %d is not defined (the model has levels 1 to %d)", subj, p.Level, len(m.Levels))
		case seen[p.Level]:
			c.diags.Errorf(p.LevelPos, "%s: level %d is described twice (join the two [[area.pom]] tables)", subj, p.Level)
		}
		seen[p.Level] = true
		c.checkPOM(sc, a.ID, p)
	}
	if len(a.POMs) == 0 {
		return // the loader reports an area without practices
	}
	for i, l := range m.Levels {
		if !seen[i+1] {
			c.diags.Warnf(a.Pos, "%s: has no practices at level %d (%s)", subj, i+1, l.Name)
		}
	}
}

// checkPOM checks what a POM's practices and metrics name. A metric has
// no id, so it is named by its area and level.
func (c *checker) checkPOM(sc *scope, area string, p *blueprints.POM) {
	for _, pr := range p.Practices {
		subj := subject("practice", pr.ID)
		c.moduleRefs(subj, pr.Modules)
		c.refs(sc, subj, kpiKind, pr.KPIs)
	}
	for _, mt := range p.Metrics {
		c.ref(sc, fmt.Sprintf("metric of area %q at level %d", area, p.Level), kpiKind, mt.KPI)
	}
}

// moduleRefs checks that each of rs names a module of the set or one a
// series lists as planned, and that none is named twice.
func (c *checker) moduleRefs(subj string, rs []blueprints.Ref) {
	known := slices.Concat(c.modules, c.planned)
	seen := map[string]bool{}
	for _, r := range rs {
		switch {
		case r.ID == "":
		case seen[r.ID]:
			c.diags.Errorf(r.Pos, "%s: module %q is listed twice", subj, r.ID)
		case !slices.Contains(known, r.ID):
			c.diags.Errorf(r.Pos, "%s: module %q is not defined%s", subj, r.ID, hint(r.ID, known, ""))
		}
		seen[r.ID] = true
	}
}

// warnUnusedModelKPIs warns of a KPI the model defines but neither a
// practice nor a metric names: it would appear nowhere.
func (c *checker) warnUnusedModelKPIs(m *blueprints.MaturityModel) {
	used := map[string]bool{}
	for _, a := range m.Areas {
		for _, p := range a.POMs {
			for _, pr := range p.Practices {
				for _, r := range pr.KPIs {
					used[r.ID] = true
				}
			}
			for _, mt := range p.Metrics {
				used[mt.KPI.ID] = true
			}
		}
	}
	for _, k := range m.KPIs {
		if k.ID != "" && !used[k.ID] {
			c.diags.Warnf(k.Pos, "%s: no practice or metric of the model names it", subject("kpi", k.ID))
		}
	}
}
