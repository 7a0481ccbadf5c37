package layout

import (
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// TestShippedContent lays out every sub-process, overview and life cycle
// of the content shipped in blueprints/ and checks each page.
func TestShippedContent(t *testing.T) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	if ds.Errors() > 0 {
		t.Fatalf("the shipped content does not load:\n%v", ds)
	}
	if len(set.Modules) == 0 {
		t.Fatal("no modules in the shipped content")
	}
	r := measure.Default()
	opt := Options{Brand: "Northwind Managed IT"}
	check := func(what string, probs []Problem) {
		for _, pr := range probs {
			t.Errorf("%s: %v", what, pr)
		}
	}
	for _, s := range set.Series {
		check(s.ID+" life cycle", Check(Lifecycle(set, s, r, opt)))
	}
	for _, m := range set.Modules {
		sc := blueprints.NewScope(set, m)
		ov := Overview(sc, m, r, opt)
		check(m.ID+" overview", Check(ov))
		for _, paper := range geom.DiagramPapers() {
			if size := paper.PrintScale(ov.Width, ov.Height) * ov.SmallestText(); size < geom.MinPrintText {
				t.Errorf("%s overview prints its text at %.2f pt on %s, under %v pt", m.ID, size, paper.Name, geom.MinPrintText)
			}
		}
		for _, sp := range m.Subprocesses {
			p := Subprocess(sc, m, sp, r, opt)
			check(sp.ID, Check(p))
			if len(p.Boxes) != len(sp.Tasks) {
				t.Errorf("%s: %d boxes for %d tasks", sp.ID, len(p.Boxes), len(sp.Tasks))
			}
		}
	}
}

// BenchmarkShippedContent lays out every page of the shipped content: all
// sub-process maps, overviews and life cycles.
func BenchmarkShippedContent(b *testing.B) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	if ds.Errors() > 0 {
		b.Fatal(ds)
	}
	r := measure.Default()
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range set.Series {
			Lifecycle(set, s, r, Options{})
		}
		for _, m := range set.Modules {
			sc := blueprints.NewScope(set, m)
			Overview(sc, m, r, Options{})
			for _, sp := range m.Subprocesses {
				Subprocess(sc, m, sp, r, Options{})
			}
		}
	}
}
