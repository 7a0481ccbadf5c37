package pdf

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// Arrowhead size in points, as in the SVG: long enough to read at print
// size, narrow enough not to touch a neighbouring port.
const (
	arrowLen  = 7.0
	arrowHalf = 3.5
)

// edges draws every edge as a polyline with a filled triangle at its last
// point; the library has no arrow helper.
func (c *canvas) edges(es []geom.Edge) {
	for _, e := range es {
		pts := dedupe(e.Points)
		h, ok := arrowhead(pts)
		if ok {
			// Stop the line inside the head, so its blunt end never shows
			// past the tip.
			pts[len(pts)-1] = h.neck
		}
		c.stroke(c.pal.Line, 1.2)
		c.path(pts, false, "D")
		if ok {
			c.fill(c.pal.Line)
			c.path(h.corners, true, "F")
		}
	}
}

// edgeLabels draws the branch labels in one layer above all edges, each
// on a small plate, so no later edge runs over a label.
func (c *canvas) edgeLabels(es []geom.Edge) {
	for _, e := range es {
		if e.Label == nil || e.Label.Text == "" {
			continue
		}
		c.labelPlate(*e.Label)
		c.text(*e.Label, c.pal.Line)
	}
}

// dedupe copies pts without points that repeat their predecessor to the
// hundredth of a point the PDF holds, so every segment has a direction.
func dedupe(pts []geom.Point) []geom.Point {
	out := make([]geom.Point, 0, len(pts))
	for _, p := range pts {
		if len(out) > 0 && samePoint(out[len(out)-1], p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func samePoint(a, b geom.Point) bool {
	return math.Abs(a.X-b.X) < 0.005 && math.Abs(a.Y-b.Y) < 0.005
}

// head is an arrowhead: its three corners (tip first) and where the line
// should stop under it.
type head struct {
	corners []geom.Point
	neck    geom.Point
}

// arrowhead points along the last segment of pts; there is none for an
// edge of fewer than two distinct points.
func arrowhead(pts []geom.Point) (head, bool) {
	if len(pts) < 2 {
		return head{}, false
	}
	from, tip := pts[len(pts)-2], pts[len(pts)-1]
	dx, dy := tip.X-from.X, tip.Y-from.Y
	seg := math.Hypot(dx, dy)
	ux, uy := dx/seg, dy/seg
	bx, by := tip.X-ux*arrowLen, tip.Y-uy*arrowLen
	back := math.Min(arrowLen/2, seg)
	return head{
		corners: []geom.Point{
			tip,
			{X: bx - uy*arrowHalf, Y: by + ux*arrowHalf},
			{X: bx + uy*arrowHalf, Y: by - ux*arrowHalf},
		},
		neck: geom.Point{X: tip.X - ux*back, Y: tip.Y - uy*back},
	}, true
}
