package report

import (
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// use is one listed step that uses a catalogue entry.
type use struct {
	sp *blueprints.Subprocess
	t  *blueprints.Task
}

// usage says which listed steps use each role, system and document, in
// the order of the module.
type usage struct {
	roles, systems, reads, produces map[string][]use
}

func (mm *module) usage() usage {
	u := usage{roles: map[string][]use{}, systems: map[string][]use{}, reads: map[string][]use{}, produces: map[string][]use{}}
	for _, sp := range mm.m.Subprocesses {
		for _, t := range sp.Tasks {
			if !listed(t) {
				continue
			}
			at := use{sp, t}
			u.roles[t.Role.ID] = append(u.roles[t.Role.ID], at)
			addUses(u.systems, t.Systems, at)
			addUses(u.reads, t.Reads, at)
			addUses(u.produces, t.Produces, at)
		}
	}
	return u
}

// addUses records at once per entry, even if a step names an entry twice.
func addUses(m map[string][]use, refs []blueprints.Ref, at use) {
	for _, r := range refs {
		if list := m[r.ID]; len(list) == 0 || list[len(list)-1].t != at.t {
			m[r.ID] = append(list, at)
		}
	}
}

// spCount is a sub-process and how many of its steps a role performs.
type spCount struct {
	ID string
	N  int
}

// entryRow is what the Detail Report says about one role, system, document
// or KPI. The Detail Report's tables and the detail CSV are both formatted
// from it.
type entryRow struct {
	Type        string // "Role", "System", "Document" or "KPI"
	ID          string
	Name        string
	Description string // plain text, references expanded
	Stages      []string
	Category    string
	// KPI fields.
	Formula, Unit, Target, Direction string
	// Where the entry is used: per sub-process for roles, task ids for
	// systems and documents.
	Count        int       // the steps a role performs
	Subprocesses []spCount // where a role performs them
	Tasks        []string  // ids of the steps using a system
	ReadBy       []string  // ids of the steps reading a document
	ProducedBy   []string  // ids of the steps producing a document
}

// entries returns the rows of every role, system and document the module's
// listed steps use and of the module's KPIs, each kind in catalogue order
// followed by the module's own entries.
func (mm *module) entries() (roles, systems, docs, kpis []entryRow) {
	u := mm.usage()
	cat, own := mm.catalogue(), &mm.m.Own
	for _, id := range ordered(cat.Roles, own.Roles, func(r *blueprints.Role) string { return r.ID }) {
		if r := mm.sc.Role(id); r != nil && len(u.roles[id]) > 0 {
			roles = append(roles, mm.roleRow(r, u.roles[id]))
		}
	}
	for _, id := range ordered(cat.Systems, own.Systems, func(s *blueprints.System) string { return s.ID }) {
		if s := mm.sc.System(id); s != nil && len(u.systems[id]) > 0 {
			systems = append(systems, mm.systemRow(s, u.systems[id]))
		}
	}
	for _, id := range ordered(cat.Documents, own.Documents, func(d *blueprints.Document) string { return d.ID }) {
		if d := mm.sc.Document(id); d != nil && len(u.reads[id])+len(u.produces[id]) > 0 {
			docs = append(docs, mm.docRow(d, u.reads[id], u.produces[id]))
		}
	}
	for _, id := range ordered(cat.KPIs, own.KPIs, func(k *blueprints.KPI) string { return k.ID }) {
		if k := mm.sc.KPI(id); k != nil && mm.measures(id) {
			kpis = append(kpis, mm.kpiRow(k))
		}
	}
	return roles, systems, docs, kpis
}

// catalogue is the module's series catalogue, or an empty one.
func (mm *module) catalogue() *blueprints.Entries {
	if c := mm.set.Catalogue(mm.m.Series.ID); c != nil {
		return &c.Entries
	}
	return &blueprints.Entries{}
}

// measures reports whether the module lists the KPI as one of its own.
func (mm *module) measures(id string) bool {
	return slices.ContainsFunc(mm.m.KPIs, func(r blueprints.Ref) bool { return r.ID == id })
}

// ordered returns the ids of the catalogue's entries, then of the module's
// own, each once: an own entry that shadows a catalogue id keeps the
// catalogue's place.
func ordered[T any](cat, own []*T, id func(*T) string) []string {
	var ids []string
	for _, e := range append(slices.Clip(cat), own...) {
		if e != nil && !slices.Contains(ids, id(e)) {
			ids = append(ids, id(e))
		}
	}
	return ids
}

func (mm *module) roleRow(r *blueprints.Role, uses []use) entryRow {
	row := entryRow{Type: "Role", ID: r.ID, Name: r.Name, Description: mm.prose(r.Description), Count: len(uses)}
	for _, st := range blueprints.Stages {
		if slices.ContainsFunc(uses, func(u use) bool { return u.t.Stage == st }) {
			row.Stages = append(row.Stages, st.Title())
		}
	}
	for i := 0; i < len(uses); {
		n := 1
		for i+n < len(uses) && uses[i+n].sp == uses[i].sp {
			n++
		}
		row.Subprocesses = append(row.Subprocesses, spCount{uses[i].sp.ID, n})
		i += n
	}
	return row
}

func (mm *module) systemRow(s *blueprints.System, uses []use) entryRow {
	return entryRow{
		Type: "System", ID: s.ID, Name: s.Name, Category: s.Category,
		Description: mm.prose(s.Description), Tasks: taskIDs(uses),
	}
}

func (mm *module) docRow(d *blueprints.Document, reads, produces []use) entryRow {
	return entryRow{
		Type: "Document", ID: d.ID, Name: d.Name, Description: mm.prose(d.Description),
		ReadBy: taskIDs(reads), ProducedBy: taskIDs(produces),
	}
}

func (mm *module) kpiRow(k *blueprints.KPI) entryRow {
	return entryRow{
		Type: "KPI", ID: k.ID, Name: k.Name, Description: mm.prose(k.Definition),
		Formula: k.Formula, Unit: k.Unit, Target: k.Target, Direction: directionName(k.Direction),
	}
}

func taskIDs(uses []use) []string {
	var ids []string
	for _, u := range uses {
		ids = append(ids, u.t.ID)
	}
	return ids
}

// usedIn is where an entry is used, as one line of text.
func (r entryRow) usedIn() string {
	switch {
	case len(r.Subprocesses) == 1:
		return plural(r.Count, "task", "tasks") + " in " + r.Subprocesses[0].ID
	case len(r.Subprocesses) > 1:
		var parts []string
		for _, sc := range r.Subprocesses {
			parts = append(parts, sc.ID+" ("+itoa(sc.N)+")")
		}
		return plural(r.Count, "task", "tasks") + ": " + strings.Join(parts, ", ")
	case len(r.Tasks) > 0:
		return strings.Join(r.Tasks, ", ")
	}
	var parts []string
	if len(r.ReadBy) > 0 {
		parts = append(parts, "read by "+strings.Join(r.ReadBy, ", "))
	}
	if len(r.ProducedBy) > 0 {
		parts = append(parts, "produced by "+strings.Join(r.ProducedBy, ", "))
	}
	s := strings.Join(parts, "; ")
	if s != "" {
		s = strings.ToUpper(s[:1]) + s[1:]
	}
	return s
}
