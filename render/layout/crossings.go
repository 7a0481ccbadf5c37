package layout

import "github.com/blueprint-tools/blueprint/render/geom"

// Crossings counts the proper crossings of a page's edges: a horizontal
// and a vertical segment, of two edges or of one, meeting at a point
// inside both. Benchmarks compare it across layout engines.
func Crossings(p geom.Page) int {
	hs, vs := segments(p)
	n := 0
	for _, h := range hs {
		for _, v := range vs {
			if h.lo+eps < v.at && v.at < h.hi-eps && v.lo+eps < h.at && h.at < v.hi-eps {
				n++
			}
		}
	}
	return n
}

// Bends counts the bends of a page's edges: the points where an edge
// turns, every point but its first and last.
func Bends(p geom.Page) int {
	n := 0
	for _, e := range p.Edges {
		n += max(len(e.Points)-2, 0)
	}
	return n
}
