package validate

import (
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// The baseline is a small valid set laid out as the TOML files would be:
// s.toml (series), c.toml (catalogue), m.toml (module MSP-01). Each test
// row mutates it and asserts the exact diagnostics.

func at(file string, line, col int) blueprints.Pos {
	return blueprints.Pos{File: file, Line: line, Col: col}
}

func refAt(id string, p blueprints.Pos) blueprints.Ref {
	return blueprints.Ref{ID: id, Pos: p}
}

// refList makes refs written as one TOML array starting at p, ten columns
// apart.
func refList(p blueprints.Pos, ids ...string) []blueprints.Ref {
	var out []blueprints.Ref
	for i, id := range ids {
		out = append(out, refAt(id, at(p.File, p.Line, p.Col+10*i)))
	}
	return out
}

// taskLines is how many lines each task of m.toml takes.
const taskLines = 12

// newTask makes a task written at line: id on the first line, then kind,
// role, stage, systems, reads, produces, next, to/outcome, tiers and
// description, one per line.
func newTask(line int, id string, k blueprints.Kind, role string, st blueprints.Stage, next ...string) *blueprints.Task {
	t := &blueprints.Task{
		ID:       id,
		Kind:     k,
		Label:    "Label of " + id,
		Role:     refAt(role, at("m.toml", line+2, 10)),
		Stage:    st,
		StagePos: at("m.toml", line+3, 11),
		Pos:      at("m.toml", line, 8),
	}
	for _, r := range refList(at("m.toml", line+7, 11), next...) {
		t.Next = append(t.Next, blueprints.Flow{To: r})
	}
	return t
}

// lineOf returns the first line of the task with the given ordinal (0-based)
// in sub-process 01.01 (from line 30) or 01.02 (from line 200).
func lineOf(sub, n int) int {
	if sub == 1 {
		return 30 + n*taskLines
	}
	return 200 + n*taskLines
}

func baseline() *blueprints.Set {
	return &blueprints.Set{
		Series:     []*blueprints.Series{baseSeries()},
		Catalogues: []*blueprints.Catalogue{baseCatalogue()},
		Modules:    []*blueprints.Module{baseModule()},
	}
}

func baseSeries() *blueprints.Series {
	return &blueprints.Series{
		ID: "msp", Title: "Managed Services", Pos: at("s.toml", 2, 6),
		Description: blueprints.Prose{Text: "Run by the {role:pm}.", Pos: at("s.toml", 5, 16)},
		Tiers:       []string{"essentials", "premium"},
		Phases: []*blueprints.Phase{{
			ID: "run", Title: "Run", Pos: at("s.toml", 10, 6),
			Modules: []*blueprints.PhaseModule{
				{Module: refAt("MSP-01", at("s.toml", 13, 8))},
				{Module: refAt("MSP-02", at("s.toml", 16, 8)), Title: "Later", Planned: true},
			},
		}},
	}
}

func baseCatalogue() *blueprints.Catalogue {
	return &blueprints.Catalogue{
		Series: refAt("msp", at("c.toml", 2, 10)), Pos: at("c.toml", 2, 10),
		Entries: blueprints.Entries{
			Roles: []*blueprints.Role{
				{ID: "client", Name: "Client", Pos: at("c.toml", 5, 6), Stages: []blueprints.Stage{"customer"}},
				{ID: "pm", Name: "PM", Pos: at("c.toml", 10, 6), Stages: []blueprints.Stage{"onstage", "backstage"}},
				{ID: "noc-engineer", Name: "NOC", Pos: at("c.toml", 15, 6), Stages: []blueprints.Stage{"backstage"},
					Description: blueprints.Prose{Text: "Watches the {system:rmm}.", Pos: at("c.toml", 16, 16)}},
			},
			Systems: []*blueprints.System{
				{ID: "psa", Name: "PSA", Pos: at("c.toml", 20, 6)},
				{ID: "rmm", Name: "RMM", Pos: at("c.toml", 24, 6)},
			},
			Documents: []*blueprints.Document{{ID: "plan", Name: "Plan", Pos: at("c.toml", 28, 6)}},
			KPIs: []*blueprints.KPI{{ID: "rate", Name: "Rate", Pos: at("c.toml", 32, 6),
				Definition: blueprints.Prose{Text: "Plans per {role:pm}.", Pos: at("c.toml", 33, 15)}}},
		},
	}
}

func baseModule() *blueprints.Module {
	return &blueprints.Module{
		ID: "MSP-01", Title: "Module", File: "m.toml", Pos: at("m.toml", 2, 6),
		Series:      refAt("msp", at("m.toml", 3, 10)),
		Description: blueprints.Prose{Text: "Led by the {role:pm}.", Pos: at("m.toml", 5, 16)},
		KPIs:        refList(at("m.toml", 6, 10), "rate"),
		Related:     refList(at("m.toml", 7, 12), "MSP-02"),
		Roles:       refList(at("m.toml", 8, 10), "client", "pm", "noc-engineer"),
		Exits: []*blueprints.Exit{
			{ID: "done", Label: "Done", Pos: at("m.toml", 11, 6)},
			{ID: "backed-out", Label: "Backed out", Pos: at("m.toml", 15, 6)},
		},
		Subprocesses: []*blueprints.Subprocess{baseSub1(), baseSub2()},
	}
}

// baseSub1 is start -> work -> decision (yes: end "done", no: connector to 01.02).
func baseSub1() *blueprints.Subprocess {
	start := newTask(lineOf(1, 0), "01.01.01", blueprints.KindStart, "client", "customer", "01.01.02")
	work := newTask(lineOf(1, 1), "01.01.02", blueprints.KindTask, "pm", "onstage", "01.01.03")
	work.Systems = refList(at("m.toml", lineOf(1, 1)+4, 14), "psa")
	work.Reads = refList(at("m.toml", lineOf(1, 1)+5, 12), "plan")
	work.Produces = refList(at("m.toml", lineOf(1, 1)+6, 15), "plan")
	work.Tiers = refList(at("m.toml", lineOf(1, 1)+9, 12), "premium")
	work.Description = blueprints.Prose{Text: "The {role:pm} checks\nthe {doc:plan}.", Pos: at("m.toml", lineOf(1, 1)+10, 18)}
	decide := newTask(lineOf(1, 2), "01.01.03", blueprints.KindDecision, "pm", "backstage", "01.01.04", "01.01.05")
	decide.Next[0].Label, decide.Next[1].Label = "Yes", "No"
	decide.Next[0].Branch, decide.Next[1].Branch = true, true
	end := newTask(lineOf(1, 3), "01.01.04", blueprints.KindEnd, "pm", "backstage")
	end.Outcome = refAt("done", at("m.toml", lineOf(1, 3)+8, 13))
	out := newTask(lineOf(1, 4), "01.01.05", blueprints.KindConnector, "noc-engineer", "backstage")
	out.Systems = refList(at("m.toml", lineOf(1, 4)+4, 14), "rmm")
	out.Target = refAt("01.02", at("m.toml", lineOf(1, 4)+8, 8))
	return &blueprints.Subprocess{
		ID: "01.01", Title: "First", Pos: at("m.toml", 20, 6),
		Description: blueprints.Prose{Text: "Uses the {system:psa}.", Pos: at("m.toml", 22, 16)},
		Tasks:       []*blueprints.Task{start, work, decide, end, out},
	}
}

// baseSub2 is incoming connector -> work -> end "backed-out".
func baseSub2() *blueprints.Subprocess {
	in := newTask(lineOf(2, 0), "01.02.01", blueprints.KindConnector, "noc-engineer", "backstage", "01.02.02")
	in.Target = refAt("01.01", at("m.toml", lineOf(2, 0)+8, 8))
	work := newTask(lineOf(2, 1), "01.02.02", blueprints.KindTask, "noc-engineer", "backstage", "01.02.03")
	end := newTask(lineOf(2, 2), "01.02.03", blueprints.KindEnd, "pm", "backstage")
	end.Outcome = refAt("backed-out", at("m.toml", lineOf(2, 2)+8, 13))
	return &blueprints.Subprocess{
		ID: "01.02", Title: "Second", Pos: at("m.toml", 190, 6),
		Tasks: []*blueprints.Task{in, work, end},
	}
}

// Accessors for mutating the baseline.

func mod(s *blueprints.Set) *blueprints.Module { return s.Modules[0] }

func sub(s *blueprints.Set, i int) *blueprints.Subprocess { return s.Modules[0].Subprocesses[i] }

func task(s *blueprints.Set, id string) *blueprints.Task {
	for _, sp := range s.Modules[0].Subprocesses {
		if t := sp.Task(id); t != nil {
			return t
		}
	}
	panic("no task " + id)
}

func cat(s *blueprints.Set) *blueprints.Catalogue { return s.Catalogues[0] }

// lines formats diagnostics one per line, as the CLI prints them.
func lines(ds blueprints.Diagnostics) []string {
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

// ruleCase is one table row: a change to the baseline and the exact
// diagnostics it must give.
type ruleCase struct {
	name string
	edit func(s *blueprints.Set)
	want []string
}

func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s := baseline()
			tc.edit(s)
			got := lines(Set(s))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}

func TestBaselineIsValid(t *testing.T) {
	if got := lines(Set(baseline())); len(got) != 0 {
		t.Fatalf("baseline gives diagnostics:\n\t%s", strings.Join(got, "\n\t"))
	}
}

func TestNilInputs(t *testing.T) {
	if got := Set(nil); got != nil {
		t.Errorf("Set(nil) = %v", got)
	}
	if got := Brand(nil, nil); got != nil {
		t.Errorf("Brand(nil, nil) = %v", got)
	}
	if got := Set(&blueprints.Set{}); len(got) != 0 {
		t.Errorf("Set(empty) = %v", got)
	}
}
