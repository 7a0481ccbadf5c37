package report

import (
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/branding"
)

// taskRow is everything the reports say about one step of a sub-process,
// resolved to printable text. The Task Report's tables and the task CSV
// are both formatted from it, so they cannot disagree.
type taskRow struct {
	Subprocess  *blueprints.Subprocess
	ID          string
	Label       string
	Kind        blueprints.Kind
	Role        string // the role's personalized name
	Stage       string
	Systems     []string // names
	Reads       []string // document names
	Produces    []string // document names
	Effort      string   // as written: "30m", "2h", "1d"
	EffortText  string   // for reading: "30 min", "2 h", "8 h"
	Hours       float64  // the effort in hours; 0 when none is given
	Value       string
	Description string // plain text, references expanded
	// Branches are a decision's ways out ("Yes → 11b.01.07 Confirm
	// discrepancies with client"); Next are the ids a step leads to;
	// Outcome is the exit alternative an end reaches.
	Branches []string
	Next     []string
	Outcome  string
}

// listed reports whether the reports list a step. Connectors are left out:
// they only say that the map continues on another page, and the step
// before them already names where the flow goes.
func listed(t *blueprints.Task) bool {
	return t != nil && t.Kind != blueprints.KindConnector
}

// module is one module with what every part of a report needs to resolve
// its references.
type module struct {
	set *blueprints.Set
	m   *blueprints.Module
	sc  *blueprints.Scope
	// rows memoizes tasks, which the summary and the sections both ask
	// for; it lives only as long as one report is being built.
	rows map[*blueprints.Subprocess][]taskRow
}

func newModule(set *blueprints.Set, m *blueprints.Module) *module {
	if set == nil {
		set = &blueprints.Set{}
	}
	if m == nil {
		m = &blueprints.Module{}
	}
	m = withoutNils(m)
	return &module{set: set, m: m, sc: blueprints.NewScope(set, m), rows: map[*blueprints.Subprocess][]taskRow{}}
}

// withoutNils returns a shallow copy of m whose sub-processes, tasks and
// exits hold no nil, so that the model's own lookups (Subprocess.Task,
// Module.Exit) are safe on a malformed module too.
func withoutNils(m *blueprints.Module) *blueprints.Module {
	out := *m
	out.Exits = slices.DeleteFunc(slices.Clone(m.Exits), isNil)
	out.Subprocesses = nil
	for _, sp := range m.Subprocesses {
		if sp != nil {
			c := *sp
			c.Tasks = slices.DeleteFunc(slices.Clone(sp.Tasks), isNil)
			out.Subprocesses = append(out.Subprocesses, &c)
		}
	}
	return &out
}

func isNil[T any](p *T) bool { return p == nil }

// prose is p as one line of plain text with references expanded.
func (mm *module) prose(p blueprints.Prose) string {
	return mdText(branding.ExpandRefs(p.Text, mm.sc))
}

// tasks returns the rows of every listed step of sp, in the order the
// content gives them.
func (mm *module) tasks(sp *blueprints.Subprocess) []taskRow {
	if rows, ok := mm.rows[sp]; ok {
		return rows
	}
	var rows []taskRow
	for _, t := range sp.Tasks {
		if listed(t) {
			rows = append(rows, mm.taskRow(sp, t))
		}
	}
	mm.rows[sp] = rows
	return rows
}

// count is how many steps of sp the reports list.
func count(sp *blueprints.Subprocess) int {
	n := 0
	for _, t := range sp.Tasks {
		if listed(t) {
			n++
		}
	}
	return n
}

func (mm *module) taskRow(sp *blueprints.Subprocess, t *blueprints.Task) taskRow {
	r := taskRow{
		Subprocess:  sp,
		ID:          t.ID,
		Label:       t.Label,
		Kind:        t.Kind,
		Role:        mm.roleName(t.Role.ID),
		Stage:       t.Stage.Title(),
		Systems:     names(t.Systems, mm.systemName),
		Reads:       names(t.Reads, mm.docName),
		Produces:    names(t.Produces, mm.docName),
		Effort:      t.Effort.Text,
		EffortText:  effortText(t.Effort),
		Hours:       max(t.Effort.Duration.Hours(), 0),
		Value:       t.Value.Title(),
		Description: mm.prose(t.Description),
	}
	for _, f := range t.Next {
		r.Next = append(r.Next, mm.flowTarget(sp, f.To.ID))
		if t.Kind == blueprints.KindDecision {
			r.Branches = append(r.Branches, mm.branch(sp, f))
		}
	}
	if e := mm.m.Exit(t.Outcome.ID); e != nil {
		r.Outcome = e.Label
	} else {
		r.Outcome = t.Outcome.ID
	}
	return r
}

// branch is a decision's way out as a reader follows it: its label, the
// step it leads to and that step's label.
func (mm *module) branch(sp *blueprints.Subprocess, f blueprints.Flow) string {
	label := f.Label
	if label == "" {
		label = "Then"
	}
	return label + " → " + mm.flowTarget(sp, f.To.ID) + mm.flowLabel(sp, f.To.ID)
}

// flowTarget is the id a flow leads to; through a connector, the
// sub-process or module the connector continues in.
func (mm *module) flowTarget(sp *blueprints.Subprocess, id string) string {
	if t := sp.Task(id); t != nil && t.Kind == blueprints.KindConnector {
		return t.Target.ID
	}
	return id
}

// flowLabel is " " and the label of what a flow leads to, or "".
func (mm *module) flowLabel(sp *blueprints.Subprocess, id string) string {
	t := sp.Task(id)
	switch {
	case t == nil:
		return ""
	case t.Kind != blueprints.KindConnector:
		return " " + t.Label
	case mm.m.Subprocess(t.Target.ID) != nil:
		return " " + mm.m.Subprocess(t.Target.ID).Title
	case mm.set.Module(t.Target.ID) != nil:
		return " " + mm.set.Module(t.Target.ID).Title
	}
	return ""
}

// names maps references to names, keeping the id of one that does not
// resolve so that nothing silently disappears from a report.
func names(refs []blueprints.Ref, name func(string) string) []string {
	var out []string
	for _, r := range refs {
		out = append(out, name(r.ID))
	}
	return out
}

func (mm *module) roleName(id string) string {
	if r := mm.sc.Role(id); r != nil {
		return r.Name
	}
	return id
}

func (mm *module) systemName(id string) string {
	if s := mm.sc.System(id); s != nil {
		return s.Name
	}
	return id
}

func (mm *module) docName(id string) string {
	if d := mm.sc.Document(id); d != nil {
		return d.Name
	}
	return id
}
