package layout

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// BenchmarkSubprocess lays out a 200-task, 8-lane synthetic sub-process.
func BenchmarkSubprocess(b *testing.B) {
	set := synth.Module(1, synth.Options{Tasks: 200, Lanes: 8})
	m := set.Modules[0]
	sc := blueprints.NewScope(set, m)
	r := measure.Default()
	b.ReportAllocs()
	for b.Loop() {
		Subprocess(sc, m, m.Subprocesses[0], r, Options{})
	}
}
