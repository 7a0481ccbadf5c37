package site_test

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/site"
)

const (
	modelPage      = "maturity/customer-facing-service-operation.html"
	curriculumPage = "curriculum/managing-external-it-services.html"
)

// maturitySite builds the shipped content with Northwind's recorded
// self-assessment. The set is not personalized: branding.Apply does not
// carry the maturity models and curricula yet.
func maturitySite(t testing.TB) ([]site.File, *blueprints.Set) {
	t.Helper()
	set := loadDir(t, shippedDir)
	a, diags := load.Assessment(os.DirFS("../../branding/northwind"), "branding/northwind")
	if diags.Errors() > 0 || a == nil {
		t.Fatalf("northwind's assessment does not load: %v", diags)
	}
	files, err := site.Build(site.Input{Set: set, Theme: branding.Theme(nil), BrandName: "Northwind Managed IT", Assessment: a})
	if err != nil {
		t.Fatal(err)
	}
	return files, set
}

func TestMaturityPages(t *testing.T) {
	files, _ := maturitySite(t)
	m := fileMap(files)
	for _, p := range []string{"maturity/index.html", modelPage, "curriculum/index.html", curriculumPage, "assets/maturity.js", "assets/maturity.css"} {
		if m[p] == nil {
			t.Errorf("no %s", p)
		}
	}
	page := string(m[modelPage])
	counts := []struct {
		what string
		re   string
		want int
	}{
		{"practice checkboxes", `<input type="checkbox" name="practice"`, 61},
		{"recorded practices ticked", `<input type="checkbox" name="practice"[^>]* checked>`, 24},
		{"matrix rows", `<tr data-area="`, 9},
		{"matrix cells", `<td class="cell cell-`, 45},
		{"cells ahead of a gap", `cell cell-ahead`, 2},
		{"practice anchors", `<li id="practice-`, 61},
		{"outcome and metric lists", `<h4>Metrics</h4>`, 45},
		{"own measures", `<article class="card measure" id="kpi-`, 6},
	}
	for _, c := range counts {
		if got := len(regexp.MustCompile(c.re).FindAllString(page, -1)); got != c.want {
			t.Errorf("%s: %d, want %d", c.what, got, c.want)
		}
	}
	for _, want := range []string{
		`data-level="1 Initial">1 Initial</strong>`,
		`<a href="../MSP-11b/index.html">Service Deactivation</a> <span class="ref-note">MSP-11b</span>`,
		`Incident Management <span class="ref-note">MSP-02b · planned</span>`,
		`KPI: <a href="#kpi-mean-time-to-restore-service">Mean Time to Restore Service</a>`,
		`<a href="../kpis/upgrade-failure-rate.html">Upgrade Failure Rate</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("%s lacks %s", modelPage, want)
		}
	}
	cur := string(m[curriculumPage])
	if n := strings.Count(cur, `<li class="topic card"`); n != 48 {
		t.Errorf("curriculum topics: %d, want 48", n)
	}
	if n := strings.Count(cur, `<section class="unit"`); n != 8 {
		t.Errorf("curriculum modules: %d, want 8", n)
	}
	if !strings.Contains(cur, `<a href="../maturity/customer-facing-service-operation.html#practice-decom-5a">`) {
		t.Error("a topic does not link its practice")
	}
}

// TestMaturityLinksResolve crawls the site with the maturity and
// curriculum pages: every link resolves, every fragment names an id.
func TestMaturityLinksResolve(t *testing.T) {
	files, set := maturitySite(t)
	c := newCrawler(files, set)
	c.crawl()
	for _, e := range c.errs {
		t.Error(e)
	}
}

// TestMaturityNavigation shows the sections in the navigation only when
// the content has them.
func TestMaturityNavigation(t *testing.T) {
	files, _ := maturitySite(t)
	home := string(fileMap(files)["index.html"])
	if !strings.Contains(home, `href="maturity/index.html"`) || !strings.Contains(home, `href="curriculum/index.html"`) {
		t.Error("the home page does not link the maturity and curriculum sections")
	}
	plain := fileMap(buildSet(t, loadArchive(t, "small.txtar", false)))
	if strings.Contains(string(plain["index.html"]), "maturity/index.html") {
		t.Error("a site without maturity models links the section")
	}
}

// hostileModels is a set with a maturity model and a curriculum whose
// every text, and every id, holds markup.
func hostileModels() *blueprints.Set {
	ref := func(id string) blueprints.Ref { return blueprints.Ref{ID: id} }
	id := `x"><b onmouseover=1>`
	pr := &blueprints.Practice{ID: id, Text: payload, Area: id, Level: 1, Modules: []blueprints.Ref{ref(payload)}, KPIs: []blueprints.Ref{ref(id)}}
	m := &blueprints.MaturityModel{ID: id, Title: payload, Summary: payload, Description: blueprints.Prose{Text: payload},
		Levels: []*blueprints.MaturityLevel{{Number: 1, Name: payload, Summary: payload}},
		Areas: []*blueprints.CapabilityArea{{ID: id, Title: payload, Summary: payload, POMs: []*blueprints.POM{{
			Level: 1, Practices: []*blueprints.Practice{pr}, Outcomes: []string{payload},
			Metrics: []*blueprints.Metric{{Text: payload, KPI: ref(id)}},
		}}}},
		KPIs: []*blueprints.KPI{{ID: id, Name: payload, Definition: blueprints.Prose{Text: payload}, Formula: payload, Target: payload, Unit: payload}},
	}
	c := &blueprints.Curriculum{ID: id + "c", Title: payload, Summary: payload, Description: blueprints.Prose{Text: payload},
		Units: []*blueprints.Unit{{ID: id, Title: payload, Summary: payload, Topics: []*blueprints.Topic{{
			ID: id, Text: payload, Modules: []blueprints.Ref{ref(payload)}, KPIs: []blueprints.Ref{ref(id)}, Practices: []blueprints.Ref{ref(id)},
		}}}}}
	return &blueprints.Set{Maturity: []*blueprints.MaturityModel{m}, Curricula: []*blueprints.Curriculum{c}}
}

// TestHostileModelsAreText: markup in a model or a curriculum stays text
// on their pages and in the form's data.
func TestHostileModelsAreText(t *testing.T) {
	a := &blueprints.Assessment{Brand: "b", Date: payload, InPlace: []blueprints.Ref{{ID: `x"><b onmouseover=1>`}}}
	files, err := site.Build(site.Input{Set: hostileModels(), Theme: branding.Theme(nil), BrandName: payload, Assessment: a})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(files)
	for p, data := range m {
		if !strings.HasPrefix(p, "maturity/") && !strings.HasPrefix(p, "curriculum/") {
			continue
		}
		tags, err := scanTags(string(data))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, tg := range tags {
			if problem := unsafeMaturityTag(tg); problem != "" {
				t.Errorf("%s: %s in <%s %v>", p, problem, tg.name, tg.attrs)
			}
		}
		if !strings.Contains(string(data), "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
			t.Errorf("%s: the payload is not shown as text", p)
		}
		if raw, ok := elementText(string(data), "bp-maturity"); ok && strings.Contains(raw, "<") {
			t.Errorf("%s: the form's data holds a raw '<'", p)
		}
	}
}

// unsafeMaturityTag is unsafeTag, accepting the maturity page's own
// script, data and form.
func unsafeMaturityTag(tg tag) string {
	switch {
	case tg.name == "script" && strings.HasSuffix(tg.attrs["src"], "assets/maturity.js"):
		return ""
	case tg.name == "script" && tg.attrs["type"] == "application/json" && tg.attrs["id"] == "bp-maturity":
		return ""
	case tg.name == "form" && tg.attrs["id"] == "bp-assessment":
		return ""
	}
	return unsafeTag(tg)
}
