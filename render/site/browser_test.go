package site_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath finds Debian's Chromium, or the browser CHROMIUM names;
// "" when there is none.
func chromiumPath() string {
	names := []string{"/usr/bin/chromium", "chromium", "chromium-browser"}
	if p := os.Getenv("CHROMIUM"); p != "" {
		names = []string{p}
	}
	for _, name := range names {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser is one headless Chromium with one tab, and the console messages
// it has printed so far.
type browser struct {
	ctx     context.Context
	mu      sync.Mutex
	console []chromedp.ConsoleMessage
}

// newBrowser starts Chromium for a test. Without Chromium the test is
// skipped, except in CI (the CI variable set), where it fails: CI must not
// pass without running the browser tests.
func newBrowser(t *testing.T) *browser {
	t.Helper()
	path := chromiumPath()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatal("chromium is not installed (apt-get install chromium); browser tests must run in CI")
		}
		t.Skip("chromium is not installed; skipping browser tests")
	}
	if testing.Short() && os.Getenv("CI") == "" {
		t.Skip("browser tests skipped in -short mode")
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), chromiumFlags(path, t.TempDir())...)
	ctx, cancelTab := chromedp.NewContext(actx)
	ctx, cancelTime := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() { cancelTime(); cancelTab(); cancelAlloc() })
	b := &browser{ctx: ctx}
	b.collectConsole()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return b
}

// chromiumFlags start Chromium headless, sandbox and GPU off, with nothing
// running in the background and a fresh profile in userData.
func chromiumFlags(path, userData string) []chromedp.ExecAllocatorOption {
	return []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(path),
		chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(userData),
		chromedp.WindowSize(1440, 900),
	}
}

// collectConsole records every console message of the tab.
func (b *browser) collectConsole() {
	messages := chromedp.Console(b.ctx)
	go func() {
		for m, err := range messages {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.console = append(b.console, m)
			b.mu.Unlock()
		}
	}()
}

// fileURL is the file:// URL of path under dir.
func fileURL(dir, path string) string {
	abs, _ := filepath.Abs(filepath.Join(dir, filepath.FromSlash(path)))
	return "file://" + filepath.ToSlash(abs)
}

// open loads url and waits until its scripts have run.
func (b *browser) open(t *testing.T, url string) {
	t.Helper()
	if err := chromedp.Do(b.ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("open %s: %v", url, err)
	}
	b.eval(t, `document.readyState`, new(string))
}

// errorsSince returns the errors the console printed after message n,
// waiting a moment for late ones (a failed load reports after the load
// event).
func (b *browser) errorsSince(n int) []string {
	time.Sleep(60 * time.Millisecond)
	b.mu.Lock()
	defer b.mu.Unlock()
	var out []string
	for _, m := range b.console[n:] {
		if m.Type == chromedp.ConsoleError || m.IsException() || m.Type == chromedp.ConsoleWarning {
			out = append(out, m.String()+" ("+m.URL+")")
		}
	}
	return out
}

func (b *browser) mark() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.console)
}

// eval evaluates a JavaScript expression into out.
func (b *browser) eval(t *testing.T, expr string, out any) {
	t.Helper()
	raw, err := chromedp.Run(b.ctx, chromedp.Evaluate[[]byte](expr))
	if err != nil {
		t.Fatalf("eval %s: %v", expr, err)
	}
	if err := jsonUnmarshal(raw, out); err != nil {
		t.Fatalf("eval %s: %v (got %s)", expr, err, raw)
	}
}

// waitFor polls a JavaScript condition until it holds. Errors while a
// navigation replaces the page are retried.
func (b *browser) waitFor(t *testing.T, cond string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool]("!!("+cond+")"))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: %v", cond, err)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (b *browser) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(b.ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func htmlPages(files map[string][]byte) []string {
	var out []string
	for p := range files {
		if strings.HasSuffix(p, ".html") {
			out = append(out, p)
		}
	}
	return sortedStrings(out)
}

// TestBrowserSeesConsoleErrors makes sure the console check above can
// fail: a missing script and an exception must both be reported.
func TestBrowserSeesConsoleErrors(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	page := `<!DOCTYPE html><title>x</title><script src="missing.js"></script><script>throw new Error("boom")</script>`
	if err := os.WriteFile(filepath.Join(dir, "bad.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	n := b.mark()
	b.open(t, fileURL(dir, "bad.html"))
	errs := strings.Join(b.errorsSince(n), "\n")
	if !strings.Contains(errs, "boom") || !strings.Contains(errs, "missing.js") {
		t.Errorf("console errors not seen; got:\n%s", errs)
	}
}
