package drawio

import (
	"bytes"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// keepDir, when set, receives the .drawio of every shipped module, to
// open in draw.io.
var keepDir = flag.String("drawio.keep", "", "also write the shipped module's .drawio into this directory")

// shipped lays out the shipped content personalized with the built-in
// brand brandID, as the build would: for every module its overview and
// every sub-process map whole, then every series' life cycle.
func shipped(t testing.TB, brandID string) ([][]geom.Page, geom.Theme) {
	t.Helper()
	set, diags := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	sub, err := fs.Sub(branding.Builtin(), brandID)
	if err != nil {
		t.Fatal(err)
	}
	brand, bd := load.Brand(sub, "branding/"+brandID)
	if diags = append(diags, bd...); diags.Errors() > 0 {
		t.Fatalf("content does not load:\n%v", diags.Err())
	}
	set = branding.Apply(set, brand)
	r, th := measure.Default(), branding.Theme(brand)
	opt := layout.Options{Brand: th.Name}
	var docs [][]geom.Page
	for _, m := range set.Modules {
		sc := blueprints.NewScope(set, m)
		pages := []geom.Page{layout.Overview(sc, m, r, opt)}
		for _, sp := range m.Subprocesses {
			pages = append(pages, layout.Subprocess(sc, m, sp, r, opt))
		}
		docs = append(docs, pages)
	}
	for _, sr := range set.Series {
		docs = append(docs, []geom.Page{layout.Lifecycle(set, sr, r, opt)})
	}
	return docs, th
}

// TestShippedContent writes every shipped module and life cycle and
// checks each file: it parses, holds a diagram per page, every task sits
// in its lane reading its label, every edge joins two cells.
func TestShippedContent(t *testing.T) {
	docs, th := shipped(t, "northwind")
	for _, pages := range docs {
		var buf bytes.Buffer
		if err := Write(&buf, pages, th); err != nil {
			t.Fatal(err)
		}
		f := parse(t, buf.Bytes())
		if len(f.Diagrams) != len(pages) {
			t.Fatalf("%d diagrams for %d pages", len(f.Diagrams), len(pages))
		}
		for i, p := range pages {
			checkDiagram(t, p, f.Diagrams[i])
		}
		if *keepDir != "" {
			name := filepath.Join(*keepDir, strings.ReplaceAll(pages[0].ID, "/", "_")+".drawio")
			if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}
