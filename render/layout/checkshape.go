package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// onOutline says whether pt lies on the outline of box b.
func onOutline(b geom.Box, pt geom.Point) bool {
	if l, r, ok := span(b, pt.Y); ok && (math.Abs(pt.X-l) <= eps || math.Abs(pt.X-r) <= eps) {
		return true
	}
	if t, bt, ok := vspan(b, pt.X); ok && (math.Abs(pt.Y-t) <= eps || math.Abs(pt.Y-bt) <= eps) {
		return true
	}
	return false
}

// entersInterior says whether the orthogonal segment a-b passes through
// the inside of box b's outline (running along it or touching it does
// not count).
func entersInterior(b geom.Box, a, c geom.Point) bool {
	r := b.Rect
	if math.Max(a.X, c.X) < r.X || math.Min(a.X, c.X) > r.Right() || math.Max(a.Y, c.Y) < r.Y || math.Min(a.Y, c.Y) > r.Bottom() {
		return false
	}
	if math.Abs(a.Y-c.Y) <= eps { // horizontal
		y := a.Y
		if y <= r.Y+eps || y >= r.Bottom()-eps {
			return false
		}
		l, rt, _ := span(b, y)
		return math.Min(math.Max(a.X, c.X), rt)-math.Max(math.Min(a.X, c.X), l) > eps
	}
	if math.Abs(a.X-c.X) <= eps { // vertical
		x := a.X
		if x <= r.X+eps || x >= r.Right()-eps {
			return false
		}
		t, bt, _ := vspan(b, x)
		return math.Min(math.Max(a.Y, c.Y), bt)-math.Max(math.Min(a.Y, c.Y), t) > eps
	}
	// A slanted segment is reported as such; here its bounds decide.
	return r.Overlaps(geom.Rect{X: math.Min(a.X, c.X), Y: math.Min(a.Y, c.Y), W: math.Abs(a.X - c.X), H: math.Abs(a.Y - c.Y)})
}

// insideShape says whether rectangle t lies inside box b's outline: all
// four corners do (every outline is convex).
func insideShape(b geom.Box, t geom.Rect) bool {
	for _, y := range []float64{t.Y, t.Bottom()} {
		l, r, ok := span(b, y)
		if !ok && (y < b.Rect.Y-eps || y > b.Rect.Bottom()+eps) {
			return false
		}
		if ok && (t.X < l-eps || t.Right() > r+eps) {
			return false
		}
	}
	return true
}
