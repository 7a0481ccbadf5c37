package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

// validCurriculum is a small curriculum every bad-input case starts from.
const validCurriculum = `[curriculum]
id = "mits"
series = "msp"
title = "Managing External IT Services"

[[unit]]
id = "scope"
title = "Defining Service Boundaries and Scope"

  [[unit.topic]]
  id = "1.1"
  text = "Decide which IT functions move to the provider."
  modules = ["MSP-01a"]
  kpis = ["mttr"]
  practices = ["poc-1"]
`

func TestLoadCurriculum(t *testing.T) {
	set, diags := loadText(t, validCurriculum)
	if len(diags) > 0 || len(set.Curricula) != 1 {
		t.Fatalf("diags %v, %d curricula", diags, len(set.Curricula))
	}
	c := set.Curricula[0]
	tp := c.Units[0].Topics[0]
	checks := []struct{ what, got, want string }{
		{"curriculum", c.ID + " " + c.Series.ID + " " + c.Pos.String(), "mits msp c/f.toml:2:6"},
		{"unit", c.Units[0].ID + " " + c.Units[0].Pos.String(), "scope c/f.toml:7:6"},
		{"topic", tp.ID + " " + tp.Pos.String(), "1.1 c/f.toml:11:8"},
		{"refs", tp.Modules[0].Pos.String() + " " + tp.KPIs[0].Pos.String() + " " + tp.Practices[0].Pos.String(),
			"c/f.toml:13:14 c/f.toml:14:11 c/f.toml:15:16"},
	}
	for _, c := range checks {
		if c.got != c.want {
			t.Errorf("%s: %q, want %q", c.what, c.got, c.want)
		}
	}
}

func TestLoadCurriculumErrors(t *testing.T) {
	tests := []struct {
		name, old, new string
		want           []string
	}{
		{"missing title", `title = "Managing External IT Services"` + "\n", "",
			[]string{`c/f.toml:1:1: curriculum "mits": missing key "title"`}},
		{"unit without topics", validCurriculum[strings.Index(validCurriculum, "  [[unit.topic]]"):], "",
			[]string{`c/f.toml:6:1: unit "scope": has no topics (add [[unit.topic]] tables)`}},
		{"topic without text", `  text = "Decide which IT functions move to the provider."` + "\n", "",
			[]string{`c/f.toml:10:3: topic "1.1": missing key "text"`}},
		{"practices is a string", `practices = ["poc-1"]`, `practices = "poc-1"`,
			[]string{`c/f.toml:15:15: topic "1.1": "practices" must be a list of strings, not a string`}},
		{"misspelt key", `kpis = ["mttr"]`, `kpi = ["mttr"]`,
			[]string{`c/f.toml:14:3: topic "1.1": unknown key "kpi" (did you mean "kpis"?)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(validCurriculum, tt.old) {
				t.Fatalf("fixture has no %q", tt.old)
			}
			_, diags := loadText(t, strings.Replace(validCurriculum, tt.old, tt.new, 1))
			got := lines(diags)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestLoadAssessment(t *testing.T) {
	tests := []struct {
		name, src string
		inPlace   string
		want      []string
	}{
		{"recorded", "[assessment]\ndate = \"2026-10-15\"\nin_place = [\"poc-1\", \"poc-2\"]\n", "poc-1@b/acme/assessment.toml:3:13 poc-2@b/acme/assessment.toml:3:22", nil},
		{"nothing in place", "[assessment]\nassessor = \"me\"\n", "", nil},
		{"unknown key", "[assessment]\nin_plaec = [\"poc-1\"]\n", "",
			[]string{`b/acme/assessment.toml:2:1: assessment: unknown key "in_plaec" (did you mean "in_place"?)`}},
		{"no assessment table", "in_place = [\"poc-1\"]\n", "",
			[]string{
				`b/acme/assessment.toml:1:1: file: not a self-assessment: it needs an [assessment] table`,
				`b/acme/assessment.toml:1:1: file: unknown key "in_place"`,
			}},
		{"syntax", "[assessment]\ndate = 2026-10\n", "", []string{`b/acme/assessment.toml:2:8: syntax error: invalid datetime: "2026-10"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, diags := Assessment(fstest.MapFS{"assessment.toml": {Data: []byte(tt.src)}}, "b/acme")
			if got := lines(diags); strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			var got []string
			for _, r := range a.InPlace {
				got = append(got, r.ID+"@"+r.Pos.String())
			}
			if strings.Join(got, " ") != tt.inPlace || a.Brand != "acme" {
				t.Errorf("in place %q of brand %q, want %q of acme", strings.Join(got, " "), a.Brand, tt.inPlace)
			}
		})
	}
}

func TestAssessmentIsOptional(t *testing.T) {
	a, diags := Assessment(fstest.MapFS{"brand.toml": {Data: []byte("[brand]\nname = \"x\"\n")}}, "b/acme")
	if a != nil || diags != nil {
		t.Errorf("a brand without assessment.toml gave %+v, %v", a, diags)
	}
}

func TestAssessmentInContentFolder(t *testing.T) {
	_, diags := loadText(t, "[assessment]\nin_place = []\n")
	want := `c/f.toml:1:1: file: a self-assessment does not belong in a content folder (it lives in its brand's folder as assessment.toml)`
	if got := strings.Join(lines(diags), "\n"); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
