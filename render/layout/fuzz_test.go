package layout

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// FuzzLayout lays out synthetic modules of every shape the generator can
// make: no panic, and Check finds nothing on the map, the overview or the
// life cycle.
func FuzzLayout(f *testing.F) {
	f.Add(int64(1), uint16(30), uint8(5), uint8(20), uint8(10), uint8(10), uint8(1), uint8(1))
	f.Add(int64(2), uint16(3), uint8(1), uint8(0), uint8(0), uint8(0), uint8(0), uint8(0))
	f.Add(int64(3), uint16(120), uint8(10), uint8(60), uint8(30), uint8(40), uint8(3), uint8(4))
	f.Add(int64(4), uint16(300), uint8(10), uint8(30), uint8(20), uint8(20), uint8(3), uint8(3))
	r := measure.Default()
	f.Fuzz(func(t *testing.T, seed int64, tasks uint16, lanes, decisions, forks, loops, in, out uint8) {
		share := func(p uint8) float64 { return float64(p%101)/100 - 0.005 } // 0 is "none"
		opt := synth.Options{
			Tasks: int(tasks)%synth.MaxTasks + 1, Lanes: int(lanes)%synth.MaxLanes + 1,
			Subprocesses: 2, Decisions: share(decisions), Forks: share(forks), Loops: share(loops),
			In: int(in%5) - 1, Out: int(out%5) - 1,
		}
		set := synth.Module(seed, opt)
		m := set.Modules[0]
		sc := blueprints.NewScope(set, m)
		for _, sp := range m.Subprocesses {
			for _, pr := range Check(Subprocess(sc, m, sp, r, Options{})) {
				t.Errorf("%s: %v", sp.ID, pr)
			}
		}
		for _, pr := range Check(Overview(sc, m, r, Options{})) {
			t.Errorf("overview: %v", pr)
		}
		for _, pr := range Check(Lifecycle(set, set.Series[0], r, Options{})) {
			t.Errorf("life cycle: %v", pr)
		}
	})
}
