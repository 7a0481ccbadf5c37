package kit

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/naming"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// smallSet is a catalogue and a two-map module written in code, with a
// decision, documents, systems, efforts and text that Markdown or a
// spreadsheet would misread.
func smallSet() (*blueprints.Set, *blueprints.Module) {
	ref := func(id string) blueprints.Ref { return blueprints.Ref{ID: id} }
	next := func(ids ...string) []blueprints.Flow {
		var out []blueprints.Flow
		for _, id := range ids {
			out = append(out, blueprints.Flow{To: ref(id)})
		}
		return out
	}
	effort := func(text string) blueprints.Effort {
		d, _ := time.ParseDuration(text)
		return blueprints.Effort{Text: text, Duration: d}
	}
	cat := &blueprints.Catalogue{Series: ref("msp"), Entries: blueprints.Entries{
		Roles:     []*blueprints.Role{{ID: "client", Name: "Client Contact"}, {ID: "pm", Name: "Project Manager"}, {ID: "tech", Name: "Engineer"}},
		Systems:   []*blueprints.System{{ID: "psa", Name: "PSA"}},
		Documents: []*blueprints.Document{{ID: "plan", Name: "Upgrade Plan"}},
		KPIs:      []*blueprints.KPI{{ID: "rate", Name: "Failure Rate", Formula: "failed / all", Target: "< 5%"}},
	}}
	t := func(id string, kind blueprints.Kind, role string, stage blueprints.Stage, e blueprints.Effort, nxt ...string) *blueprints.Task {
		return &blueprints.Task{ID: id, Kind: kind, Label: "Step " + id, Role: ref(role), Stage: stage, Effort: e, Next: next(nxt...)}
	}
	plan := t("01.01.02", blueprints.KindTask, "pm", blueprints.StageBackstage, effort("2h"), "01.01.03")
	plan.Label, plan.Systems, plan.Produces = "=cost: write the *plan* | now", []blueprints.Ref{ref("psa")}, []blueprints.Ref{ref("plan")}
	plan.Description = blueprints.Prose{Text: "The {role:pm} writes the plan in the {system:psa}."}
	decide := t("01.01.03", blueprints.KindDecision, "client", blueprints.StageCustomer, blueprints.Effort{}, "01.01.04", "01.01.02")
	decide.Next[0].Label, decide.Next[1].Label = "Yes", "No"
	out := t("01.01.04", blueprints.KindConnector, "pm", blueprints.StageBackstage, blueprints.Effort{})
	out.Target = ref("01.02")
	in := t("01.02.01", blueprints.KindConnector, "pm", blueprints.StageBackstage, blueprints.Effort{}, "01.02.02")
	in.Target = ref("01.01")
	m := &blueprints.Module{ID: "MSP-01", Series: ref("msp"), Title: "Upgrade", Summary: "Upgrade the client.",
		Entry: []string{"A contract is signed"}, KPIs: []blueprints.Ref{ref("rate")},
		Exits: []*blueprints.Exit{{ID: "done", Label: "Upgraded", Conditions: []string{"The client accepts"}}},
		Subprocesses: []*blueprints.Subprocess{
			{ID: "01.01", Title: "Planning", Tasks: []*blueprints.Task{
				t("01.01.01", blueprints.KindStart, "pm", blueprints.StageBackstage, blueprints.Effort{}, "01.01.02"), plan, decide, out}},
			{ID: "01.02", Title: "Doing", Tasks: []*blueprints.Task{
				in, t("01.02.02", blueprints.KindTask, "tech", blueprints.StageBackstage, effort("30m"), "01.02.03"),
				t("01.02.03", blueprints.KindEnd, "pm", blueprints.StageBackstage, blueprints.Effort{})}},
		}}
	return &blueprints.Set{Catalogues: []*blueprints.Catalogue{cat}, Modules: []*blueprints.Module{m}}, m
}

// TestKitGolden compares every file of the small module's kit with
// testdata/small; -update rewrites them, and a mismatch leaves NAME.got.
func TestKitGolden(t *testing.T) {
	set, m := smallSet()
	files, err := Files(set, m, "Acme <IT> & Co")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Path)
		checkGolden(t, filepath.Join("testdata", "small", filepath.FromSlash(f.Path)), f.Data)
	}
	want := []string{
		"MSP-01/kit/MSP-01-workshop-agenda.md", "MSP-01/kit/MSP-01-project-plan.csv",
		"MSP-01/kit/checklists/MSP-01-client.md", "MSP-01/kit/checklists/MSP-01-client.csv",
		"MSP-01/kit/checklists/MSP-01-pm.md", "MSP-01/kit/checklists/MSP-01-pm.csv",
		"MSP-01/kit/checklists/MSP-01-tech.md", "MSP-01/kit/checklists/MSP-01-tech.csv",
	}
	if !slices.Equal(names, want) {
		t.Errorf("files %q, want %q", names, want)
	}
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update || os.Getenv("UPDATE_GOLDEN") == "1" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(path + ".got")
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v (run go test -update)", path, err)
		return
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; see %s.got (run go test -update to accept)", path, path)
	}
}

