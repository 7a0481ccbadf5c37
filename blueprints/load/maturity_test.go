package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// validMaturity is a small model every bad-input case starts from: each
// case replaces one piece (old -> new) and expects exactly its messages.
const validMaturity = `[maturity]
id = "cfso"
series = "msp"
title = "Customer-Facing Service Operation"

[[level]]
number = 1
name = "Initial"

[[level]]
number = 2
name = "Basic"

[[area]]
id = "restore"
title = "Service restoration"

  [[area.pom]]
  level = 1
  outcomes = ["Restoration has started."]

    [[area.pom.practice]]
    id = "restore-1"
    text = "Restore on a best-effort basis."
    modules = ["MSP-02b"]
    kpis = ["mttr"]

    [[area.pom.metric]]
    text = "Mean time to restore service."
    kpi = "mttr"

[[kpi]]
id = "mttr"
name = "Mean Time to Restore Service"
definition = "From outage to restoration."
formula = "sum / count"
target = "< 4h"
`

// loadText loads c/f.toml beside a minimal series (a folder needs one)
// and returns the set and diagnostics.
func loadText(t *testing.T, src string) (*blueprints.Set, blueprints.Diagnostics) {
	t.Helper()
	fsys := fstest.MapFS{
		"f.toml": {Data: []byte(src)},
		"s.toml": {Data: []byte("[series]\nid = \"msp\"\ntitle = \"MSP\"\n")},
	}
	return Dir(fsys, "c")
}

func TestLoadMaturity(t *testing.T) {
	set, diags := loadText(t, validMaturity)
	if len(diags) > 0 || len(set.Maturity) != 1 {
		t.Fatalf("diags %v, %d models", diags, len(set.Maturity))
	}
	m := set.Maturity[0]
	p := m.Areas[0].POMs[0].Practices[0]
	checks := []struct{ what, got, want string }{
		{"model", m.ID + " " + m.Series.ID + " " + m.Pos.String(), "cfso msp c/f.toml:2:6"},
		{"levels", m.Levels[0].Name + " " + m.Levels[1].Name + " " + m.Levels[1].Pos.String(), "Initial Basic c/f.toml:10:1"},
		{"practice", p.ID + " " + p.Area + " " + p.Pos.String(), "restore-1 restore c/f.toml:23:10"},
		{"practice level", string(rune('0' + p.Level)), "1"},
		{"practice refs", p.Modules[0].ID + " " + p.Modules[0].Pos.String() + " " + p.KPIs[0].Pos.String(), "MSP-02b c/f.toml:25:16 c/f.toml:26:13"},
		{"pom level", m.Areas[0].POMs[0].LevelPos.String(), "c/f.toml:19:11"},
		{"metric", m.Areas[0].POMs[0].Metrics[0].KPI.ID + " " + m.Areas[0].POMs[0].Metrics[0].KPI.Pos.String(), "mttr c/f.toml:30:11"},
		{"own kpi", m.KPIs[0].ID + " " + m.KPIs[0].Pos.String(), "mttr c/f.toml:33:6"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestLoadMaturityErrors(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"missing series", `series = "msp"` + "\n", "",
			[]string{`c/f.toml:1:1: maturity model "cfso": missing key "series"`}},
		{"level number is text", "number = 2", `number = "2"`,
			[]string{`c/f.toml:11:10: level "Basic": "number" must be a whole number from 1 to 1000, not a string`}},
		{"level without a number", "number = 2\n", "",
			[]string{`c/f.toml:10:1: level "Basic": missing key "number"`}},
		{"pom level zero", "level = 1", "level = 0",
			[]string{`c/f.toml:19:11: area "restore" pom: "level" must be a whole number from 1 to 1000, not 0`}},
		{"pom without level", "  level = 1\n", "",
			[]string{`c/f.toml:18:3: area "restore" pom: missing key "level"`}},
		{"practice without text", `    text = "Restore on a best-effort basis."` + "\n", "",
			[]string{`c/f.toml:22:5: practice "restore-1": missing key "text"`}},
		{"practice modules is a string", `modules = ["MSP-02b"]`, `modules = "MSP-02b"`,
			[]string{`c/f.toml:25:15: practice "restore-1": "modules" must be a list of strings, not a string`}},
		{"unknown practice key", `kpis = ["mttr"]`, `kpis = ["mttr"]` + "\n    owner = \"me\"",
			[]string{`c/f.toml:27:5: practice "restore-1": unknown key "owner"`}},
		{"metric kpi is a list", `kpi = "mttr"`, `kpi = ["mttr"]`,
			[]string{`c/f.toml:30:11: area "restore" pom at level 1 metric: "kpi" must be a string, not a list`}},
		{"pom without outcomes", `  outcomes = ["Restoration has started."]` + "\n", "",
			[]string{`c/f.toml:18:3: area "restore" pom at level 1: has no outcomes (add outcomes = ["..."])`}},
		{"pom without metrics", "    [[area.pom.metric]]\n    text = \"Mean time to restore service.\"\n    kpi = \"mttr\"\n", "",
			[]string{`c/f.toml:18:3: area "restore" pom at level 1: has no metrics (add [[area.pom.metric]] tables)`}},
		{"area without poms", validMaturity[strings.Index(validMaturity, "  [[area.pom]]"):strings.Index(validMaturity, "[[kpi]]")], "",
			[]string{`c/f.toml:14:1: area "restore": has no practices (add [[area.pom]] tables, one per level)`}},
		{"unknown area key", `title = "Service restoration"`, `title = "Service restoration"` + "\nowner = \"me\"",
			[]string{`c/f.toml:17:1: area "restore": unknown key "owner"`}},
		{"no levels", "[[level]]\nnumber = 1\nname = \"Initial\"\n\n[[level]]\nnumber = 2\nname = \"Basic\"\n", "",
			[]string{`c/f.toml:1:1: maturity model "cfso": has no levels (add [[level]] tables)`}},
		{"own kpi without target", `target = "< 4h"` + "\n", "",
			[]string{`c/f.toml:32:1: kpi "mttr": missing key "target"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validMaturity, tt.old) {
				t.Fatalf("fixture has no %q", tt.old)
			}
			_, diags := loadText(t, strings.Replace(validMaturity, tt.old, tt.new, 1))
			got := lines(diags)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
