// Package metric counts what makes a flow diagram hard to read: edge
// crossings, bends and edges that run through a box they do not belong to.
// It works on a neutral drawing (boxes and edge polylines), so that our
// layout and Graphviz are measured by the same code: a count that differs
// between the two tools differs in the drawings, not in the counting.
//
// It is benchmark code: it imports nothing of the project.
package metric