// TestAgendaShippedModules checks the schedule of each shipped module: a
// session per sub-process, in order, each inviting its roles, nothing
// overlapping, no day running past its end but for the closing.
func TestAgendaShippedModules(t *testing.T) {
	set := shipped(t, "northwind")
	for _, m := range set.Modules {
		inv := newInvitees(newNames(set, m), m)
		plan := schedule(m, inv)
		var subs []string
		for i, s := range plan {
			if s.sp != nil {
				subs = append(subs, s.sp.ID)
				if len(s.roles) == 0 {
					t.Errorf("%s: session %s invites nobody", m.ID, s.sp.ID)
				}
			}
			if i > 0 && s.day == plan[i-1].day && s.start != plan[i-1].end {
				t.Errorf("%s: %s starts at %s, after %s", m.ID, s.title, clock(s.start), clock(plan[i-1].end))
			}
			if s.end > dayEnd && i < len(plan)-1 {
				t.Errorf("%s: %s runs to %s", m.ID, s.title, clock(s.end))
			}
		}
		var want []string
		for _, sp := range m.Subprocesses {
			want = append(want, sp.ID)
		}
		if !slices.Equal(subs, want) {
			t.Errorf("%s: sessions %q, want %q", m.ID, subs, want)
		}
		agenda := string(Agenda(set, m, "Northwind Managed IT"))
		if !strings.Contains(agenda, "**Northwind Managed IT**") || strings.Count(agenda, "\n## ") != len(m.Subprocesses)+4 {
			t.Errorf("%s: agenda without brand or with the wrong sections", m.ID)
		}
	}
}

// TestChecklistsShippedModules: one checklist per role with work, listing
// exactly that role's tasks and decisions, in Markdown and CSV alike.
func TestChecklistsShippedModules(t *testing.T) {
	set := shipped(t, "northwind")
	item := regexp.MustCompile(`(?m)^- \[ \] `)
	for _, m := range set.Modules {
		files, err := Files(set, m, "Northwind Managed IT")
		if err != nil {
			t.Fatal(err)
		}
		byPath := map[string][]byte{}
		for _, f := range files {
			byPath[f.Path] = f.Data
		}
		for _, r := range blueprints.NewScope(set, m).RoleOrder {
			n := len(checklist(m, r.ID))
			base := naming.FileID(m.ID) + "/kit/checklists/" + naming.FileID(m.ID) + "-" + r.ID
			mdData, csvData := byPath[base+".md"], byPath[base+".csv"]
			if n == 0 {
				if mdData != nil || csvData != nil {
					t.Errorf("%s: role %s has nothing to do but a checklist", m.ID, r.ID)
				}
				continue
			}
			if got := len(item.FindAll(mdData, -1)); got != n {
				t.Errorf("%s %s: %d Markdown items, want %d", m.ID, r.ID, got, n)
			}
			rows := readCSV(t, csvData)
			if !slices.Equal(rows[0], checklistColumns()) || len(rows)-1 != n {
				t.Errorf("%s %s: CSV header %q and %d rows, want %d", m.ID, r.ID, rows[0], len(rows)-1, n)
			}
			if !bytes.HasPrefix(mdData, []byte("# Checklist: "+md(r.Name)+"\n")) {
				t.Errorf("%s %s: Markdown starts %q", m.ID, r.ID, mdData[:min(60, len(mdData))])
			}
		}
	}
}

// TestFilesAreDeterministic builds a kit twice.
func TestFilesAreDeterministic(t *testing.T) {
	set := shipped(t, "northwind")
	m := set.Module("MSP-05h")
	a, _ := Files(set, m, "Northwind")
	b, _ := Files(set, m, "Northwind")
	if len(a) != len(b) {
		t.Fatal("different file counts")
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Errorf("%s differs between two builds", a[i].Path)
		}
	}
}

func TestMarkdownEscaping(t *testing.T) {
	got := md("  *bold* _it_ [link](x) <b> | `c` #1 a\\b\nline  ")
	want := `\*bold\* \_it\_ \[link\](x) \<b\> \| \` + "`c\\`" + ` \#1 a\\b line`
	if got != want {
		t.Errorf("md = %q, want %q", got, want)
	}
}
