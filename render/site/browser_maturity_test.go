package site_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/chromedp/chromedp"

	"github.com/blueprint-tools/blueprint/blueprints/assess"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
)

// TestMaturityFormInBrowser drives the self-assessment form in headless
// Chromium: the page starts from the recorded assessment with the levels
// Go computes, ticking practices changes the computed levels, answers
// survive a reload, and the export is the brand's assessment.toml.
func TestMaturityFormInBrowser(t *testing.T) {
	b := newBrowser(t)
	dir := t.TempDir()
	files, set := maturitySite(t)
	writeFiles(t, dir, files)
	url := fileURL(dir, modelPage)
	n := b.mark()
	b.open(t, url)
	if errs := b.errorsSince(n); len(errs) > 0 {
		t.Fatalf("console errors:\n%s", strings.Join(errs, "\n"))
	}

	// The script's score of the recorded answers is Go's.
	a, _ := load.Assessment(os.DirFS("../../branding/northwind"), "branding/northwind")
	want := assess.Score(set.Maturity[0], assess.InPlace(a))
	got := pageScore(t, b)
	if got.Level != want.Level || got.Decom != want.Areas[5].Level || got.InPlace != want.InPlace {
		t.Errorf("script scores %+v, Go level %d, decommissioning %d, %d in place", got, want.Level, want.Areas[5].Level, want.InPlace)
	}

	// Closing the two gaps of the lowest areas raises the overall level,
	// and decom-3, in place above the gap, now counts.
	b.do(t, chromedp.Click(chromedp.CSS(`input[value="decom-2"]`)), chromedp.Click(chromedp.CSS(`input[value="analytics-2"]`)))
	b.waitFor(t, `document.querySelector('.overall-level').textContent === '2 Basic'`)
	if got := pageScore(t, b); got.Decom != 3 || got.Cell != "cell cell-reached" || got.Next == 0 {
		t.Errorf("after ticking decom-2 and analytics-2: %+v, want decommissioning at 3 with its level-3 cell reached", got)
	}

	// Unticking a level-1 practice drops its area to 0: the level-2
	// practice still ticked is in place above a gap and does not count.
	b.do(t, chromedp.Click(chromedp.CSS(`input[value="request-1"]`)))
	b.waitFor(t, `document.querySelector('.overall-level').textContent === '0 Not yet Initial'`)
	var cell string
	b.eval(t, `document.querySelector('tr[data-area="request-handling"] td[data-level="2"]').className`, &cell)
	if cell != "cell cell-ahead" {
		t.Errorf("request handling at level 2 is %q, want it ahead of the gap", cell)
	}

	// Answers survive a reload (kept in localStorage).
	b.open(t, url)
	b.waitFor(t, `document.querySelector('.overall-level').textContent === '0 Not yet Initial'`)
	var toml string
	b.eval(t, `window.BlueprintAssessment.toml()`, &toml)
	if !strings.Contains(toml, "[assessment]\n") || !strings.Contains(toml, `  "decom-2",`) || strings.Contains(toml, `"request-1"`) {
		t.Errorf("exported TOML:\n%s", toml)
	}
	// The export is a valid assessment.toml for the brand's folder.
	back, diags := load.Assessment(fstest.MapFS{"assessment.toml": {Data: []byte(toml)}}, "branding/northwind")
	diags = append(diags, validate.Assessment(set, back)...)
	if len(diags) > 0 || back == nil || len(back.InPlace) != want.InPlace+1 || !back.Has("analytics-2") {
		t.Errorf("the export does not load back: %v\n%s", diags, toml)
	}

	// Starting over restores the recorded assessment.
	b.do(t, chromedp.Click(chromedp.CSS(`[data-action="recorded"]`)))
	b.waitFor(t, `document.querySelector('.overall-level').textContent === '1 Initial'`)
	b.do(t, chromedp.Click(chromedp.CSS(`[data-action="clear"]`)))
	b.waitFor(t, `document.querySelectorAll('input[name="practice"]:checked').length === 0`)
	if errs := b.errorsSince(n); len(errs) > 0 {
		t.Errorf("console errors:\n%s", strings.Join(errs, "\n"))
	}
}

// shownScore is what the page shows.
type shownScore struct {
	Level, Decom, InPlace, Next int
	Cell                        string // decommissioning at level 3
}

func pageScore(t *testing.T, b *browser) shownScore {
	t.Helper()
	var s shownScore
	b.eval(t, `(() => {
		const row = document.querySelector('tr[data-area="decommissioning"]');
		return {
			Level: parseInt(document.querySelector('.overall-level').textContent, 10),
			Decom: parseInt(row.querySelector('.area-level').textContent, 10),
			InPlace: parseInt(document.querySelector('.overall-count .in-place').textContent, 10),
			Next: document.querySelectorAll('.next-list a').length,
			Cell: row.querySelector('td[data-level="3"]').className,
		};
	})()`, &s)
	return s
}
