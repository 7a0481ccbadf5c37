package site_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestShippedSiteInBrowser builds the site of the shipped content, writes
// it to a folder and drives it in headless Chromium from file://.
func TestShippedSiteInBrowser(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	files := fileMap(buildDir(t, shippedDir, nil))
	writeFiles(t, dir, mapFiles(files))
	t.Run("every page loads without console errors", func(t *testing.T) {
		for _, p := range htmlPages(files) {
			n := b.mark()
			b.open(t, fileURL(dir, p))
			var ok bool
			b.eval(t, `!!document.querySelector('main') && document.documentElement.hasAttribute('data-root')`, &ok)
			if errs := b.errorsSince(n); len(errs) > 0 || !ok {
				t.Errorf("%s: main found %v, console:\n%s", p, ok, strings.Join(errs, "\n"))
			}
		}
	})
	t.Run("clicking a task shows its details", func(t *testing.T) { clickTask(t, b, dir) })
	t.Run("enter on a focused task shows its details", func(t *testing.T) { enterTask(t, b, dir) })
	t.Run("a task link selects the task", func(t *testing.T) { deepLink(t, b, dir) })
	t.Run("searching backup lists the backup tasks of MSP-11b", func(t *testing.T) { searchBackup(t, b, dir) })
	t.Run("the search page lists and filters results", func(t *testing.T) { searchPage(t, b, dir) })
	t.Run("the theme toggle switches and is remembered", func(t *testing.T) { themeToggle(t, b, dir) })
	t.Run("a life-cycle block opens its module", func(t *testing.T) { blockLink(t, b, dir) })
	if out := os.Getenv("BLUEPRINT_SCREENSHOTS"); out != "" {
		t.Run("screenshots", func(t *testing.T) { screenshots(t, b, dir, out) })
	}
}

const backupTask = "11b.04.02"

func clickTask(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "MSP-11b/index.html"))
	var want string
	b.eval(t, `JSON.parse(document.getElementById('bp-data').textContent).tasks['`+backupTask+`'].label`, &want)
	b.do(t, chromedp.Click(chromedp.CSS(`.diagram .task[data-task="`+backupTask+`"]`)))
	b.waitFor(t, `!document.getElementById('bp-task-panel').hidden`)
	var exposed bool
	b.eval(t, `(g => g.getAttribute('role') === 'button' && g.closest('svg').getAttribute('role') === 'group')(document.querySelector('.diagram .task[data-task="`+backupTask+`"]'))`, &exposed)
	if !exposed {
		t.Error("the task is not exposed as a button in a group to assistive technology")
	}
	var got struct {
		Title, Body, Hash string
		Selected          int
	}
	b.eval(t, `({Title: document.getElementById('bp-panel-title').textContent,
		Body: document.getElementById('bp-panel-body').innerText,
		Hash: location.hash,
		Selected: document.querySelectorAll('.task.selected').length})`, &got)
	if got.Title != want || got.Selected != 1 || got.Hash != "#task-"+backupTask {
		t.Errorf("panel %+v, want title %q, one selected task and the hash", got, want)
	}
	for _, s := range []string{"ROLE", "Activation Project Manager", "Task " + backupTask} {
		if !strings.Contains(strings.ToUpper(got.Body), strings.ToUpper(s)) {
			t.Errorf("panel body lacks %q:\n%s", s, got.Body)
		}
	}
	b.do(t, chromedp.Click(chromedp.ID("bp-panel-close")))
	b.waitFor(t, `document.getElementById('bp-task-panel').hidden && !document.querySelector('.task.selected')`)
}

func enterTask(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "MSP-11b/index.html"))
	sel := `.diagram .task[data-task="11b.03.02"]`
	b.do(t, chromedp.Focus(chromedp.CSS(sel)), chromedp.KeyEvent("\r"))
	b.waitFor(t, `!document.getElementById('bp-task-panel').hidden`)
	var active string
	b.eval(t, `document.activeElement.id`, &active)
	if active != "bp-task-panel" {
		t.Errorf("focus on %q after Enter, want the panel", active)
	}
	b.do(t, chromedp.KeyEvent("\x1b"))
	b.waitFor(t, `document.getElementById('bp-task-panel').hidden`)
	b.eval(t, `document.activeElement.getAttribute('data-task') || ''`, &active)
	if active != "11b.03.02" {
		t.Errorf("focus on %q after Escape, want the task back", active)
	}
}

func deepLink(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "MSP-11b/index.html#task-"+backupTask))
	b.waitFor(t, `!document.getElementById('bp-task-panel').hidden`)
	var n int
	b.eval(t, `document.querySelectorAll('.task.selected[data-task="`+backupTask+`"]').length`, &n)
	if n != 1 {
		t.Errorf("%d selected boxes, want 1", n)
	}
}

