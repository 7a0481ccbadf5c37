package gvjson

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/bench/internal/dotout"
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

// TestReadsDotOutput runs Graphviz on the benchmark's DOT (a smaller
// graph, to stay quick) and reads its drawing back. It is skipped where
// Graphviz is not installed; bench/layout.sh installs it.
func TestReadsDotOutput(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("Graphviz (dot) is not installed")
	}
	set := synth.Module(1, synth.Options{Tasks: 40, Lanes: 6})
	m := set.Modules[0]
	sp := m.Subprocesses[0]
	var src bytes.Buffer
	if err := dotout.Write(&src, blueprints.NewScope(set, m), sp); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("dot", "-Gnewrank=true", "-Tjson")
	cmd.Stdin = &src
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("dot: %v\n%s", err, stderr.String())
	}
	d, err := Read(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	flows := 0
	for _, task := range sp.Tasks {
		flows += len(task.Next)
	}
	if len(d.Boxes) != len(sp.Tasks) || len(d.Edges) != flows {
		t.Fatalf("read %d boxes and %d edges, want %d and %d", len(d.Boxes), len(d.Edges), len(sp.Tasks), flows)
	}
	for _, e := range d.Edges {
		if e.From == "" || e.To == "" || len(e.Path) < 2 {
			t.Errorf("edge %s -> %s has %d points", e.From, e.To, len(e.Path))
		}
	}
}

func TestBezierEndsOnControlPoints(t *testing.T) {
	ps := bezier([][2]float64{{0, 0}, {1, 2}, {3, 2}, {4, 0}, {5, -2}, {7, -2}, {8, 0}})
	if len(ps) != 2*samples+1 {
		t.Fatalf("%d points, want %d", len(ps), 2*samples+1)
	}
	if ps[samples].X != 4 || ps[samples].Y != 0 || ps[2*samples].X != 8 {
		t.Errorf("pieces do not join at their end points: %v %v", ps[samples], ps[2*samples])
	}
}
