package validate

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// kindOf maps a prose token kind to the entry kind it names.
func kindOf(token string) (kind, bool) {
	for k := range numKinds {
		if k.token() == token {
			return k, true
		}
	}
	return 0, false
}

// checkProse checks that each {kind:id} in p names an entry of sc, and
// reports a problem at the token itself. Tokens are found by the model's
// scanner, so the validator checks exactly what personalizing replaces.
func (c *checker) checkProse(sc *scope, subj string, p blueprints.Prose) {
	for _, r := range blueprints.Refs(p.Text) {
		pos := advance(p.Pos, p.Text, r.Offset)
		k, ok := kindOf(r.Kind)
		switch {
		case !ok:
			c.diags.Errorf(pos, "%s: unknown reference kind %q in %s%s", subj, r.Kind, r, hint(r.Kind, blueprints.RefKinds(), "kinds"))
		case !c.resolve(sc, k, r.ID):
			c.diags.Errorf(pos, "%s: %s %q in %s is not defined%s", subj, k, r.ID, r, hint(r.ID, sc.ids[k], ""))
		}
	}
}

// checkEntriesProse checks the descriptions and definitions of entries.
func (c *checker) checkEntriesProse(sc *scope, e *blueprints.Entries) {
	for _, r := range e.Roles {
		c.checkProse(sc, subject("role", r.ID), r.Description)
	}
	for _, s := range e.Systems {
		c.checkProse(sc, subject("system", s.ID), s.Description)
	}
	for _, d := range e.Documents {
		c.checkProse(sc, subject("document", d.ID), d.Description)
	}
	for _, k := range e.KPIs {
		c.checkProse(sc, subject("kpi", k.ID), k.Definition)
	}
}

// checkGuides checks the prose of the guides. A guide belongs to no series,
// so its tokens resolve against every catalogue.
func (c *checker) checkGuides() {
	if len(c.set.Guides) == 0 {
		return
	}
	var all blueprints.Entries
	for _, cat := range c.set.Catalogues {
		all.Roles = append(all.Roles, cat.Roles...)
		all.Systems = append(all.Systems, cat.Systems...)
		all.Documents = append(all.Documents, cat.Documents...)
		all.KPIs = append(all.KPIs, cat.KPIs...)
	}
	sc := newScope(nil, &all)
	for _, g := range c.set.Guides {
		c.checkProse(sc, subject("guide", g.ID), g.Body)
	}
}
