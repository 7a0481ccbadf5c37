package validate

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// checkCurricula checks each curriculum: ids, and the modules, KPIs and
// practices its topics name.
func (c *checker) checkCurricula() {
	curricula := &ids{noun: "curriculum"}
	practices := c.practiceIDs()
	for _, cu := range c.set.Curricula {
		curricula.add(cu.ID, cu.Pos)
		subj := subject("curriculum", cu.ID)
		c.seriesRef(subj, cu.Series)
		sc := c.seriesScope(cu.Series.ID, c.modelKPIs())
		c.checkProse(sc, subj, cu.Description)
		units, topics := &ids{noun: "unit"}, &ids{noun: "topic"}
		for _, u := range cu.Units {
			units.add(u.ID, u.Pos)
			for _, t := range u.Topics {
				topics.add(t.ID, t.Pos)
				c.checkTopic(sc, practices, t)
			}
		}
		c.report(units)
		c.report(topics)
	}
	c.report(curricula)
}

// checkTopic checks what a topic names.
func (c *checker) checkTopic(sc *scope, practices []string, t *blueprints.Topic) {
	subj := subject("topic", t.ID)
	c.moduleRefs(subj, t.Modules)
	c.refs(sc, subj, kpiKind, t.KPIs)
	for _, r := range t.Practices {
		if r.ID != "" && !isPractice(c.set, r.ID) {
			c.diags.Errorf(r.Pos, "%s: practice %q is not defined%s", subj, r.ID, hint(r.ID, practices, ""))
		}
	}
}

// modelKPIs gathers the KPIs the maturity models define, which topics may
// name beside their catalogue's. Every model's count, whatever its series,
// so that a model's misspelt series is one error, not one per topic.
func (c *checker) modelKPIs() *blueprints.Entries {
	e := &blueprints.Entries{}
	for _, m := range c.set.Maturity {
		e.KPIs = append(e.KPIs, m.KPIs...)
	}
	return e
}

// practiceIDs lists every practice id of the set, in model order: the
// "did you mean" candidates.
func (c *checker) practiceIDs() []string {
	var out []string
	for _, m := range c.set.Maturity {
		for _, p := range m.Practices() {
			out = appendNew(out, p.ID)
		}
	}
	return out
}

func isPractice(set *blueprints.Set, id string) bool {
	p, _ := set.Practice(id)
	return p != nil
}

// Assessment checks a provider's self-assessment against the set: every
// practice it records as in place exists in one of the set's maturity
// models, and none is listed twice. It returns every problem, sorted.
func Assessment(set *blueprints.Set, a *blueprints.Assessment) blueprints.Diagnostics {
	if a == nil {
		return nil
	}
	if set == nil {
		set = &blueprints.Set{}
	}
	c := newChecker(set)
	subj := subject("assessment", a.Brand)
	if len(set.Maturity) == 0 {
		c.diags.Errorf(a.Pos, "%s: the content has no maturity model to assess against", subj)
	}
	practices := c.practiceIDs()
	seen := map[string]bool{}
	for _, r := range a.InPlace {
		switch {
		case r.ID == "" || len(set.Maturity) == 0:
		case seen[r.ID]:
			c.diags.Errorf(r.Pos, "%s: practice %q is listed twice", subj, r.ID)
		case !isPractice(set, r.ID):
			c.diags.Errorf(r.Pos, "%s: practice %q is not defined%s", subj, r.ID, hint(r.ID, practices, ""))
		}
		seen[r.ID] = true
	}
	c.diags.Sort()
	return c.diags
}
