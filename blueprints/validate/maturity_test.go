package validate

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
)

// linkedContent is a small content folder with a maturity model and a
// curriculum that name a module, a planned module, KPIs and practices.
// Each case edits one file (old -> new) and expects exactly its messages.
func linkedContent() map[string]string {
	return map[string]string{
		"s.toml": `[series]
id = "msp"
title = "MSP"

[[phase]]
id = "ops"
title = "Operations"

  [[phase.module]]
  id = "MSP-01"

  [[phase.module]]
  id = "MSP-02"
  title = "Incident Management"
  planned = true
`,
		"c.toml": `[catalogue]
series = "msp"

[[role]]
id = "pm"
name = "Project Manager"

[[kpi]]
id = "rate"
name = "Rate"
definition = "A rate."
formula = "a / b"
target = "> 1"
`,
		"m.toml": `[module]
id = "MSP-01"
series = "msp"
title = "Deactivation"
kpis = ["rate"]

[[exit]]
id = "done"
label = "Done"
conditions = ["done"]

[[subprocess]]
id = "01.01"
title = "Only"

  [[subprocess.task]]
  id = "01.01.01"
  kind = "start"
  label = "Begin"
  role = "pm"
  stage = "backstage"
  next = ["01.01.02"]

  [[subprocess.task]]
  id = "01.01.02"
  kind = "end"
  label = "End"
  role = "pm"
  stage = "backstage"
`,
		"mm.toml": `[maturity]
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
    modules = ["MSP-01", "MSP-02"]
    kpis = ["rate"]

    [[area.pom.metric]]
    text = "Mean time to restore service."
    kpi = "mttr"

  [[area.pom]]
  level = 2
  outcomes = ["Restoration is predictable."]

    [[area.pom.practice]]
    id = "restore-2"
    text = "Restore by a defined process."

    [[area.pom.metric]]
    text = "Share of restorations by the process."

[[kpi]]
id = "mttr"
name = "Mean Time to Restore Service"
definition = "From outage to restoration, as the {kpi:rate} is."
formula = "sum / count"
target = "< 4h"
`,
		"cu.toml": `[curriculum]
id = "mits"
series = "msp"
title = "Managing External IT Services"

[[unit]]
id = "scope"
title = "Scope"

  [[unit.topic]]
  id = "1.1"
  text = "Decide the scope."
  modules = ["MSP-01", "MSP-02"]
  kpis = ["rate", "mttr"]
  practices = ["restore-1"]
`,
	}
}

// checkLinked loads the content with one edit and validates it.
func checkLinked(t *testing.T, file, old, new string) []string {
	t.Helper()
	files := linkedContent()
	if !strings.Contains(files[file], old) {
		t.Fatalf("%s has no %q", file, old)
	}
	files[file] = strings.Replace(files[file], old, new, 1)
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	set, diags := load.Dir(fsys, "b")
	if diags.Errors() > 0 {
		t.Fatalf("does not load:\n%v", diags)
	}
	return lines(Set(set))
}

