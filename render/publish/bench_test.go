package publish

import (
	"fmt"
	"testing"
)

// BenchmarkUnchangedWrite is the incremental case: 100 outputs that
// already hold their bytes, as in a second build with nothing changed.
func BenchmarkUnchangedWrite(b *testing.B) {
	d := New(b.TempDir())
	data := make([]byte, 20<<10)
	for i := range 100 {
		if _, err := d.Write(fmt.Sprintf("m%d/overview.svg", i), data); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		for i := range 100 {
			if _, err := d.Write(fmt.Sprintf("m%d/overview.svg", i), data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkChangedWrite replaces one 20 KiB file atomically, without the
// fsync, which Sync does for many files at once.
func BenchmarkChangedWrite(b *testing.B) {
	d := New(b.TempDir())
	data := make([]byte, 20<<10)
	i := 0
	for b.Loop() {
		data[0] = byte(i)
		i++
		if _, err := d.Write("x.svg", data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDurableWrites writes 100 changed 20 KiB files and syncs them,
// as a build of a few modules does before its manifest.
func BenchmarkDurableWrites(b *testing.B) {
	d := New(b.TempDir())
	data := make([]byte, 20<<10)
	i := 0
	for b.Loop() {
		data[0] = byte(i)
		i++
		for k := range 100 {
			if _, err := d.Write(fmt.Sprintf("m%d/page.svg", k), data); err != nil {
				b.Fatal(err)
			}
		}
		if err := d.Sync(); err != nil {
			b.Fatal(err)
		}
	}
}
