package main

import (
	"bytes"
	"html"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBuildWritesTheSite checks that the build writes the static site: the
// home page, a page per module, and that every relative link of every
// HTML file the build wrote, pages and reports alike, names a file the
// build wrote.
func TestBuildWritesTheSite(t *testing.T) {
	for _, brand := range shippedBrands() {
		root := filepath.Join(shippedOutput(t, brand, brand), brand)
		want := []string{"index.html", "search.html", "assets/brand.css"}
		for _, m := range shippedSet(t, brand).Modules {
			want = append(want, m.ID+"/index.html")
		}
		for _, f := range want {
			if _, err := os.Stat(filepath.Join(root, f)); err != nil {
				t.Errorf("brand %s: %v", brand, err)
			}
		}
		checked := 0
		for _, page := range treeFiles(t, root) {
			if strings.HasSuffix(page, ".html") {
				checked += checkLinks(t, root, page)
			}
		}
		if checked < 500 {
			t.Errorf("brand %s: only %d links checked", brand, checked)
		}
	}
}

// linkAttr finds href and src attributes, quoted either way.
var linkAttr = regexp.MustCompile(`(?i)\s(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')`)

// checkLinks checks the relative links of one page and counts them.
func checkLinks(t *testing.T, root, page string) int {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(root, page))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, m := range linkAttr.FindAllSubmatch(data, -1) {
		raw := html.UnescapeString(string(m[1]) + string(m[2]))
		u, err := url.Parse(raw)
		if err != nil {
			t.Errorf("%s: bad link %q", page, raw)
			continue
		}
		if u.Scheme != "" || u.Host != "" || u.Path == "" || strings.HasPrefix(raw, "{{") {
			continue // external, or a fragment of the page itself
		}
		target := path.Join(path.Dir(page), u.Path)
		if strings.HasSuffix(u.Path, "/") {
			target += "/index.html"
		}
		if strings.HasPrefix(target, "../") {
			t.Errorf("%s: %q leaves the brand's folder", page, raw)
		} else if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(target))); err != nil {
			t.Errorf("%s: %q names no file the build wrote", page, raw)
		}
		n++
	}
	return n
}

// TestBuildWritesEditableDiagrams checks the Visio and draw.io documents:
// one of each per module and per series' life cycle, identical across
// two builds.
func TestBuildWritesEditableDiagrams(t *testing.T) {
	a := filepath.Join(shippedOutput(t, "northwind", "northwind"), "northwind")
	b := filepath.Join(shippedOutput(t, "northwind", "northwind-again"), "northwind")
	var want []string
	for _, m := range shippedSet(t, "northwind").Modules {
		want = append(want, moduleStem(m)+".vsdx", moduleStem(m)+".drawio")
	}
	want = append(want, "msp-life-cycle.vsdx", "msp-life-cycle.drawio")
	for _, f := range want {
		x, err := os.ReadFile(filepath.Join(a, f))
		y, _ := os.ReadFile(filepath.Join(b, f))
		switch {
		case err != nil || len(x) == 0:
			t.Errorf("%s: %v", f, err)
		case !bytes.Equal(x, y):
			t.Errorf("%s differs between two builds", f)
		}
	}
}

// TestEditedModuleRendersTheSiteAgain edits one module: its files and the
// site, which is one job over the whole set, are made again; the pages
// that show the edit are written.
func TestEditedModuleRendersTheSiteAgain(t *testing.T) {
	dir, out := copyShipped(t), t.TempDir()
	args := []string{"--out", out, dir}
	buildCounts(t, args...)
	root := filepath.Join(out, "default")
	before := manifestOf(t, root)
	replaceIn(t, filepath.Join(dir, "msp", "modules", deactivation), `label = "Run final discovery scan"`, `label = "Run the last discovery scan"`)
	buildCounts(t, args...)
	after := manifestOf(t, root)
	for p, e := range after {
		changed := e.Inputs != before[p].Inputs
		if changed != (e.Group == "module/MSP-11b" || readsWholeSet(e.Group)) {
			t.Errorf("%s (%s): fingerprint changed = %v", p, e.Group, changed)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(root, "MSP-11b", "index.html")); !bytes.Contains(data, []byte("Run the last discovery scan")) {
		t.Errorf("the module's page does not show the new label")
	}
	if a, b := after["index.html"], before["index.html"]; a.Sum != b.Sum {
		t.Errorf("the home page, which does not show task labels, was rewritten")
	}
}

// readsWholeSet reports whether a job reads the whole set: the site and
// the brand's printed documents besides the modules.
func readsWholeSet(group string) bool {
	return group == "site" || strings.HasPrefix(group, "maturity/") || strings.HasPrefix(group, "curriculum/")
}

// TestBuildTemplatesOverride gives the build a templates folder: its file
// replaces the embedded one of the same path, and changing it renders the
// site again and nothing else.
func TestBuildTemplatesOverride(t *testing.T) {
	tmpl, out := t.TempDir(), t.TempDir()
	css := filepath.Join(tmpl, "assets", "site.css")
	if err := os.MkdirAll(filepath.Dir(css), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(css, []byte("/* mine */\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--templates", tmpl, "--out", out, shippedContent(t)}
	buildCounts(t, args...)
	root := filepath.Join(out, "default")
	if data, _ := os.ReadFile(filepath.Join(root, "assets", "site.css")); string(data) != "/* mine */\n" {
		t.Errorf("assets/site.css is %.40q, want the user's", data)
	}
	if err := os.WriteFile(css, []byte("/* mine, again */\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := manifestOf(t, root)
	buildCounts(t, args...)
	for p, e := range manifestOf(t, root) {
		if changed := e.Inputs != before[p].Inputs; changed != (e.Group == "site") {
			t.Errorf("%s (%s): fingerprint changed = %v", p, e.Group, changed)
		}
	}
}
