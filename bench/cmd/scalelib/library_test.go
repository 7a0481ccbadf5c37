package main

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

func TestLibraryIsValid(t *testing.T) {
	set := library(30, synth.Options{Tasks: 10, Lanes: 6, Subprocesses: 2})
	if ds := validate.Set(set); ds.Errors() > 0 {
		t.Fatalf("the library is invalid:\n%v", ds)
	}
	if len(set.Modules) != 30 || set.Modules[29].ID != "SYN-0030" {
		t.Errorf("%d modules, last %s", len(set.Modules), set.Modules[len(set.Modules)-1].ID)
	}
	if n := len(set.Series[0].Phases); n != 2 {
		t.Errorf("%d phases, want 2 of at most %d modules", n, perPhase)
	}
}
