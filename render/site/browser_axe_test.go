package site_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// axePath is where scripts/test installs axe-core from npm, or the file
// BLUEPRINT_AXE names.
func axePath() string {
	if p := os.Getenv("BLUEPRINT_AXE"); p != "" {
		return p
	}
	return filepath.Join("..", "..", ".cache", "axe", "node_modules", "axe-core", "axe.min.js")
}

// axeScript reads axe.min.js. Without it the test is skipped, except in
// CI, where it fails: scripts/test installs it.
func axeScript(t *testing.T) string {
	t.Helper()
	src, err := os.ReadFile(axePath())
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("axe-core is missing (%v); scripts/test installs it with npm, or set BLUEPRINT_AXE to axe.min.js", err)
		}
		t.Skipf("axe-core is missing (%v); run scripts/test or set BLUEPRINT_AXE", err)
	}
	return string(src)
}

// axeViolation is one rule axe-core reports as broken.
type axeViolation struct {
	ID, Impact, Help string
	Nodes            int
	Targets          []string
	Summary          string
}

func (v axeViolation) String() string {
	return fmt.Sprintf("%s (%s, %d nodes): %s\n\t\t%s\n\t\t%s", v.ID, v.Impact, v.Nodes, v.Help,
		strings.Join(v.Targets, "\n\t\t"), strings.ReplaceAll(v.Summary, "\n", "\n\t\t"))
}

// axeRun injects axe-core into the open page and returns its serious and
// critical violations.
func axeRun(t *testing.T, b *browser, script string) []axeViolation {
	t.Helper()
	if _, err := chromedp.Run(b.ctx, chromedp.Evaluate[chromedp.Void](script+"\n;0")); err != nil {
		t.Fatalf("inject axe-core: %v", err)
	}
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](`axe.run(document, {resultTypes: ['violations']}).then(r =>
		r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({
			ID: v.id, Impact: v.impact, Help: v.help, Nodes: v.nodes.length,
			Targets: v.nodes.slice(0, 4).map(n => n.target.flat().join(' ')),
			Summary: v.nodes[0] ? v.nodes[0].failureSummary || '' : '',
		})))`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("axe.run: %v", err)
	}
	var out []axeViolation
	if err := jsonUnmarshal(raw, &out); err != nil {
		t.Fatalf("axe.run: %v (got %s)", err, raw)
	}
	return out
}

// TestShippedSiteAccessibility runs axe-core in headless Chromium over a
// representative set of pages of the shipped site, in the light and the
// dark theme, and fails on any serious or critical violation.
func TestShippedSiteAccessibility(t *testing.T) {
	script := axeScript(t)
	b := newBrowser(t)
	dir := t.TempDir()
	files, _ := maturitySite(t)
	writeFiles(t, dir, files)
	pages := []struct {
		name, path, ready string
	}{
		{"home", "index.html", ""},
		{"module with a task open", "MSP-11b/index.html#task-" + backupTask, `!document.getElementById('bp-task-panel').hidden`},
		{"role", "roles/noc-engineer.html", ""},
		{"system", "systems/psa.html", ""},
		{"kpi", "kpis/deactivation-issues.html", ""},
		{"guide", "guides/how-to-read-a-service-blueprint.html", ""},
		{"search results", "search.html?q=backup", `document.querySelectorAll('.search-page-results .result').length > 5`},
		{"maturity", modelPage, ""},
		{"curriculum", curriculumPage, ""},
	}
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			// Reduced motion: axe must not measure a panel while it fades in.
			Features: []*emulation.MediaFeature{
				{Name: "prefers-color-scheme", Value: scheme},
				{Name: "prefers-reduced-motion", Value: "reduce"},
			},
		}); err != nil {
			t.Fatal(err)
		}
		for _, p := range pages {
			t.Run(scheme+"/"+p.name, func(t *testing.T) {
				path, query, _ := strings.Cut(p.path, "?")
				url := fileURL(dir, path)
				if query != "" {
					url += "?" + query
				}
				b.open(t, url)
				// The system's scheme decides the theme, not one a test stored.
				var stored bool
				b.eval(t, `localStorage.getItem('bp-theme') !== null`, &stored)
				if stored {
					b.eval(t, `localStorage.removeItem('bp-theme'), 0`, new(int))
					b.open(t, url)
				}
				if p.ready != "" {
					b.waitFor(t, p.ready)
				}
				b.waitFor(t, `document.getAnimations().every(a => a.playState !== 'running')`)
				var dark bool
				b.eval(t, `matchMedia('(prefers-color-scheme: dark)').matches`, &dark)
				if dark != (scheme == "dark") {
					t.Fatalf("the page does not see the %s scheme", scheme)
				}
				for _, v := range axeRun(t, b, script) {
					t.Errorf("%s", v)
				}
			})
		}
	}
}
