package report

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// hostile is content text that would run or break out if it were not
// escaped: a script, an attribute breaking out of its quotes, a
// javascript: URL and a style sheet closing.
const hostile = `<script>alert(1)</script> "onmouseover=alert(2) x=' javascript:alert(3) </style><b>`

// hostileModule is a module where every text field holds s.
func hostileModule(s string) (*blueprints.Set, *blueprints.Module) {
	p := blueprints.Prose{Text: s}
	cat := &blueprints.Catalogue{Series: blueprints.Ref{ID: "s"}}
	cat.Roles = []*blueprints.Role{{ID: "r", Name: s, Description: p}}
	cat.Systems = []*blueprints.System{{ID: "x", Name: s, Category: s, Description: p}}
	cat.Documents = []*blueprints.Document{{ID: "d", Name: s, Description: p}}
	cat.KPIs = []*blueprints.KPI{{ID: "k", Name: s, Definition: p, Formula: s, Unit: s, Target: s, Direction: blueprints.Direction(s)}}
	task := func(id string, kind blueprints.Kind) *blueprints.Task {
		return &blueprints.Task{
			ID: id, Kind: kind, Label: s, Description: p, Role: blueprints.Ref{ID: "r"},
			Stage: blueprints.Stage(s), Systems: []blueprints.Ref{{ID: "x"}}, Reads: []blueprints.Ref{{ID: "d"}},
			Produces: []blueprints.Ref{{ID: "d"}}, Effort: blueprints.Effort{Text: s}, Value: blueprints.ValueClass(s),
			Outcome: blueprints.Ref{ID: "e"},
		}
	}
	dec := task("t2", blueprints.KindDecision)
	dec.Next = []blueprints.Flow{{To: blueprints.Ref{ID: "t3"}, Label: s, Branch: true}}
	m := &blueprints.Module{
		ID: s, Series: blueprints.Ref{ID: "s"}, Title: s, Summary: s, Description: p,
		Benefits: []string{s}, Objectives: []string{s}, Entry: []string{s},
		Exits: []*blueprints.Exit{{ID: "e", Label: s, Conditions: []string{s}}},
		KPIs:  []blueprints.Ref{{ID: "k"}}, Related: []blueprints.Ref{{ID: s}},
		Subprocesses: []*blueprints.Subprocess{{ID: s, Title: s, Description: p, Tasks: []*blueprints.Task{
			task("t1", blueprints.KindTask), dec, task("t3", blueprints.KindEnd),
		}}},
	}
	return &blueprints.Set{Catalogues: []*blueprints.Catalogue{cat}, Modules: []*blueprints.Module{m}}, m
}

func TestHTMLEscapesEveryField(t *testing.T) {
	for _, kind := range []string{"detail", "tasks"} {
		t.Run(kind, func(t *testing.T) {
			bad := renderHostile(t, kind, hostile)
			// Escaping turns every "<" of the content into "&lt;", so the
			// page has exactly as many tags as one with harmless text.
			good := renderHostile(t, kind, "harmless")
			if got, want := strings.Count(bad, "<"), strings.Count(good, "<"); got != want {
				t.Errorf("page has %d '<', want %d: content became markup", got, want)
			}
			checkNoActiveContent(t, bad)
			if !strings.Contains(bad, "&lt;script&gt;alert(1)&lt;/script&gt;") {
				t.Error("the content's script tag is not shown as text")
			}
		})
	}
}

func renderHostile(t *testing.T, kind, s string) string {
	t.Helper()
	set, m := hostileModule(s)
	r := Detail(set, m, s)
	if kind == "tasks" {
		r = Tasks(set, m, s)
	}
	return htmlOf(t, r, HTMLOptions{})
}

// checkNoActiveContent fails on anything in page that could run: a script
// element, an event handler attribute, a URL that is not relative, a
// second style element.
func checkNoActiveContent(t *testing.T, page string) {
	t.Helper()
	if regexp.MustCompile(`(?i)<script`).MatchString(page) {
		t.Error("page has a script element")
	}
	if regexp.MustCompile(`(?i)<[^>]*\son[a-z]+\s*=`).MatchString(page) {
		t.Error("page has an event handler attribute")
	}
	if n := strings.Count(page, "</style>"); n != 1 {
		t.Errorf("page closes a style element %d times, want 1", n)
	}
	scheme := regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]*:`)
	for _, m := range regexp.MustCompile(`(?i)\s(?:href|src)="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if u := m[1]; scheme.MatchString(u) || strings.HasPrefix(u, "/") || strings.HasPrefix(u, `\`) {
			t.Errorf("link %q is not relative", u)
		}
	}
}

func TestHTMLEscapesHostileReport(t *testing.T) {
	r := doc.Report{
		Kind: hostile, Title: hostile, Subtitle: hostile, Brand: hostile,
		Sections: []doc.Section{{ID: hostile, Heading: hostile, Blocks: []doc.Block{
			{Heading: hostile}, {Paragraph: hostile}, {List: []string{hostile}},
			{Table: &doc.Table{Header: []string{hostile}, Widths: []float64{1}, Rows: [][]string{{hostile, hostile}}}},
		}}, {ID: "javascript:alert(1)", Heading: "x"}},
	}
	page := htmlOf(t, r, HTMLOptions{Logo: "logo.png?" + hostile})
	checkNoActiveContent(t, page)
	for _, id := range regexp.MustCompile(`\sid="([^"]*)"`).FindAllStringSubmatch(page, -1) {
		if !regexp.MustCompile(`^[A-Za-z0-9._-]+$`).MatchString(id[1]) {
			t.Errorf("id %q has unsafe characters", id[1])
		}
	}
}

func TestHTMLRefusesBadOptions(t *testing.T) {
	r := doc.Report{Kind: "detail", Title: "T"}
	tests := []HTMLOptions{
		{Primary: "red"},
		{Primary: "#12345"},
		{Primary: "#12345g"},
		{Primary: "#123456;} body{display:none"},
		{Logo: "javascript:alert(1)"},
		{Logo: "https://example.invalid/logo.png"},
		{Logo: "//example.invalid/logo.png"},
		{Logo: "/logo.png"},
		{Logo: `\\host\logo.png`},
	}
	for _, opt := range tests {
		var buf bytes.Buffer
		if err := HTML(&buf, r, opt); err == nil {
			t.Errorf("HTML(%+v) = nil error, want one", opt)
		}
		if buf.Len() > 0 {
			t.Errorf("HTML(%+v) wrote %d bytes despite the error", opt, buf.Len())
		}
	}
}