func TestMaturityAndCurriculumReferences(t *testing.T) {
	tests := []struct {
		name, file, old, new string
		want                 []string
	}{
		{"clean", "mm.toml", "", "", nil},
		{"practice module with a did-you-mean", "mm.toml", `"MSP-01", "MSP-02"]`, `"MSP-1", "MSP-02"]`,
			[]string{`b/mm.toml:25:16: practice "restore-1": module "MSP-1" is not defined (did you mean "MSP-01"?)`}},
		{"practice module named twice", "mm.toml", `"MSP-01", "MSP-02"]`, `"MSP-01", "MSP-01"]`,
			[]string{`b/mm.toml:25:26: practice "restore-1": module "MSP-01" is listed twice`}},
		{"practice kpi", "mm.toml", `kpis = ["rate"]`, `kpis = ["rat"]`,
			[]string{`b/mm.toml:26:13: practice "restore-1": kpi "rat" is not defined (did you mean "rate"?)`}},
		{"metric kpi among the model's own", "mm.toml", `kpi = "mttr"`, `kpi = "mtr"`,
			[]string{
				`b/mm.toml:30:11: metric of area "restore" at level 1: kpi "mtr" is not defined (did you mean "mttr"?)`,
				`b/mm.toml:44:6: warning: kpi "mttr": no practice or metric of the model names it`,
			}},
		{"own kpi prose", "mm.toml", "{kpi:rate}", "{kpi:rates}",
			[]string{`b/mm.toml:46:50: kpi "mttr": kpi "rates" in {kpi:rates} is not defined (did you mean "rate"?)`}},
		{"own kpi shadows the catalogue's", "mm.toml", `id = "mttr"`, `id = "rate"`,
			[]string{
				`b/cu.toml:14:19: topic "1.1": kpi "mttr" is not defined`,
				`b/mm.toml:30:11: metric of area "restore" at level 1: kpi "mttr" is not defined`,
				`b/mm.toml:44:6: warning: kpi "rate": shadows the catalogue's kpi defined at b/c.toml:9:6`,
			}},
		{"model series", "mm.toml", `series = "msp"`, `series = "mps"`,
			[]string{`b/mm.toml:3:10: maturity model "cfso": series "mps" is not defined (did you mean "msp"?)`}},
		{"level numbered out of order", "mm.toml", "number = 2", "number = 3",
			[]string{`b/mm.toml:10:1: level "Basic": number 3 should be 2 (levels are numbered 1, 2, 3 ... in the order they are written)`}},
		{"pom at an undefined level", "mm.toml", "level = 2", "level = 3",
			[]string{
				`b/mm.toml:15:6: warning: area "restore": has no practices at level 2 (Basic)`,
				`b/mm.toml:33:11: area "restore": level 3 is not defined (the model has levels 1 to 2)`,
			}},
		{"pom level described twice", "mm.toml", "level = 2", "level = 1",
			[]string{
				`b/mm.toml:15:6: warning: area "restore": has no practices at level 2 (Basic)`,
				`b/mm.toml:33:11: area "restore": level 1 is described twice (join the two [[area.pom]] tables)`,
			}},
		{"practice id used twice", "mm.toml", `id = "restore-2"`, `id = "restore-1"`,
			[]string{`b/mm.toml:37:10: practice "restore-1": duplicate id, first defined at b/mm.toml:23:10`}},
		{"topic practice with a did-you-mean", "cu.toml", `practices = ["restore-1"]`, `practices = ["restore-3"]`,
			[]string{`b/cu.toml:15:16: topic "1.1": practice "restore-3" is not defined (did you mean "restore-1"?)`}},
		{"topic module", "cu.toml", `modules = ["MSP-01", "MSP-02"]`, `modules = ["MSP-01", "MSP-03"]`,
			[]string{`b/cu.toml:13:24: topic "1.1": module "MSP-03" is not defined (did you mean "MSP-01"?)`}},
		{"topic kpi", "cu.toml", `kpis = ["rate", "mttr"]`, `kpis = ["rate", "mtbf"]`,
			[]string{`b/cu.toml:14:19: topic "1.1": kpi "mtbf" is not defined`}},
		{"topic id used twice", "cu.toml", "  practices = [\"restore-1\"]\n", "  practices = [\"restore-1\"]\n\n  [[unit.topic]]\n  id = \"1.1\"\n  text = \"Again.\"\n",
			[]string{`b/cu.toml:18:8: topic "1.1": duplicate id, first defined at b/cu.toml:11:8`}},
		{"curriculum series", "cu.toml", `series = "msp"`, `series = "ms"`,
			[]string{`b/cu.toml:3:10: curriculum "mits": series "ms" is not defined (did you mean "msp"?)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := checkLinked(t, tt.file, tt.old, tt.new)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestAssessmentPractices(t *testing.T) {
	fsys := fstest.MapFS{}
	for name, src := range linkedContent() {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	set, _ := load.Dir(fsys, "b")
	pos := func(col int) blueprints.Pos {
		return blueprints.Pos{File: "branding/acme/assessment.toml", Line: 4, Col: col}
	}
	a := &blueprints.Assessment{Brand: "acme", Pos: pos(1), InPlace: []blueprints.Ref{
		{ID: "restore-1", Pos: pos(13)}, {ID: "restore-3", Pos: pos(26)}, {ID: "restore-1", Pos: pos(39)}, {ID: "poc-1", Pos: pos(52)},
	}}
	want := []string{
		`branding/acme/assessment.toml:4:26: assessment "acme": practice "restore-3" is not defined (did you mean "restore-1"?)`,
		`branding/acme/assessment.toml:4:39: assessment "acme": practice "restore-1" is listed twice`,
		`branding/acme/assessment.toml:4:52: assessment "acme": practice "poc-1" is not defined`,
	}
	if got := lines(Assessment(set, a)); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d := Assessment(&blueprints.Set{}, a); len(d) != 1 || !strings.Contains(d[0].Message, "no maturity model") {
		t.Errorf("without models: %v", d)
	}
	if Assessment(set, nil) != nil {
		t.Error("a nil assessment has problems")
	}
}

// TestShippedAssessments checks each shipped brand's self-assessment
// against the shipped content: every practice it names exists.
func TestShippedAssessments(t *testing.T) {
	set := loadShipped(t)
	for _, brand := range []string{"default", "northwind"} {
		a, diags := load.Assessment(os.DirFS(shippedBrands+"/"+brand), "branding/"+brand)
		diags = append(diags, Assessment(set, a)...)
		for _, d := range diags {
			t.Errorf("brand %s: %s", brand, d)
		}
		if brand == "northwind" && (a == nil || len(a.InPlace) != 24) {
			t.Errorf("northwind's assessment: %+v, want 24 practices in place", a)
		}
	}
}
