// Package gvjson reads a drawing made by Graphviz (`dot -Tjson`) into the
// neutral drawing of package metric: node outlines from their position,
// size and shape, and edges from the Bézier splines in their _draw_
// operations, flattened into polylines by sampling.
package gvjson
