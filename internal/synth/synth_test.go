package synth

import (
	"reflect"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
)

func TestModuleIsValid(t *testing.T) {
	sizes := []Options{
		{},
		{Tasks: 3, Lanes: 1},
		{Tasks: 12, Lanes: 3, Decisions: 0.5, Loops: 0.3},
		{Tasks: 80, Lanes: 8, Subprocesses: 3, In: 2, Out: 3},
		{Tasks: 200, Lanes: 8},
		{Tasks: 300, Lanes: 10, Decisions: 0.4, Forks: 0.2, Loops: 0.2, In: 3, Out: 4},
		{Tasks: 40, Lanes: 4, Decisions: -1, Forks: -1, Loops: -1, In: -1, Out: -1},
	}
	for seed := int64(1); seed <= 25; seed++ {
		for _, opt := range sizes {
			set := Module(seed, opt)
			if ds := validate.Set(set); len(ds) > 0 {
				t.Fatalf("seed %d, %+v: invalid content:\n%v", seed, opt, ds)
			}
			want := opt.withDefaults().Tasks
			for _, sp := range set.Modules[0].Subprocesses {
				if len(sp.Tasks) != want {
					t.Errorf("seed %d, %+v: %s has %d tasks, want %d", seed, opt, sp.ID, len(sp.Tasks), want)
				}
			}
		}
	}
}

func TestModuleHasWhatWasAskedFor(t *testing.T) {
	set := Module(7, Options{Tasks: 300, Lanes: 10, Decisions: 0.4, Loops: 0.3, In: 2, Out: 2})
	sp := set.Modules[0].Subprocesses[0]
	kinds := map[blueprints.Kind]int{}
	lanes := map[[2]string]bool{}
	branches3 := 0
	for _, task := range sp.Tasks {
		kinds[task.Kind]++
		lanes[[2]string{task.Role.ID, string(task.Stage)}] = true
		if task.Kind == blueprints.KindDecision && len(task.Next) == 3 {
			branches3++
		}
	}
	if kinds[blueprints.KindDecision] < 10 || kinds[blueprints.KindConnector] < 3 || branches3 == 0 {
		t.Errorf("too few constructs: %v, %d three-way decisions", kinds, branches3)
	}
	if len(lanes) != 10 {
		t.Errorf("tasks use %d lanes, want 10", len(lanes))
	}
}

func TestModuleIsDeterministic(t *testing.T) {
	a, b := Module(42, Options{Tasks: 100}), Module(42, Options{Tasks: 100})
	if !reflect.DeepEqual(a, b) {
		t.Error("the same seed gave different content")
	}
	if reflect.DeepEqual(a, Module(43, Options{Tasks: 100})) {
		t.Error("different seeds gave the same content")
	}
}
