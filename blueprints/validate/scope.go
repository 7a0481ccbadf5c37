package validate

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// kind is a kind of catalogue entry.
type kind int

// The kinds of catalogue entry, in the order messages list them.
const (
	roleKind kind = iota
	systemKind
	documentKind
	kpiKind
	numKinds
)

// String is the noun messages use for the kind.
func (k kind) String() string {
	switch k {
	case roleKind:
		return "role"
	case systemKind:
		return "system"
	case documentKind:
		return "document"
	}
	return "kpi"
}

// token is the kind's name in prose references such as {doc:backout-plan}.
func (k kind) token() string {
	switch k {
	case roleKind:
		return blueprints.RefRole
	case systemKind:
		return blueprints.RefSystem
	case documentKind:
		return blueprints.RefDoc
	}
	return blueprints.RefKPI
}

// entry is a catalogue entry seen as an id at a position.
type entry struct {
	id  string
	pos blueprints.Pos
}

// entries lists the entries of one kind, in the order they are written.
func entries(e *blueprints.Entries, k kind) []entry {
	var out []entry
	switch k {
	case roleKind:
		for _, r := range e.Roles {
			out = append(out, entry{r.ID, r.Pos})
		}
	case systemKind:
		for _, s := range e.Systems {
			out = append(out, entry{s.ID, s.Pos})
		}
	case documentKind:
		for _, d := range e.Documents {
			out = append(out, entry{d.ID, d.Pos})
		}
	default:
		for _, x := range e.KPIs {
			out = append(out, entry{x.ID, x.Pos})
		}
	}
	return out
}

// scope is what names resolve against in one module (or one catalogue):
// the catalogue's entries and the module's own, which win.
type scope struct {
	cat *blueprints.Catalogue // nil when the series has no catalogue
	// ids are the "did you mean" candidates: catalogue order, then the
	// module's own, so hints are stable.
	ids [numKinds][]string
	own [numKinds]map[string]bool
	in  [numKinds]map[string]bool
	// roles resolves a role id to its entry, for the stage check.
	roles map[string]*blueprints.Role
	// track says whether resolving marks catalogue entries as used: only
	// a module's references count as use, not the catalogue's own prose.
	track bool
	// open means the catalogue cannot be known (the module's series is
	// undefined, or its catalogue names an undefined series): every id
	// then resolves, so one typo in a series id is one error, not one per
	// reference.
	open bool
}

// newScope builds the scope of a catalogue (may be nil) and a module's own
// entries (may be nil).
func newScope(cat *blueprints.Catalogue, own *blueprints.Entries) *scope {
	sc := &scope{cat: cat, roles: map[string]*blueprints.Role{}}
	for k := range numKinds {
		sc.own[k], sc.in[k] = map[string]bool{}, map[string]bool{}
	}
	if cat != nil {
		sc.add(&cat.Entries, false)
	}
	if own != nil {
		sc.add(own, true)
	}
	return sc
}

func (sc *scope) add(e *blueprints.Entries, own bool) {
	for k := range numKinds {
		for _, x := range entries(e, k) {
			sc.ids[k] = appendNew(sc.ids[k], x.id)
			sc.in[k][x.id] = true
			if own {
				sc.own[k][x.id] = true
			}
		}
	}
	// Later adds win, as in blueprints.Scope: a module's own role shadows
	// the catalogue's.
	for _, r := range e.Roles {
		sc.roles[r.ID] = r
	}
}

// moduleScope is the scope of module m: its series' catalogue and its own
// entries. References in it count as uses.
func (c *checker) moduleScope(m *blueprints.Module) *scope {
	sc := c.seriesScope(m.Series.ID, &m.Own)
	sc.track = true
	return sc
}

// seriesScope is the scope of a series' catalogue plus own entries (may be
// nil). When the catalogue cannot be known, the scope is open.
func (c *checker) seriesScope(series string, own *blueprints.Entries) *scope {
	cat := c.set.Catalogue(series)
	sc := newScope(cat, own)
	if cat == nil && (c.set.SeriesByID(series) == nil || c.strayCatalogue()) {
		sc.open = true
		// What the content would have used is unknown, so unused-entry
		// warnings would be guesses.
		c.unsure = true
	}
	return sc
}

// strayCatalogue reports whether some catalogue names an undefined series.
func (c *checker) strayCatalogue() bool {
	for _, cat := range c.set.Catalogues {
		if c.set.SeriesByID(cat.Series.ID) == nil {
			return true
		}
	}
	return false
}

// resolve reports whether id names an entry of kind k in sc, and records a
// catalogue entry as used.
func (c *checker) resolve(sc *scope, k kind, id string) bool {
	if !sc.in[k][id] {
		return sc.open
	}
	if sc.track && !sc.own[k][id] && sc.cat != nil {
		c.used[usage{sc.cat, k, id}] = true
	}
	return true
}

// ref checks that r names an entry of kind k, reporting it under subj.
func (c *checker) ref(sc *scope, subj string, k kind, r blueprints.Ref) {
	if r.ID == "" || c.resolve(sc, k, r.ID) {
		return
	}
	c.diags.Errorf(r.Pos, "%s: %s %q is not defined%s", subj, k, r.ID, hint(r.ID, sc.ids[k], ""))
}

// refs checks each of rs.
func (c *checker) refs(sc *scope, subj string, k kind, rs []blueprints.Ref) {
	for _, r := range rs {
		c.ref(sc, subj, k, r)
	}
}
