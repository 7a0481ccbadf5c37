package geom

import "math"

// The outlines of the shapes live here, once, because three parties must
// agree on them to the point: layout ends edges on them and checks pages
// against them, and every renderer draws them. They are data helpers (the
// corners of a shape), not layout.

// CornerRadius is the rounding of the corners of a box of the given shape
// drawn in r: tasks a little, blocks and conditions less, start and end
// fully (a pill), phase bands and legend line samples not at all.
func CornerRadius(shape string, r Rect) float64 {
	short := math.Min(r.W, r.H)
	switch shape {
	case ShapeStart, ShapeEnd:
		return short / 2
	case ShapeBlock:
		return math.Min(4, short/4)
	case ShapeCondition:
		return math.Min(2, short/4)
	case ShapePhase, ShapeLine:
		return 0
	}
	return math.Min(6, short/4)
}

// Diamond is the outline of a decision drawn in r: the midpoints of r's
// sides, clockwise from the top.
func (r Rect) Diamond() []Point {
	cx, cy := r.X+r.W/2, r.Y+r.H/2
	return []Point{{X: cx, Y: r.Y}, {X: r.Right(), Y: cy}, {X: cx, Y: r.Bottom()}, {X: r.X, Y: cy}}
}

// ConnectorTip is how deep the arrow point of a connector drawn in r is:
// no deeper than half its height or a third of its width.
func (r Rect) ConnectorTip() float64 { return math.Min(r.H/2, r.W/3) }

// Pentagon is the outline of a connector drawn in r: a box whose right
// side is an arrow point ConnectorTip deep, clockwise from the top left.
func (r Rect) Pentagon() []Point {
	tip := r.ConnectorTip()
	cy := r.Y + r.H/2
	return []Point{
		{X: r.X, Y: r.Y}, {X: r.Right() - tip, Y: r.Y}, {X: r.Right(), Y: cy},
		{X: r.Right() - tip, Y: r.Bottom()}, {X: r.X, Y: r.Bottom()},
	}
}
