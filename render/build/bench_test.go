package build

import "testing"

// BenchmarkBuild builds every file of the shipped library for one brand,
// in memory: the cost of a cold build without the writes.
func BenchmarkBuild(b *testing.B) {
	in := shippedInput(b, "northwind")
	for b.Loop() {
		if _, err := Build(in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkModule builds the largest shipped module alone, the unit a
// parallel build hands to a worker.
func BenchmarkModule(b *testing.B) {
	in := shippedInput(b, "northwind")
	m := in.Set.Modules[0]
	for _, x := range in.Set.Modules {
		if len(x.Subprocesses) > len(m.Subprocesses) {
			m = x
		}
	}
	for b.Loop() {
		if _, err := Module(in, m); err != nil {
			b.Fatal(err)
		}
	}
}