func searchBackup(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "index.html"))
	b.do(t, chromedp.SendKeys(chromedp.ID("bp-q"), "backup"))
	b.waitFor(t, `document.querySelectorAll('#bp-search-popup .result').length > 0 && !document.getElementById('bp-search-popup').hidden`)
	var hrefs []string
	b.eval(t, `[...document.querySelectorAll('#bp-search-popup .result-task a')].map(a => a.href)`, &hrefs)
	found := 0
	for _, h := range hrefs {
		if strings.Contains(h, "/MSP-11b/index.html#task-11b.04.") {
			found++
		}
	}
	if found < 2 {
		t.Errorf("task results %v: want at least two backup tasks of MSP-11b (11b.04)", hrefs)
	}
}

func searchPage(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "search.html")+"?q=backup")
	b.waitFor(t, `document.querySelectorAll('.search-page-results .result').length > 5`)
	b.do(t, chromedp.Click(chromedp.CSS(`.search-filters .filter:nth-child(2)`)))
	var kinds []string
	b.eval(t, `[...document.querySelectorAll('.search-page-results .result')].map(li => li.className)`, &kinds)
	for _, k := range kinds {
		if k != kinds[0] {
			t.Fatalf("after filtering, results of several kinds: %v", kinds)
		}
	}
}

func themeToggle(t *testing.T, b *browser, dir string) {
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		b.open(t, fileURL(dir, "index.html"))
		b.eval(t, `localStorage.removeItem('bp-theme'), document.documentElement.removeAttribute('data-theme'), 0`, new(int))
		var before, after, stored, pressed string
		b.eval(t, `getComputedStyle(document.body).backgroundColor`, &before)
		b.do(t, chromedp.Click(chromedp.ID("bp-theme")))
		b.eval(t, `getComputedStyle(document.body).backgroundColor`, &after)
		b.eval(t, `localStorage.getItem('bp-theme')`, &stored)
		b.eval(t, `document.getElementById('bp-theme').getAttribute('aria-pressed')`, &pressed)
		want := map[string]string{"light": "dark", "dark": "light"}[scheme]
		if before == after || stored != want || pressed != map[string]string{"dark": "true", "light": "false"}[want] {
			t.Errorf("system %s: background %s → %s, stored %q, pressed %s; want %s", scheme, before, after, stored, pressed, want)
		}
		b.open(t, fileURL(dir, "roles/index.html"))
		var theme, bg string
		b.eval(t, `document.documentElement.getAttribute('data-theme')`, &theme)
		b.eval(t, `getComputedStyle(document.body).backgroundColor`, &bg)
		if theme != want || bg != after {
			t.Errorf("system %s: next page has theme %q background %s, want %s %s", scheme, theme, bg, want, after)
		}
	}
	b.eval(t, `localStorage.removeItem('bp-theme'), 0`, new(int))
}

func blockLink(t *testing.T, b *browser, dir string) {
	b.open(t, fileURL(dir, "index.html"))
	b.do(t, chromedp.Click(chromedp.CSS(`.diagram .block[data-link="MSP-11b"]`)))
	b.waitFor(t, `location.pathname.endsWith('/MSP-11b/index.html')`)
	var planned int
	b.open(t, fileURL(dir, "index.html"))
	b.eval(t, `document.querySelectorAll('.diagram .block.planned.linked, .diagram .block.planned[tabindex]').length`, &planned)
	if planned != 0 {
		t.Errorf("%d planned blocks still look clickable", planned)
	}
}

// screenshots saves pictures of the site for review, in both themes.
func screenshots(t *testing.T, b *browser, dir, out string) {
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, scheme := range []string{"light", "dark"} {
		if _, err := chromedp.Call(b.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			t.Fatal(err)
		}
		shoot := func(name, url string, setup ...chromedp.Action[chromedp.Void]) {
			b.open(t, fileURL(dir, "")+url)
			b.do(t, setup...)
			png, err := chromedp.Run(b.ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(out, scheme+"-"+name+".png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		shoot("home", "/index.html")
		shoot("module-task", "/MSP-11b/index.html#task-"+backupTask, chromedp.Sleep(400*time.Millisecond))
		shoot("role", "/roles/noc-engineer.html")
		shoot("system", "/systems/psa.html", chromedp.Evaluate[chromedp.Void](`document.getElementById('touchpoints').scrollIntoView()`))
		shoot("search", "/index.html", chromedp.SendKeys(chromedp.ID("bp-q"), "backup"), chromedp.Sleep(300*time.Millisecond))
		shoot("search-page", "/search.html?q=backup", chromedp.Sleep(300*time.Millisecond))
		shoot("guide", "/guides/how-to-read-a-service-blueprint.html")
		shoot("kpi", "/kpis/deactivation-issues.html")
		b.do(t, chromedp.EmulateViewport(390, 844))
		shoot("mobile-home", "/index.html")
		shoot("mobile-task", "/MSP-11b/index.html#task-"+backupTask, chromedp.Sleep(400*time.Millisecond))
		b.do(t, chromedp.EmulateViewport(1440, 900))
	}
}
