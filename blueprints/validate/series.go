package validate

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkSeries checks each series: its tiers, the modules its phases list,
// and the prose of its description.
func (c *checker) checkSeries() {
	for _, s := range c.set.Series {
		seen := map[string]bool{}
		for _, tier := range s.Tiers {
			if seen[tier] {
				c.diags.Errorf(s.Pos, "%s: tier %q is listed twice", subject("series", s.ID), tier)
			}
			seen[tier] = true
		}
		c.checkPhases(s)
		sc := c.seriesScope(s.ID, nil)
		c.checkProse(sc, subject("series", s.ID), s.Description)
	}
	c.warnUnlisted()
}

// checkPhases checks the module entries of a series' phases.
func (c *checker) checkPhases(s *blueprints.Series) {
	listed := map[string]string{} // module id -> the phase that lists it first
	for _, ph := range s.Phases {
		subj := subject("phase", ph.ID)
		for _, pm := range ph.Modules {
			id := pm.Module.ID
			if id == "" {
				continue
			}
			if first, ok := listed[id]; ok {
				c.diags.Errorf(pm.Module.Pos, "%s: module %q is already listed in phase %q", subj, id, first)
				continue
			}
			listed[id] = ph.ID
			if pm.Planned {
				c.checkPlanned(subj, pm)
			} else {
				c.checkAuthored(subj, s, pm)
			}
		}
	}
}

// checkPlanned checks a phase entry for a module not written yet.
func (c *checker) checkPlanned(subj string, pm *blueprints.PhaseModule) {
	if pm.Title == "" {
		c.diags.Errorf(pm.Module.Pos, "%s: planned module %q has no title (a planned module is drawn with its title)", subj, pm.Module.ID)
	}
	if c.set.Module(pm.Module.ID) != nil {
		c.diags.Warnf(pm.Module.Pos, "%s: module %q is authored but marked planned (remove planned = true)", subj, pm.Module.ID)
	}
}

// checkAuthored checks a phase entry for a written module: it must exist
// and belong to this series.
func (c *checker) checkAuthored(subj string, s *blueprints.Series, pm *blueprints.PhaseModule) {
	id := pm.Module.ID
	m := c.set.Module(id)
	if m == nil {
		h := hint(id, c.modules, "")
		if h == "" {
			h = " (if it is not written yet, set planned = true and give it a title)"
		}
		c.diags.Errorf(pm.Module.Pos, "%s: module %q is not defined%s", subj, id, h)
		return
	}
	// A module whose series is undefined is reported at the module.
	if m.Series.ID != s.ID && c.set.SeriesByID(m.Series.ID) != nil {
		c.diags.Errorf(pm.Module.Pos, "%s: module %q belongs to series %q, not %q", subj, id, m.Series.ID, s.ID)
	}
}

// warnUnlisted warns of a module that no phase of its series lists: it
// would be missing from the life cycle and the site's home page.
func (c *checker) warnUnlisted() {
	for _, m := range c.set.Modules {
		s := c.set.SeriesByID(m.Series.ID)
		if s == nil || listedIn(s, m.ID) {
			continue
		}
		c.diags.Warnf(m.Pos, "%s: is not listed in any phase of series %q", subject("module", m.ID), s.ID)
	}
}

// listedIn reports whether a phase of s lists the module id.
func listedIn(s *blueprints.Series, id string) bool {
	for _, ph := range s.Phases {
		for _, pm := range ph.Modules {
			if pm.Module.ID == id {
				return true
			}
		}
	}
	return false
}

// moduleIDs lists the authored modules' ids in set order.
func (c *checker) moduleIDs() []string {
	var out []string
	for _, m := range c.set.Modules {
		out = appendNew(out, m.ID)
	}
	return out
}

// seriesIDs lists the series' ids in set order.
func (c *checker) seriesIDs() []string {
	var out []string
	for _, s := range c.set.Series {
		out = appendNew(out, s.ID)
	}
	return out
}

// plannedIDs lists the ids of modules that some phase lists as planned.
func (c *checker) plannedIDs() []string {
	var out []string
	for _, s := range c.set.Series {
		for _, ph := range s.Phases {
			for _, pm := range ph.Modules {
				if pm.Planned {
					out = appendNew(out, pm.Module.ID)
				}
			}
		}
	}
	return out
}

// seriesRef checks that r names a series.
func (c *checker) seriesRef(subj string, r blueprints.Ref) {
	if r.ID == "" || c.set.SeriesByID(r.ID) != nil {
		return
	}
	c.diags.Errorf(r.Pos, "%s: series %q is not defined%s", subj, r.ID, hint(r.ID, c.seriesIDs(), "series"))
}

// checkCatalogues checks each catalogue's series and the prose of its
// entries.
func (c *checker) checkCatalogues() {
	for _, cat := range c.set.Catalogues {
		c.seriesRef(subject("catalogue", cat.Series.ID), cat.Series)
		c.checkEntriesProse(newScope(cat, nil), &cat.Entries)
	}
}
