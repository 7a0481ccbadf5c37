package layout

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// No label of the shipped content is split inside a word: the box is made
// wide enough for its longest word instead ("Client-Specific", not
// "Client-Specifi" / "c").
func TestLabelsKeepWordsWhole(t *testing.T) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	if ds.Errors() > 0 {
		t.Fatal(ds)
	}
	for _, m := range set.Modules {
		sc := blueprints.NewScope(set, m)
		for _, sp := range m.Subprocesses {
			p := Subprocess(sc, m, sp, measure.Default(), Options{})
			for i, task := range sp.Tasks {
				var got []string
				for _, l := range p.Boxes[i].Lines {
					got = append(got, strings.Fields(l.Text)...)
				}
				if want := strings.Fields(task.Label); !slices.Equal(got, want) {
					t.Errorf("%s: label %q drawn as %q", task.ID, task.Label, got)
				}
			}
		}
	}
}

// Every kind of box grows with a long word rather than splitting it, and
// its text stays inside it.
func TestLongWordWidensBox(t *testing.T) {
	word := "Interoperability-Certification"
	for _, kind := range blueprints.Kinds {
		sp := &blueprints.Subprocess{ID: "x", Tasks: []*blueprints.Task{
			{ID: "a", Kind: kind, Label: word + " review", Role: blueprints.Ref{ID: "r"}, Stage: blueprints.StageBackstage},
		}}
		p := Subprocess(nil, nil, sp, measure.Default(), Options{})
		if got := p.Boxes[0].Lines[0].Text; got != word {
			t.Errorf("%s: first line %q, want %q", kind, got, word)
		}
		for _, pr := range Check(p) {
			t.Errorf("%s: %v", kind, pr)
		}
	}
}
