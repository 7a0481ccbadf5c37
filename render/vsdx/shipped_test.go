package vsdx

import (
	"io/fs"
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// shipped is the shipped content personalized with a built-in brand, as
// the command hands it to the build.
type shipped struct {
	set *blueprints.Set
	th  geom.Theme
	opt layout.Options
}

func loadShipped(t testing.TB, brandID string) shipped {
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
	th := branding.Theme(brand)
	return shipped{set: branding.Apply(set, brand), th: th, opt: layout.Options{Brand: th.Name}}
}

// module lays out module id as the build would: its overview, then every
// sub-process map whole. It also returns every task label of the module.
func (s shipped) module(t testing.TB, id string) ([]geom.Page, []string) {
	t.Helper()
	m := s.set.Module(id)
	if m == nil {
		t.Fatalf("module %s is not shipped", id)
	}
	sc := blueprints.NewScope(s.set, m)
	r := measure.Default()
	pages := []geom.Page{layout.Overview(sc, m, r, s.opt)}
	var labels []string
	for _, sp := range m.Subprocesses {
		pages = append(pages, layout.Subprocess(sc, m, sp, r, s.opt))
		for _, tk := range sp.Tasks {
			labels = append(labels, tk.Label)
		}
	}
	return pages, labels
}

// TestShippedContent writes every shipped module, and every series' life
// cycle, and checks each package: complete, every task a shape with its
// label, every edge glued at both ends.
func TestShippedContent(t *testing.T) {
	s := loadShipped(t, "default")
	var all [][]geom.Page
	for _, m := range s.set.Modules {
		pages, _ := s.module(t, m.ID)
		all = append(all, pages)
	}
	for _, sr := range s.set.Series {
		all = append(all, []geom.Page{layout.Lifecycle(s.set, sr, measure.Default(), s.opt)})
	}
	for _, pages := range all {
		_, p := write(t, pages, s.th, Options{})
		checkContentTypes(t, p)
		checkRelationships(t, p)
		for i, page := range pages {
			checkShipped(t, page, p.page(t, i+1))
		}
	}
}

// checkShipped fails unless every box with an id is a shape reading its
// label and every edge between two boxes is glued at both ends.
func checkShipped(t *testing.T, page geom.Page, pg xPage) {
	t.Helper()
	for _, b := range page.Boxes {
		if b.ID == "" {
			continue
		}
		if s, ok := pg.byData(b.ID); !ok || s.text() != normalize(label(b)) {
			t.Errorf("%s: box %s reads %q", page.ID, b.ID, s.text())
		}
	}
	glued := 0
	for _, c := range pg.Connects {
		if c.ToCell == "PinX" {
			glued++
		}
	}
	if glued != 2*len(page.Edges) {
		t.Errorf("%s: %d glued ends for %d edges", page.ID, glued, len(page.Edges))
	}
}
