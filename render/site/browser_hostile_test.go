package site_test

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestHostileSiteInBrowser loads every page of the hostile site in
// Chromium: no script of the content may run (it would set
// window.__pwned or open a dialog), and the task panel and the search
// show the markup as text.
func TestHostileSiteInBrowser(t *testing.T) {
	b := newBrowser(t)
	opened := b.watchDialogs()
	dir := t.TempDir()
	files := fileMap(buildSet(t, loadArchive(t, "hostile.txtar", true)))
	writeFiles(t, dir, mapFiles(files))
	for _, p := range htmlPages(files) {
		n := b.mark()
		b.open(t, fileURL(dir, p))
		b.hoverEverything(t)
		var pwned bool
		b.eval(t, `!!window.__pwned`, &pwned)
		if errs := b.errorsSince(n); pwned || len(errs) > 0 {
			t.Errorf("%s: content script ran: %v; console: %s", p, pwned, strings.Join(errs, "\n"))
		}
	}
	b.open(t, fileURL(dir, "X-01/index.html"))
	b.do(t, chromedp.Click(chromedp.CSS(`.diagram .task[data-task="01.02"]`)))
	b.waitFor(t, `!document.getElementById('bp-task-panel').hidden`)
	var title string
	b.eval(t, `document.getElementById('bp-panel-title').textContent`, &title)
	if !strings.Contains(title, payload) {
		t.Errorf("panel title %q does not show the payload as text", title)
	}
	b.do(t, chromedp.SendKeys(chromedp.ID("bp-q"), "pwned"))
	b.waitFor(t, `document.querySelectorAll('#bp-search-popup .result').length > 0`)
	var shown string
	b.eval(t, `document.querySelector('#bp-search-popup .result-title').textContent`, &shown)
	if !strings.Contains(shown, "<script>") {
		t.Errorf("search result %q does not show the markup as text", shown)
	}
	select {
	case msg := <-opened:
		t.Errorf("a dialog opened: %q", msg)
	default:
	}
}

// watchDialogs accepts every alert, confirm or prompt the page opens and
// reports its message.
func (b *browser) watchDialogs() <-chan string {
	dialogs := chromedp.Events(b.ctx, page.JavascriptDialogOpening)
	opened := make(chan string, 16)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			opened <- ev.Message
			_, _ = chromedp.Call(b.ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}
	}()
	return opened
}

// hoverEverything fires mouseover on every element, for content that
// smuggled in an onmouseover handler.
func (b *browser) hoverEverything(t *testing.T) {
	t.Helper()
	b.eval(t, `document.querySelectorAll('*').forEach(e => e.dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))), 0`, new(int))
}
