// Package dotout writes one sub-process as a Graphviz DOT graph, the way a
// person would draw a swimlane blueprint with Graphviz: left to right, one
// cluster per lane in the order our layout draws lanes, task labels in
// boxes, decisions as diamonds, start and end as ellipses, connectors as
// off-page arrows, and branch labels on edges. It is the baseline of the
// layout benchmark (see bench/README.md).
//
// Labels are wrapped at about the width of our task boxes, so both tools
// draw boxes of similar size.
package dotout
