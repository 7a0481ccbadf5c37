package build

import (
	"context"
	"testing"

	"github.com/blueprint-tools/blueprint/render/publish"
)

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

// BenchmarkNoopUpdate is a second build of the shipped library with
// nothing changed: fingerprint every job, compare with the manifest,
// check that each output is still there. It should make and write nothing.
func BenchmarkNoopUpdate(b *testing.B) {
	in := shippedInput(b, "northwind")
	out := publish.New(b.TempDir())
	if _, err := Update(context.Background(), in, out, Options{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		res, err := Update(context.Background(), in, out, Options{})
		if err != nil || res.Rendered != 0 {
			b.Fatal(res, err)
		}
	}
}

// BenchmarkSums fingerprints every part of the shipped library.
func BenchmarkSums(b *testing.B) {
	in := shippedInput(b, "northwind")
	for b.Loop() {
		if _, err := NewSums(in); err != nil {
			b.Fatal(err)
		}
	}
}
