package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// The outlines here are the ones the renderers draw, taken from geom
// (geom.CornerRadius, Rect.Diamond, Rect.Pentagon). Layout ends edges
// exactly on them and Check tests against them, so an arrow touches the
// shape a reader sees.

// side is a side of a box, and also a direction of travel.
type side int

const (
	east side = iota
	south
	west
	north
)

func (s side) opposite() side { return (s + 2) % 4 }

func (s side) horizontal() bool { return s == east || s == west }

// connectorTip is how deep the connector's arrow point is; the emitter
// uses it to keep a connector's text clear of the point.
func connectorTip(r geom.Rect) float64 { return r.ConnectorTip() }

// span returns where the outline of a box meets the horizontal line at y:
// the left and right x of the shape there, and false when y misses it.
func span(b geom.Box, y float64) (float64, float64, bool) {
	r := b.Rect
	if y < r.Y || y > r.Bottom() {
		return 0, 0, false
	}
	cy, hh := r.Y+r.H/2, r.H/2
	dy := math.Abs(y - cy)
	switch b.Shape {
	case geom.ShapeDecision:
		half := r.W / 2 * (1 - dy/hh)
		return r.X + r.W/2 - half, r.X + r.W/2 + half, true
	case geom.ShapeConnector:
		return r.X, r.Right() - r.ConnectorTip()*dy/hh, true
	}
	in := cornerInset(geom.CornerRadius(b.Shape, r), hh-dy)
	return r.X + in, r.Right() - in, true
}

// vspan is span turned on its side: where the vertical line at x meets
// the outline, top and bottom.
func vspan(b geom.Box, x float64) (float64, float64, bool) {
	r := b.Rect
	if x < r.X || x > r.Right() {
		return 0, 0, false
	}
	cx, hw := r.X+r.W/2, r.W/2
	dx := math.Abs(x - cx)
	switch b.Shape {
	case geom.ShapeDecision:
		half := r.H / 2 * (1 - dx/hw)
		return r.Y + r.H/2 - half, r.Y + r.H/2 + half, true
	case geom.ShapeConnector:
		tip := r.ConnectorTip()
		if x <= r.Right()-tip {
			return r.Y, r.Bottom(), true
		}
		half := r.H / 2 * (r.Right() - x) / tip
		return r.Y + r.H/2 - half, r.Y + r.H/2 + half, true
	}
	in := cornerInset(geom.CornerRadius(b.Shape, r), hw-dx)
	return r.Y + in, r.Bottom() - in, true
}

// cornerInset is how far a corner of radius rad pulls the outline in at a
// distance d from the shape's extreme edge along the side.
func cornerInset(rad, d float64) float64 {
	if d >= rad || rad <= 0 {
		return 0
	}
	e := rad - d
	return rad - math.Sqrt(math.Max(0, rad*rad-e*e))
}

// portPoint is where an edge that approaches side s of the box along the
// line at offset from the side's middle meets the outline.
func portPoint(b geom.Box, s side, offset float64) geom.Point {
	r := b.Rect
	if s.horizontal() {
		y := r.Y + r.H/2 + offset
		l, rt, _ := span(b, y)
		if s == east {
			return geom.Point{X: rt, Y: y}
		}
		return geom.Point{X: l, Y: y}
	}
	x := r.X + r.W/2 + offset
	t, bt, _ := vspan(b, x)
	if s == south {
		return geom.Point{X: x, Y: bt}
	}
	return geom.Point{X: x, Y: t}
}

// portReach is how far from the middle of side s an edge may meet the
// shape and still look attached: within the flat part of a side, or near
// the point of a diamond or pentagon.
func portReach(shape string, r geom.Rect, s side) float64 {
	length := r.H
	if !s.horizontal() {
		length = r.W
	}
	switch shape {
	case geom.ShapeDecision:
		return 0.3 * length
	case geom.ShapeConnector:
		if s == east {
			return 0.3 * length
		}
		if !s.horizontal() {
			return length/2 - r.ConnectorTip() - 2
		}
		return length/2 - 2
	case geom.ShapeStart, geom.ShapeEnd:
		rad := geom.CornerRadius(shape, r)
		if s.horizontal() {
			return 0.6 * rad
		}
		return math.Max(length/2-rad, 0.6*rad)
	}
	return length/2 - geom.CornerRadius(shape, r) - 1
}
