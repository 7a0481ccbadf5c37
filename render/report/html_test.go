package report

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// TestHTMLStructure checks what makes the page accessible and
// self-contained: one h1, a table of contents whose every link finds its
// section, column and row headers, and nothing loaded from elsewhere.
func TestHTMLStructure(t *testing.T) {
	set, m := loadFixture(t)
	for _, r := range []doc.Report{Detail(set, m, "P"), Tasks(set, m, "P")} {
		page := htmlOf(t, r, HTMLOptions{})
		if n := strings.Count(page, "<h1>"); n != 1 {
			t.Errorf("%s: %d h1, want 1", r.Kind, n)
		}
		ids := matches(page, `\sid="([^"]*)"`)
		links := matches(page, `href="#([^"]*)"`)
		if len(links) != len(r.Sections)+1 { // the sections and the skip link
			t.Errorf("%s: %d in-page links, want %d", r.Kind, len(links), len(r.Sections)+1)
		}
		for _, l := range links {
			if !slices.Contains(ids, l) {
				t.Errorf("%s: link #%s has no target", r.Kind, l)
			}
		}
		if strings.Count(page, "<table") != strings.Count(page, "<thead>") {
			t.Errorf("%s: a table lacks its head", r.Kind)
		}
		if strings.Contains(page, "<th>") || !strings.Contains(page, `<th scope="col">`) || !strings.Contains(page, `<th scope="row">`) {
			t.Errorf("%s: header cells lack their scope", r.Kind)
		}
		checkNoActiveContent(t, page)
	}
}

func matches(s, expr string) []string {
	var out []string
	for _, m := range regexp.MustCompile(expr).FindAllStringSubmatch(s, -1) {
		out = append(out, m[1])
	}
	return out
}

func TestHTMLTaskReportPrintsLandscape(t *testing.T) {
	set, m := loadFixture(t)
	if !strings.Contains(htmlOf(t, Tasks(set, m, "P"), HTMLOptions{}), "size: landscape") {
		t.Error("the Task Report does not print landscape")
	}
	if strings.Contains(htmlOf(t, Detail(set, m, "P"), HTMLOptions{}), "size: landscape") {
		t.Error("the Detail Report prints landscape")
	}
}

func TestPaletteKeepsHeadingsReadable(t *testing.T) {
	for _, hex := range []string{"#ffff00", "#ffffff", "#1f4e79", "#00FF00", ""} {
		p, err := newPalette(hex)
		if err != nil {
			t.Fatalf("newPalette(%q): %v", hex, err)
		}
		c, _ := parseHex(p.Primary)
		if got := contrast(c, rgb{255, 255, 255}); got < 4.5 {
			t.Errorf("newPalette(%q).Primary = %s, contrast %.2f on white, want >= 4.5", hex, p.Primary, got)
		}
	}
	if p, _ := newPalette("#1f4e79"); p.Primary != "#1f4e79" {
		t.Errorf("a dark primary was changed to %s", p.Primary)
	}
}

func TestAnchorIDs(t *testing.T) {
	r := doc.Report{Sections: []doc.Section{
		{ID: "roles", Heading: "A"}, {ID: "roles", Heading: "B"}, {ID: "", Heading: "C"},
		{ID: "sp-11b.01", Heading: "D"}, {ID: "a b/c", Heading: "E"}, {ID: "content", Heading: "F"},
	}}
	var got []string
	for _, s := range newPage(r, palette{}, "").Sections {
		got = append(got, s.ID)
	}
	want := []string{"roles", "roles-2", "section-3", "sp-11b.01", "a-b-c", "content-2"}
	if !slices.Equal(got, want) {
		t.Errorf("ids = %q, want %q", got, want)
	}
}

func TestTableNormalized(t *testing.T) {
	tb := newTable(&doc.Table{
		Header: []string{"Name", "Count"},
		Widths: []float64{3, 1},
		Rows:   [][]string{{"a", "2"}, {"b", "", "extra"}, {"c", "1.5"}},
	})
	if len(tb.Header) != 3 || len(tb.Rows[0]) != 3 {
		t.Errorf("rows are not padded to the widest: header %d, row %d", len(tb.Header), len(tb.Rows[0]))
	}
	if tb.Widths != nil {
		t.Errorf("widths %q kept for a different number of columns", tb.Widths)
	}
	if !tb.Header[1].Num || tb.Header[0].Num || tb.Header[2].Num {
		t.Errorf("numeric columns = %v %v %v, want only the second", tb.Header[0].Num, tb.Header[1].Num, tb.Header[2].Num)
	}
	if got := percents([]float64{1, 3}, 2); !slices.Equal(got, []string{"25.00%", "75.00%"}) {
		t.Errorf("percents = %q", got)
	}
}

// TestNoPanicOnBrokenInput runs the reports on values the validator would
// reject, as a build with warnings or a fuzzer might hand them over.
func TestNoPanicOnBrokenInput(t *testing.T) {
	broken := &blueprints.Module{
		ID: "B", Series: blueprints.Ref{ID: "missing"},
		Exits:        []*blueprints.Exit{nil, {ID: "e"}},
		KPIs:         []blueprints.Ref{{ID: "nope"}},
		Related:      []blueprints.Ref{{ID: "nowhere"}},
		Subprocesses: []*blueprints.Subprocess{nil, {ID: "S", Tasks: []*blueprints.Task{nil, {ID: "t", Kind: blueprints.KindDecision, Role: blueprints.Ref{ID: "ghost"}, Systems: []blueprints.Ref{{ID: "ghost"}}, Next: []blueprints.Flow{{To: blueprints.Ref{ID: "gone"}}}}}}},
	}
	sets := []*blueprints.Set{nil, {}, {Series: []*blueprints.Series{{Phases: []*blueprints.Phase{{Modules: []*blueprints.PhaseModule{nil}}}}}}}
	for _, set := range sets {
		for _, m := range []*blueprints.Module{nil, broken} {
			for _, r := range []doc.Report{Detail(set, m, ""), Tasks(set, m, "")} {
				htmlOf(t, r, HTMLOptions{})
			}
			taskCSVOf(t, set, m)
			detailCSVOf(t, set, m)
		}
	}
	set := &blueprints.Set{Modules: []*blueprints.Module{broken}}
	rows := tableRows(Tasks(set, broken, ""), "sp-S")
	if row := rows["t"]; row == nil || row[3] != "ghost" || !strings.Contains(row[2], "Then → gone") {
		t.Errorf("unresolved references are not shown by id: %q", row)
	}
}
