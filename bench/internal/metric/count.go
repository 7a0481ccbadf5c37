package metric

import "math"

// Result is what Count measured on one drawing.
type Result struct {
	Boxes int
	Edges int
	// Crossings counts the points where two edges properly cross: not where
	// they touch, not where they run together, and not inside a box both
	// edges end at (edges leaving one box may fan out from one point).
	Crossings int
	// Bends is the edges' total turning divided by a right angle, rounded:
	// for orthogonal routes it is exactly the number of corners, and for
	// Graphviz's curves it is the same measure of how much a reader's eye
	// has to turn.
	Bends int
	// Through counts the edges that enter the interior of at least one box
	// other than the two they join; Hits counts every such (edge, box) pair.
	Through int
	Hits    int
}

// Count measures a drawing. Edges with fewer than two points are counted
// as edges but add nothing else.
func Count(d Drawing) Result {
	r := Result{Boxes: len(d.Boxes), Edges: len(d.Edges)}
	edges := cleanEdges(d.Edges)
	r.Crossings = crossings(edges, d.Boxes)
	turning := 0.0
	for _, e := range edges {
		turning += turns(e.Path)
		hits := throughBoxes(e, d.Boxes)
		r.Hits += hits
		if hits > 0 {
			r.Through++
		}
	}
	r.Bends = int(math.Round(turning))
	return r
}

// cleanEdges drops repeated points and edges too short to draw.
func cleanEdges(in []Edge) []Edge {
	out := make([]Edge, 0, len(in))
	for _, e := range in {
		var ps []Point
		for _, p := range e.Path {
			if len(ps) == 0 || dist(ps[len(ps)-1], p) > 1e-9 {
				ps = append(ps, p)
			}
		}
		if len(ps) >= 2 {
			out = append(out, Edge{From: e.From, To: e.To, Path: ps})
		}
	}
	return out
}

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }
