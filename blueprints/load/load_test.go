package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// validModule is a small module every bad-input case starts from: each
// case replaces one line (old -> new) and expects exactly its messages.
const validModule = `[module]
id = "MSP-01"
series = "msp"
title = "Test Module"
kpis = ["k1"]

[[exit]]
id = "done"
label = "Done"
conditions = ["all done"]

[[subprocess]]
id = "01.01"
title = "First"

  [[subprocess.task]]
  id = "01.01.01"
  kind = "start"
  label = "Begin"
  role = "pm"
  stage = "backstage"
  next = ["01.01.02"]

  [[subprocess.task]]
  id = "01.01.02"
  label = "Work"
  role = "pm"
  stage = "backstage"
  systems = ["psa"]
  effort = "2h"
  next = ["01.01.03"]

  [[subprocess.task]]
  id = "01.01.03"
  kind = "end"
  label = "Finish"
  role = "pm"
  stage = "backstage"
  outcome = "done"
`

func loadModuleText(t *testing.T, src string) (*blueprints.Set, blueprints.Diagnostics) {
	t.Helper()
	fsys := fstest.MapFS{"m.toml": {Data: []byte(src)}}
	return Dir(fsys, "c")
}

func TestValidModuleLoads(t *testing.T) {
	set, diags := loadModuleText(t, validModule)
	if len(diags) != 0 {
		t.Fatalf("unexpected diagnostics:\n%v", diags)
	}
	m := set.Modules[0]
	if m.ID != "MSP-01" || len(m.Subprocesses) != 1 || len(m.Subprocesses[0].Tasks) != 3 {
		t.Fatalf("module loaded wrong: %+v", m)
	}
	task := m.Subprocesses[0].Tasks[1]
	checks := []struct{ name, got, want string }{
		{"module pos", m.Pos.String(), "c/m.toml:2:6"},
		{"task pos", task.Pos.String(), "c/m.toml:25:8"},
		{"role pos", task.Role.Pos.String(), "c/m.toml:27:10"},
		{"stage pos", task.StagePos.String(), "c/m.toml:28:11"},
		{"system pos", task.Systems[0].Pos.String(), "c/m.toml:29:14"},
		{"next pos", task.Next[0].To.Pos.String(), "c/m.toml:31:11"},
		{"kind", string(task.Kind), "task"},
		{"effort", task.Effort.Duration.String(), "2h0m0s"},
		{"outcome", m.Subprocesses[0].Tasks[2].Outcome.ID, "done"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s = %q, want %q", c.name, c.got, c.want)
		}
	}
}

