package pumlout

import (
	"fmt"
	"io"
	"strings"

	"github.com/blueprint-tools/blueprint/bench/internal/dotout"
	"github.com/blueprint-tools/blueprint/blueprints"
)

// Write writes sub-process sp (of the module in scope sc) as a PlantUML
// legacy activity diagram.
func Write(w io.Writer, sc *blueprints.Scope, sp *blueprints.Subprocess) error {
	d := newDiagram(sc, sp)
	d.b.WriteString("@startuml\n")
	// Left to right, as dotout draws and as our lanes run.
	d.b.WriteString("left to right direction\n")
	// Batik, which writes PlantUML's PDF, turns drop shadows into
	// page-size bitmaps; without them the PDF is all vector, as dot's is.
	d.b.WriteString("skinparam shadowing false\n")
	d.b.WriteString("skinparam defaultFontSize 8\n")
	d.emitAll()
	d.b.WriteString("@enduml\n")
	_, err := io.WriteString(w, d.b.String())
	return err
}

// edge is one flow of the sub-process.
type edge struct {
	from, to *blueprints.Task
	label    string
}

// diagram is the state of one write: which tasks PlantUML knows already
// and which edges are written.
type diagram struct {
	b       strings.Builder
	sp      *blueprints.Subprocess
	lane    map[*blueprints.Task]string // the partition name of each task
	alias   map[*blueprints.Task]string
	created map[*blueprints.Task]bool
	hasIn   map[*blueprints.Task]bool
	edges   []edge
	done    []bool
}

func newDiagram(sc *blueprints.Scope, sp *blueprints.Subprocess) *diagram {
	d := &diagram{
		sp:      sp,
		lane:    map[*blueprints.Task]string{},
		alias:   map[*blueprints.Task]string{},
		created: map[*blueprints.Task]bool{},
		hasIn:   map[*blueprints.Task]bool{},
	}
	names := laneNames(sc, sp)
	byID := map[string]*blueprints.Task{}
	for i, t := range sp.Tasks {
		byID[t.ID] = t
		d.alias[t] = fmt.Sprintf("T%03d", i+1)
		d.lane[t] = names[dotout.Lane{Role: t.Role.ID, Stage: t.Stage}]
	}
	for _, t := range sp.Tasks {
		for _, f := range t.Next {
			if to := byID[f.To.ID]; to != nil {
				d.edges = append(d.edges, edge{t, to, f.Label})
				d.hasIn[to] = true
			}
		}
	}
	d.done = make([]bool, len(d.edges))
	return d
}

// laneNames names each lane as dotout's cluster labels do, numbered in
// our lane order so that the partitions sort the same way.
func laneNames(sc *blueprints.Scope, sp *blueprints.Subprocess) map[dotout.Lane]string {
	names := map[dotout.Lane]string{}
	for i, l := range dotout.Lanes(sc, sp) {
		name := l.Role
		if r := sc.Role(l.Role); r != nil {
			name = r.Name
		}
		names[l] = fmt.Sprintf("%d. %s (%s)", i+1, name, l.Stage)
	}
	return names
}
