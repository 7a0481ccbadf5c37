package metric

import "math"

// inset shrinks every box before the test, so an edge that runs along a
// border or ends on it (as edges do at the boxes they join) does not count.
const inset = 1

// throughBoxes counts the boxes other than its own ends whose interior
// the edge enters.
func throughBoxes(e Edge, boxes []Box) int {
	eb := pathBounds(e.Path)
	n := 0
	for _, b := range boxes {
		if b.ID == e.From || b.ID == e.To || b.HW <= inset || b.HH <= inset {
			continue
		}
		if eb.overlaps(boxBounds(b, -inset)) && pathEnters(e.Path, b) {
			n++
		}
	}
	return n
}

func pathEnters(ps []Point, b Box) bool {
	bb := boxBounds(b, -inset)
	for i := 0; i+1 < len(ps); i++ {
		if bb.overlaps(pathBounds(ps[i:i+2])) && segmentEnters(ps[i], ps[i+1], b) {
			return true
		}
	}
	return false
}

// segmentEnters minimizes the box's gauge (a norm that is below 1 exactly
// inside the shrunk outline) along the segment. Every gauge used is convex
// along a line, so a ternary search finds the minimum.
func segmentEnters(p, q Point, b Box) bool {
	f := func(t float64) float64 {
		return gauge(b, p.X+t*(q.X-p.X), p.Y+t*(q.Y-p.Y))
	}
	lo, hi := 0.0, 1.0
	for range 60 {
		m1, m2 := lo+(hi-lo)/3, hi-(hi-lo)/3
		if f(m1) < f(m2) {
			hi = m2
		} else {
			lo = m1
		}
	}
	return f((lo+hi)/2) < 1
}

func gauge(b Box, x, y float64) float64 {
	dx := math.Abs(x-b.CX) / (b.HW - inset)
	dy := math.Abs(y-b.CY) / (b.HH - inset)
	switch b.Shape {
	case Diamond:
		return dx + dy
	case Ellipse:
		return math.Hypot(dx, dy)
	}
	return max(dx, dy)
}
