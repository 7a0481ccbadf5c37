package site_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/site"
)

// TestUserTemplatesOverride gives Build a templates folder: its files
// replace the embedded ones of the same path, new assets are copied, and
// the rest stays embedded.
func TestUserTemplatesOverride(t *testing.T) {
	user := fstest.MapFS{
		"kpi.html":          {Data: []byte(`{{define "content"}}<p class="mine">{{.Page.Name}}</p>{{end}}`)},
		"assets/site.css":   {Data: []byte("body{color:red}")},
		"assets/extra.js":   {Data: []byte("// extra")},
		"assets/nested/a.b": {Data: []byte("x")},
	}
	set := loadArchive(t, "small.txtar", false)
	files, err := site.Build(site.Input{Set: branding.Apply(set, nil), Theme: branding.Theme(nil), Templates: user})
	if err != nil {
		t.Fatal(err)
	}
	m := fileMap(files)
	checks := map[string]string{
		"kpis/rework.html":  `<p class="mine">Rework Rate</p>`,
		"assets/site.css":   "body{color:red}",
		"assets/extra.js":   "// extra",
		"assets/nested/a.b": "x",
		"assets/tasks.js":   "task details panel",
		"roles/pm.html":     "<h1>Project Manager</h1>",
	}
	for path, want := range checks {
		if !strings.Contains(string(m[path]), want) {
			t.Errorf("%s lacks %q", path, want)
		}
	}
}

// TestBadTemplateIsAnError: a broken user template fails the build with
// its name, and nothing panics.
func TestBadTemplateIsAnError(t *testing.T) {
	user := fstest.MapFS{"role.html": {Data: []byte(`{{define "content"}}{{.Page.Nope}}{{end}}`)}}
	set := loadArchive(t, "small.txtar", false)
	_, err := site.Build(site.Input{Set: set, Theme: branding.Theme(nil), Templates: user})
	if err == nil || !strings.Contains(err.Error(), "roles/") {
		t.Errorf("error %v, want one naming the role page", err)
	}
	user = fstest.MapFS{"layout.html": {Data: []byte(`{{define "layout.html"}}{{if}}{{end}}`)}}
	if _, err := site.Build(site.Input{Set: set, Templates: user}); err == nil || !strings.Contains(err.Error(), "layout.html") {
		t.Errorf("error %v, want one naming layout.html", err)
	}
}

// TestSparseInput: no set is an error; an empty set, a set without
// series and a theme without logo or colours still build.
func TestSparseInput(t *testing.T) {
	if _, err := site.Build(site.Input{}); err == nil {
		t.Error("no set: no error")
	}
	sets := map[string]*blueprints.Set{
		"empty":     {},
		"no series": {Modules: loadArchive(t, "small.txtar", false).Modules, Guides: []*blueprints.Guide{nil}},
	}
	for name, set := range sets {
		files, err := site.Build(site.Input{Set: set, BrandName: "Acme <IT>"})
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		home := string(fileMap(files)["index.html"])
		if !strings.Contains(home, "Acme &lt;IT&gt;") {
			t.Errorf("%s: home page lacks the brand name", name)
		}
	}
}

// TestDownloadsFollowTheBuild: the module page links exactly the files
// Input.Downloads names, relative to the page; unsafe paths are dropped.
func TestDownloadsFollowTheBuild(t *testing.T) {
	set := loadArchive(t, "small.txtar", false)
	downloads := func(m *blueprints.Module) []site.Download {
		return []site.Download{
			{Group: "Diagrams", Label: "A3", Path: m.ID + "/plans-a3.pdf"},
			{Group: "Elsewhere", Label: "Up", Path: "../outside.pdf"},
			{Group: "Elsewhere", Label: "Abs", Path: "/etc/passwd"},
			{Group: "Elsewhere", Label: "URL", Path: "https://example.org/x.pdf"},
			{Group: "Other", Label: "CSV", Path: "exports/all.csv"},
		}
	}
	files, err := site.Build(site.Input{Set: set, Downloads: downloads})
	if err != nil {
		t.Fatal(err)
	}
	page := string(fileMap(files)["D-01/index.html"])
	for _, want := range []string{`href="plans-a3.pdf"`, `href="../exports/all.csv"`} {
		if !strings.Contains(page, want) {
			t.Errorf("module page lacks %s", want)
		}
	}
	for _, bad := range []string{"outside.pdf", "passwd", "example.org", "Elsewhere"} {
		if strings.Contains(page, bad) {
			t.Errorf("module page links %s", bad)
		}
	}
}

// TestDefaultDownloadsNames checks the names against the build's scheme.
func TestDefaultDownloadsNames(t *testing.T) {
	m := &blueprints.Module{ID: "MSP-11b", Title: "Service Deactivation"}
	var got []string
	for _, d := range site.DefaultDownloads(m) {
		got = append(got, d.Path)
	}
	want := "MSP-11b/MSP-11b-service-deactivation-11x17.pdf MSP-11b/MSP-11b-service-deactivation-legal.pdf " +
		"MSP-11b/MSP-11b-service-deactivation-a3.pdf MSP-11b/MSP-11b-service-deactivation-detail-report.pdf " +
		"MSP-11b/MSP-11b-service-deactivation-detail-report.html MSP-11b/MSP-11b-service-deactivation-detail-report.csv " +
		"MSP-11b/MSP-11b-service-deactivation-task-report.pdf MSP-11b/MSP-11b-service-deactivation-task-report.html " +
		"MSP-11b/MSP-11b-service-deactivation-task-report.csv"
	if strings.Join(got, " ") != want {
		t.Errorf("got  %s\nwant %s", strings.Join(got, " "), want)
	}
}