func TestBadModule(t *testing.T) {
	tests := []struct {
		name     string
		old, new string // replace the first old in validModule by new
		want     []string
	}{
		{"syntax: unterminated string", `title = "Test Module"`, `title = "Test Module`,
			[]string{`c/m.toml:4:21: syntax error: strings cannot contain newlines`}},
		{"syntax: duplicate key", `title = "Test Module"`, "title = \"A\"\ntitle = \"B\"",
			[]string{`c/m.toml:5:13: syntax error: key 'module.title' has already been defined`}},
		{"syntax: missing value", `title = "Test Module"`, `title =`,
			[]string{`c/m.toml:4:8: syntax error: expected value but found '\n' instead`}},
		{"type: title is a number", `title = "Test Module"`, `title = 42`,
			[]string{`c/m.toml:4:9: module "MSP-01": "title" must be a string, not an integer`}},
		{"type: kpis is a string", `kpis = ["k1"]`, `kpis = "k1"`,
			[]string{`c/m.toml:5:8: module "MSP-01": "kpis" must be a list of strings, not a string`}},
		{"type: kpis holds a number", `kpis = ["k1"]`, `kpis = ["k1", 2]`,
			[]string{`c/m.toml:5:15: module "MSP-01": "kpis" must hold strings only, not an integer`}},
		{"type: systems is a table", `systems = ["psa"]`, `systems = { psa = true }`,
			[]string{`c/m.toml:29:13: task "01.01.02": "systems" must be a list of strings, not a table`}},
		{"type: label is a boolean", `label = "Work"`, `label = true`,
			[]string{`c/m.toml:26:11: task "01.01.02": "label" must be a string, not a boolean`}},
		{"type: role is a string", "[module]", "role = \"pm\"\n[module]",
			[]string{`c/m.toml:1:8: file: "role" must be a list of tables ([[role]]), not a string`}},
		{"unknown key with suggestion", `role = "pm"` + "\n  stage = \"backstage\"\n  systems", `rol = "pm"` + "\n  stage = \"backstage\"\n  systems",
			[]string{
				`c/m.toml:24:3: task "01.01.02": missing key "role"`,
				`c/m.toml:27:3: task "01.01.02": unknown key "rol" (did you mean "role"?)`,
			}},
		{"unknown key without suggestion", `kpis = ["k1"]`, "kpis = [\"k1\"]\nowner = \"me\"",
			[]string{`c/m.toml:6:1: module "MSP-01": unknown key "owner"`}},
		{"unknown top-level table", "[[exit]]", "[extra]\nx = 1\n\n[[exit]]",
			[]string{`c/m.toml:7:1: file: unknown key "extra"`}},
		{"missing module id", `id = "MSP-01"`, ``,
			[]string{`c/m.toml:1:1: module: missing key "id"`}},
		{"empty title", `title = "Test Module"`, `title = ""`,
			[]string{`c/m.toml:4:9: module "MSP-01": "title" must not be empty`}},
		{"missing label", `label = "Work"`, ``,
			[]string{`c/m.toml:24:3: task "01.01.02": missing key "label"`}},
		{"missing stage", `stage = "backstage"` + "\n  systems", `systems`,
			[]string{`c/m.toml:24:3: task "01.01.02": missing key "stage"`}},
		{"bad kind", `kind = "start"`, `kind = "begin"`,
			[]string{`c/m.toml:18:10: task "01.01.01": kind "begin" is not one of task, start, end, decision, connector`}},
		{"bad kind with suggestion", `kind = "start"`, `kind = "strat"`,
			[]string{`c/m.toml:18:10: task "01.01.01": kind "strat" is not one of task, start, end, decision, connector (did you mean "start"?)`}},
		{"bad stage", "stage = \"backstage\"\n  systems", "stage = \"backstge\"\n  systems",
			[]string{`c/m.toml:28:11: task "01.01.02": stage "backstge" is not one of customer, onstage, backstage, support (did you mean "backstage"?)`}},
		{"bad effort", `effort = "2h"`, `effort = "2 hours"`,
			[]string{`c/m.toml:30:12: task "01.01.02": effort "2 hours" is not a duration (write e.g. "30m", "2h", "1h30m" or "1d")`}},
		{"negative effort", `effort = "2h"`, `effort = "-1d"`,
			[]string{`c/m.toml:30:12: task "01.01.02": effort "-1d" is not a duration (write e.g. "30m", "2h", "1h30m" or "1d")`}},
		{"bad value class", `effort = "2h"`, `value = "waste"`,
			[]string{`c/m.toml:30:11: task "01.01.02": value "waste" is not one of value-add, business-non-value-add, non-value-add`}},
		{"to on a plain task", `effort = "2h"`, `to = "01.02"`,
			[]string{`c/m.toml:30:3: task "01.01.02": "to" is only for connectors (use "next" for the flow)`}},
		{"connector without to", `kind = "start"`, `kind = "connector"`,
			[]string{`c/m.toml:16:3: task "01.01.01": missing key "to" (a connector names the sub-process or module it leads to)`}},
		{"outcome on a plain task", `effort = "2h"`, `outcome = "done"`,
			[]string{`c/m.toml:30:3: task "01.01.02": "outcome" is only for end tasks`}},
		{"branch without to", `next = ["01.01.03"]`, `branches = [{ label = "Yes" }, { label = "No", to = "01.01.03" }]`,
			[]string{`c/m.toml:31:15: task "01.01.02" branch: missing key "to"`}},
		{"branch with unknown key", `next = ["01.01.03"]`, `branches = [{ label = "Yes", goto = "01.01.03" }, { label = "No", to = "01.01.03" }]`,
			[]string{
				`c/m.toml:31:15: task "01.01.02" branch: missing key "to"`,
				`c/m.toml:31:32: task "01.01.02" branch: unknown key "goto"`,
			}},
		{"no exits", "[[exit]]\nid = \"done\"\nlabel = \"Done\"\nconditions = [\"all done\"]", "",
			[]string{`c/m.toml:1:1: module "MSP-01": has no exit conditions (add an [[exit]] table)`}},
		{"exit without conditions", `conditions = ["all done"]`, ``,
			[]string{`c/m.toml:7:1: exit "done": missing key "conditions"`}},
		{"lane order holds a number", `kpis = ["k1"]`, `kpis = ["k1"]` + "\nroles = [1]",
			[]string{`c/m.toml:6:10: module "MSP-01": "roles" must hold strings only, not an integer`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validModule, tt.old) {
				t.Fatalf("fixture has no %q", tt.old)
			}
			_, diags := loadModuleText(t, strings.Replace(validModule, tt.old, tt.new, 1))
			got := lines(diags)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func lines(diags blueprints.Diagnostics) []string {
	var out []string
	for _, d := range diags {
		out = append(out, d.String())
	}
	return out
}
