package report

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestCSVCell(t *testing.T) {
	tests := map[string]string{
		"":                         "",
		"plain":                    "plain",
		"=1+2":                     "'=1+2",
		"+1":                       "'+1",
		"-1":                       "'-1",
		"@SUM(A1)":                 "'@SUM(A1)",
		"\t=cmd":                   "'\t=cmd",
		"\r=cmd":                   "'\r=cmd",
		"a=b":                      "a=b",
		" =x":                      " =x",
		"'already":                 "'already",
		"=HYPERLINK(\"http://x\")": "'=HYPERLINK(\"http://x\")",
	}
	for in, want := range tests {
		if got := csvCell(in); got != want {
			t.Errorf("csvCell(%q) = %q, want %q", in, got, want)
		}
	}
}

// readCSV checks the byte-order mark and CRLF line ends and parses the
// records.
func readCSV(t *testing.T, data string) [][]string {
	t.Helper()
	body, ok := strings.CutPrefix(data, "\uFEFF")
	if !ok {
		t.Fatal("CSV does not start with a UTF-8 byte-order mark")
	}
	if !strings.HasSuffix(body, "\r\n") {
		t.Error("CSV lines do not end in CRLF")
	}
	recs, err := csv.NewReader(strings.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	return recs
}

// injectedModule is a module whose every text starts like a formula.
func injectedModule() (*blueprints.Set, *blueprints.Module) {
	cat := &blueprints.Catalogue{Series: blueprints.Ref{ID: "s"}}
	cat.Roles = []*blueprints.Role{{ID: "r", Name: "=ROLE()", Description: blueprints.Prose{Text: "@desc"}}}
	cat.Systems = []*blueprints.System{{ID: "x", Name: "+SYS", Category: "-cat", Description: blueprints.Prose{Text: "\tsys"}}}
	cat.Documents = []*blueprints.Document{{ID: "d", Name: "@DOC", Description: blueprints.Prose{Text: "=doc"}}}
	cat.KPIs = []*blueprints.KPI{{ID: "k", Name: "-KPI", Definition: blueprints.Prose{Text: "\rdef"}, Formula: "=A1/B1"}}
	m := &blueprints.Module{ID: "=M", Series: blueprints.Ref{ID: "s"}, Title: "t", KPIs: []blueprints.Ref{{ID: "k"}}}
	m.Subprocesses = []*blueprints.Subprocess{{ID: "=SP", Title: "x", Tasks: []*blueprints.Task{{
		ID: "-1", Kind: blueprints.KindTask, Label: "=HYPERLINK(\"http://evil\")", Role: blueprints.Ref{ID: "r"},
		Stage: blueprints.StageBackstage, Systems: []blueprints.Ref{{ID: "x"}}, Reads: []blueprints.Ref{{ID: "d"}},
		Produces: []blueprints.Ref{{ID: "d"}}, Description: blueprints.Prose{Text: "+cmd|' /C calc'!A0"},
		Effort: blueprints.Effort{Text: "-1h"},
	}}}}
	return &blueprints.Set{Catalogues: []*blueprints.Catalogue{cat}, Modules: []*blueprints.Module{m}}, m
}

func TestCSVInjection(t *testing.T) {
	set, m := injectedModule()
	for name, data := range map[string]string{"tasks": taskCSVOf(t, set, m), "detail": detailCSVOf(t, set, m)} {
		recs := readCSV(t, data)
		if len(recs) < 2 {
			t.Fatalf("%s: %d records, want a header and rows", name, len(recs))
		}
		for _, rec := range recs[1:] {
			for i, c := range rec {
				if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) {
					t.Errorf("%s: column %d cell %q can run as a formula", name, i, c)
				}
			}
		}
	}
}

func TestTaskCSVShape(t *testing.T) {
	set, m := loadFixture(t)
	recs := readCSV(t, taskCSVOf(t, set, m))
	if got := strings.Join(recs[0], ","); got != strings.Join(taskColumns(), ",") {
		t.Errorf("header = %s", got)
	}
	for _, rec := range recs {
		if len(rec) != len(taskColumns()) {
			t.Errorf("record %q has %d cells, want %d", rec, len(rec), len(taskColumns()))
		}
	}
}
