package pdf

import (
	"io"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// tenPages is a module PDF of ten pages: the overview and three
// sub-processes of three pages each.
func tenPages() []geom.Page {
	fx := newFixture()
	pages := []geom.Page{fx.overviewPage()}
	for _, sp := range []string{"11b.02", "11b.03", "11b.04"} {
		for n := 1; n <= 3; n++ {
			pages = append(pages, fx.processPage(sp, "Sub-process "+sp, n, 3))
		}
	}
	return pages
}

func BenchmarkDiagrams(b *testing.B) {
	pages, th := tenPages(), theme(b)
	for b.Loop() {
		if err := Diagrams(io.Discard, pages, th, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReport(b *testing.B) {
	r, th := longReport(90), theme(b)
	for b.Loop() {
		if err := Report(io.Discard, r, th, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
