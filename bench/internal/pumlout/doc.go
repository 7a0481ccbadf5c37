// Package pumlout writes one sub-process as a PlantUML activity diagram, the
// third drawing of the PDF benchmark (see bench/README.md) next to ours and
// Graphviz's.
//
// PlantUML's current activity syntax (`:task;`, `|Lane|` swimlanes,
// if/else, fork) is structured: every branch must close where it opened,
// and it has no goto, so a general graph with loops back into the middle
// of a flow, joins of branches from different decisions and incoming
// connectors cannot be written in it without dropping or duplicating
// edges. The package therefore uses the legacy activity syntax, which
// takes any edge (`A --> B`) and keeps every task and flow of the
// sub-process exactly once:
//
//   - a task, start, end or connector is an activity `"label" as T001`,
//     created as the target of its first edge with `in "Lane"`, or, for
//     an incoming connector (which no edge enters), as the source of its
//     edge inside its lane's `partition { }`; lanes are partitions, drawn
//     as boxed groups, not full-width swimlanes;
//   - a decision is an `if "question" as T005 then / else / endif` with
//     empty arms, created inside its lane's `partition { }`: that draws
//     PlantUML's diamond (the question labels the flow into it) and lets
//     every branch, two or three, be written as its own labelled edge;
//   - the first start is entered from PlantUML's own start `(*)`, because
//     the legacy syntax can only create an activity as an end of an
//     edge; that dot and its edge are the one thing added to the graph.
//
// The legacy syntax is laid out by Graphviz dot inside PlantUML, so the
// drawing is dot's with PlantUML's styling. Labels are wrapped like
// dotout's so boxes have similar sizes.
package pumlout
