package pumlout

import (
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// emitAll writes every edge once. The legacy syntax creates an activity
// where it is first named, in the partition current then, so each task
// must first appear on an edge that can put it in its own lane: as the
// target of an edge from a task that exists (`in "Lane"`), or as the
// source of an edge into one that exists, inside its lane's partition.
// Edges are taken in passes until all are written; when a pass makes no
// progress, the next unwritten source is entered from `(*)`.
func (d *diagram) emitAll() {
	for d.remaining() {
		if !d.pass() {
			d.seed()
		}
	}
}

func (d *diagram) remaining() bool {
	for _, done := range d.done {
		if !done {
			return true
		}
	}
	return false
}

// pass writes every edge that can be written now and reports whether it
// wrote any.
func (d *diagram) pass() bool {
	progress := false
	for i, e := range d.edges {
		if d.done[i] || !d.emit(e) {
			continue
		}
		d.done[i] = true
		progress = true
	}
	return progress
}

// emit writes e if its ends allow it now.
func (d *diagram) emit(e edge) bool {
	from, to := d.created[e.from], d.created[e.to]
	switch {
	case from && to:
		fmt.Fprintf(&d.b, "%s -->%s %s\n", d.alias[e.from], bracket(e.label), d.alias[e.to])
	case from && e.to.Kind == blueprints.KindDecision:
		d.decision(e)
	case from:
		fmt.Fprintf(&d.b, "%s -->%s %s in %s\n", d.alias[e.from], bracket(e.label), d.declare(e.to), name(d.lane[e.to]))
	case to && !d.hasIn[e.from] && e.from.Kind != blueprints.KindDecision:
		// A source (an incoming connector) can only be created as the
		// first end of an edge, which takes no `in`: a partition block
		// puts it in its lane.
		fmt.Fprintf(&d.b, "partition %s {\n%s -->%s %s\n}\n", name(d.lane[e.from]), d.declare(e.from), bracket(e.label), d.alias[e.to])
	default:
		return false
	}
	return true
}

// decision creates decision e.to, entered by e, as an if with empty arms
// in its lane: the diamond, whose branches are then written as edges.
func (d *diagram) decision(e edge) {
	t := e.to
	d.created[t] = true
	fmt.Fprintf(&d.b, "partition %s {\n%s -->%s if %s as %s then\nelse\nendif\n}\n",
		name(d.lane[t]), d.alias[e.from], bracket(e.label), quote(t.Label), d.alias[t])
}

// declare names t for the first time: its label and alias.
func (d *diagram) declare(t *blueprints.Task) string {
	d.created[t] = true
	return quote(t.Label) + " as " + d.alias[t]
}

// seed enters the first source not yet drawn (the start) from PlantUML's
// own start, the one edge the encoding adds.
func (d *diagram) seed() {
	for _, t := range d.sp.Tasks {
		if !d.created[t] && !d.hasIn[t] {
			fmt.Fprintf(&d.b, "(*) --> %s in %s\n", d.declare(t), name(d.lane[t]))
			return
		}
	}
	// Only cycles with no way in are left; the validator rejects
	// those, but enter one anyway so that the loop ends.
	for i, e := range d.edges {
		if !d.done[i] {
			fmt.Fprintf(&d.b, "(*) --> %s in %s\n", d.declare(e.from), name(d.lane[e.from]))
			return
		}
	}
}
