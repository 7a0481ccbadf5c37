package vsdx

import (
	"bytes"
	"io"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/fixture"
)

// TestPackageIsComplete checks the OPC plumbing a reader relies on: the
// content types come first and name a type for every part, every XML part
// parses, and every relationship leads to a part that exists.
func TestPackageIsComplete(t *testing.T) {
	pages := []geom.Page{fixture.OverviewPage(), fixture.ProcessPage()}
	_, p := write(t, pages, fixture.Theme(t), Options{})
	if p.names[0] != "[Content_Types].xml" {
		t.Fatalf("first entry is %q, want [Content_Types].xml", p.names[0])
	}
	for _, want := range []string{"_rels/.rels", "docProps/core.xml", "docProps/app.xml", "visio/document.xml",
		"visio/_rels/document.xml.rels", "visio/pages/pages.xml", "visio/pages/_rels/pages.xml.rels",
		"visio/pages/page1.xml", "visio/pages/page2.xml", "visio/media/image1.png"} {
		if _, ok := p.parts[want]; !ok {
			t.Errorf("no part %s", want)
		}
	}
	for _, name := range p.names {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			wellFormed(t, name, p.parts[name])
		}
	}
	checkContentTypes(t, p)
	// Document, core, app; pages; two pages; the logo of the one page
	// with a title block.
	if n := checkRelationships(t, p); n != 7 {
		t.Errorf("%d relationships in the package, want 7", n)
	}
}

// checkContentTypes fails unless every override names a part and every
// part has a type, by name or by extension.
func checkContentTypes(t *testing.T, p pkg) {
	var ct xTypes
	decode(t, p, "[Content_Types].xml", &ct)
	typed := map[string]bool{}
	for _, o := range ct.Overrides {
		name := strings.TrimPrefix(o.Part, "/")
		if _, ok := p.parts[name]; !ok {
			t.Errorf("content type override names %s, which is not in the package", o.Part)
		}
		typed[name] = true
	}
	exts := map[string]bool{}
	for _, d := range ct.Defaults {
		exts[d.Ext] = true
	}
	for _, name := range p.names[1:] {
		if !typed[name] && !exts[strings.TrimPrefix(path.Ext(name), ".")] {
			t.Errorf("part %s has no content type", name)
		}
	}
	for _, name := range []string{"visio/document.xml", "visio/pages/pages.xml", "visio/pages/page1.xml"} {
		if !typed[name] {
			t.Errorf("%s has no override; Visio finds parts by their type", name)
		}
	}
}

// checkRelationships fails unless every relationship target exists, and
// returns how many relationships there are.
func checkRelationships(t *testing.T, p pkg) int {
	n := 0
	for _, name := range p.names {
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		var rels xRels
		decode(t, p, name, &rels)
		for _, r := range rels.Rels {
			target := path.Join(relsSource(name), r.Target)
			if _, ok := p.parts[target]; !ok {
				t.Errorf("%s: %s (%s) leads to %s, which is not in the package", name, r.ID, r.Type, target)
			}
			n++
		}
	}
	return n
}

// TestPagesAreNamedAndSized checks one Visio page per geom page, named by
// its title and sized to it in inches.
func TestPagesAreNamedAndSized(t *testing.T) {
	first, second := fixture.ProcessPage(), fixture.ProcessPage()
	first.Of, second.Number, second.Of = 2, 2, 2
	third := first // a clash Visio would refuse
	pages := []geom.Page{first, second, third, fixture.OverviewPage()}
	_, p := write(t, pages, fixture.Theme(t), Options{})
	var ps xPages
	decode(t, p, "visio/pages/pages.xml", &ps)
	base := first.Title
	want := []string{base + " (1 of 2)", base + " (2 of 2)", base + " (1 of 2) (2)", pages[3].Title}
	if len(ps.Pages) != len(want) {
		t.Fatalf("%d pages, want %d", len(ps.Pages), len(want))
	}
	for i, pg := range ps.Pages {
		if pg.Name != want[i] || pg.NameU != want[i] {
			t.Errorf("page %d is named %q, want %q", i+1, pg.Name, want[i])
		}
		sheet := xShape{Cells: pg.Cells}
		w, h := sheet.num(t, "PageWidth"), sheet.num(t, "PageHeight")
		if !near(w, pages[i].Width/72) || !near(h, pages[i].Height/72) {
			t.Errorf("page %d is %v x %v in, want %v x %v", i+1, w, h, pages[i].Width/72, pages[i].Height/72)
		}
	}
}

// near compares two values written with six decimals.
func near(a, b float64) bool { return a-b < 1e-6 && b-a < 1e-6 }

// TestWriteIsDeterministic writes twice and compares bytes, and checks
// that every entry carries the given date.
func TestWriteIsDeterministic(t *testing.T) {
	pages := []geom.Page{fixture.OverviewPage(), fixture.ProcessPage()}
	date := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	a, p := write(t, pages, fixture.Theme(t), Options{Date: date})
	b, _ := write(t, pages, fixture.Theme(t), Options{Date: date})
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same pages differ")
	}
	for _, f := range p.zip.File {
		if !f.Modified.Equal(date) {
			t.Errorf("%s is stamped %v, want %v", f.Name, f.Modified, date)
		}
	}
	if !bytes.Contains(p.parts["docProps/core.xml"], []byte("2026-03-01T12:00:00Z")) {
		t.Error("core properties do not carry the date")
	}
	_, undated := write(t, pages, fixture.Theme(t), Options{})
	if f := undated.zip.File[0]; f.Modified.Year() != 1980 {
		t.Errorf("without a date entries are stamped %v, want 1980-01-01", f.Modified)
	}
	if bytes.Contains(undated.parts["docProps/core.xml"], []byte("dcterms:created")) {
		t.Error("core properties carry a date nobody gave")
	}
}

// TestLogoIsOptional checks that a brand without a usable raster logo
// gives a package without media, and that a failing writer is reported.
func TestLogoIsOptional(t *testing.T) {
	th := fixture.Theme(t)
	th.Logo = []byte("<svg/>")
	_, p := write(t, []geom.Page{fixture.ProcessPage()}, th, Options{})
	for _, name := range p.names {
		if strings.HasPrefix(name, "visio/media/") || strings.HasPrefix(name, "visio/pages/_rels/page1") {
			t.Errorf("package holds %s without a logo", name)
		}
	}
	if n := checkRelationships(t, p); n != 5 {
		t.Errorf("%d relationships in the package, want 5", n)
	}
	if err := Write(io.Discard, nil, th, Options{}); err == nil {
		t.Error("no error for a document without pages")
	}
	if err := Write(failWriter{}, []geom.Page{fixture.ProcessPage()}, th, Options{}); err == nil {
		t.Error("no error from a failing writer")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// TestBarePage writes a page with nothing on it, no title and no size:
// the package is still complete and names the page.
func TestBarePage(t *testing.T) {
	_, p := write(t, []geom.Page{{}, {Edges: []geom.Edge{{From: "a", To: "b"}}}}, geom.Theme{}, Options{})
	checkContentTypes(t, p)
	checkRelationships(t, p)
	var ps xPages
	decode(t, p, "visio/pages/pages.xml", &ps)
	if len(ps.Pages) != 2 || ps.Pages[0].Name != "Page" || ps.Pages[1].Name != "Page (2)" {
		t.Errorf("bare pages are named %+v", ps.Pages)
	}
}
