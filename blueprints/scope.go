package blueprints

// Scope resolves catalogue ids for one module: the module's own entries
// first, then its series' catalogue. Build one with NewScope after
// validation; it does not change when the set changes.
type Scope struct {
	roles     map[string]*Role
	systems   map[string]*System
	documents map[string]*Document
	kpis      map[string]*KPI
	// RoleOrder is every role in lane order: the module's Roles list first,
	// then the rest in catalogue order, then the module's own.
	RoleOrder []*Role
}

// NewScope builds the scope of module m within set s. An unknown series
// gives a scope holding only the module's own entries.
func NewScope(s *Set, m *Module) *Scope {
	sc := &Scope{
		roles:     map[string]*Role{},
		systems:   map[string]*System{},
		documents: map[string]*Document{},
		kpis:      map[string]*KPI{},
	}
	var all []*Role
	if c := s.Catalogue(m.Series.ID); c != nil {
		sc.add(&c.Entries)
		all = append(all, c.Roles...)
	}
	sc.add(&m.Own)
	all = append(all, m.Own.Roles...)
	seen := map[string]bool{}
	for _, r := range m.Roles {
		if role := sc.roles[r.ID]; role != nil && !seen[r.ID] {
			seen[r.ID] = true
			sc.RoleOrder = append(sc.RoleOrder, role)
		}
	}
	for _, role := range all {
		if !seen[role.ID] {
			seen[role.ID] = true
			sc.RoleOrder = append(sc.RoleOrder, sc.roles[role.ID])
		}
	}
	return sc
}

// add puts entries into the scope; later calls win, so a module's own entry
// shadows a catalogue entry of the same id.
func (sc *Scope) add(e *Entries) {
	for _, r := range e.Roles {
		sc.roles[r.ID] = r
	}
	for _, x := range e.Systems {
		sc.systems[x.ID] = x
	}
	for _, d := range e.Documents {
		sc.documents[d.ID] = d
	}
	for _, k := range e.KPIs {
		sc.kpis[k.ID] = k
	}
}

// Role returns the role with the given id, or nil.
func (sc *Scope) Role(id string) *Role { return sc.roles[id] }

// System returns the system with the given id, or nil.
func (sc *Scope) System(id string) *System { return sc.systems[id] }

// Document returns the document with the given id, or nil.
func (sc *Scope) Document(id string) *Document { return sc.documents[id] }

// KPI returns the KPI with the given id, or nil.
func (sc *Scope) KPI(id string) *KPI { return sc.kpis[id] }
