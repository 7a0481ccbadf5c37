package report

import (
	"io"
	"testing"
)

// BenchmarkShippedReports builds and writes both reports of every shipped
// module, as HTML and CSV, for one brand.
func BenchmarkShippedReports(b *testing.B) {
	set, brand := loadShipped(b, "northwind")
	for b.Loop() {
		for _, m := range set.Modules {
			if err := HTML(io.Discard, Detail(set, m, brand.Name), HTMLOptions{}); err != nil {
				b.Fatal(err)
			}
			if err := HTML(io.Discard, Tasks(set, m, brand.Name), HTMLOptions{}); err != nil {
				b.Fatal(err)
			}
			if err := TaskCSV(io.Discard, set, m); err != nil {
				b.Fatal(err)
			}
			if err := DetailCSV(io.Discard, set, m); err != nil {
				b.Fatal(err)
			}
		}
	}
}
