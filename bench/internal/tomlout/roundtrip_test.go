package tomlout

import (
	"os"
	"reflect"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

// TestWrittenContentLoadsAndValidates writes the benchmark's content and
// reads it back through the real loader and validator.
func TestWrittenContentLoadsAndValidates(t *testing.T) {
	set := synth.Module(1, synth.Options{Tasks: 200, Lanes: 8})
	dir := t.TempDir()
	if err := Write(dir, set); err != nil {
		t.Fatal(err)
	}
	got, diags := load.Dir(os.DirFS(dir), "content")
	if diags.Errors() == 0 {
		diags = append(diags, validate.Set(got)...)
	}
	if len(diags) > 0 {
		t.Fatalf("written content has problems:\n%v", diags)
	}
	want, sp := set.Modules[0].Subprocesses[0], got.Modules[0].Subprocesses[0]
	if len(sp.Tasks) != len(want.Tasks) {
		t.Fatalf("read back %d tasks, want %d", len(sp.Tasks), len(want.Tasks))
	}
	for i, task := range sp.Tasks {
		w := want.Tasks[i]
		if task.ID != w.ID || task.Label != w.Label || task.Kind != w.Kind || len(task.Next) != len(w.Next) {
			t.Errorf("task %d: read back %+v, want %+v", i, task, w)
		}
	}
}

func TestQuote(t *testing.T) {
	for in, want := range map[string]string{
		`plain`:          `"plain"`,
		`say "hi" \ bye`: `"say \"hi\" \\ bye"`,
		"tab\tnl\n\x01":  `"tab\tnl\n\u0001"`,
		"café ✓":         `"café ✓"`,
	} {
		if got := quote(in); got != want {
			t.Errorf("quote(%q) = %s, want %s", in, got, want)
		}
	}
	var w writer
	w.strs("k", []string{"a", `b"`})
	if got, want := w.String(), "k = [\"a\", \"b\\\"\"]\n"; !reflect.DeepEqual(got, want) {
		t.Errorf("strs = %q, want %q", got, want)
	}
}
