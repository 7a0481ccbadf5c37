package vsdx

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// geometry is a Geometry section. Rows come as given; noFill leaves the
// outline open (a line), noLine draws no stroke (a text-only shape).
func geometry(ix int, noFill, noLine bool, rows []row) section {
	flag := func(b bool) string {
		if b {
			return "1"
		}
		return "0"
	}
	return section{n: "Geometry", ix: ix, rows: rows, cells: []cell{
		val("NoFill", flag(noFill)), val("NoLine", flag(noLine)),
		val("NoShow", "0"), val("NoSnap", "0"),
	}}
}

// relOutline is a closed outline of points given in page points, written
// as RelMoveTo and RelLineTo rows: fractions of the shape's width and
// height, measured from its bottom left. Visio then keeps the outline when
// the user resizes the shape, without a formula per cell.
func relOutline(r geom.Rect, pts []geom.Point) []row {
	rows := make([]row, 0, len(pts)+1)
	for i, p := range append(pts, pts[0]) {
		t := "RelLineTo"
		if i == 0 {
			t = "RelMoveTo"
		}
		rows = append(rows, row{t: t, ix: i + 1, cells: []cell{
			numCell("X", frac(p.X-r.X, r.W)), numCell("Y", frac(r.Bottom()-p.Y, r.H)),
		}})
	}
	return rows
}

// frac is v as a fraction of whole; a degenerate shape keeps 0.
func frac(v, whole float64) float64 {
	if whole == 0 {
		return 0
	}
	return v / whole
}

// corners are r's corners clockwise from the top left, in page points.
func corners(r geom.Rect) []geom.Point {
	return []geom.Point{{X: r.X, Y: r.Y}, {X: r.Right(), Y: r.Y}, {X: r.Right(), Y: r.Bottom()}, {X: r.X, Y: r.Bottom()}}
}

// outline is the geometry of a box's shape: a diamond for a decision, a
// right-pointing pentagon for a connector, a rectangle for everything
// else (see roundedRect for the rounded ones). The outline
// helpers are geom's, so Visio draws the very shapes the SVG and PDF do.
func outline(b geom.Box) []geom.Point {
	switch b.Shape {
	case geom.ShapeDecision:
		return b.Rect.Diamond()
	case geom.ShapeConnector:
		return b.Rect.Pentagon()
	}
	return corners(b.Rect)
}

// polyline is an open path through pts, in inches from the local origin
// (the page point origin, in points): the geometry of a 1-D shape.
func polyline(origin geom.Point, pts []geom.Point) []row {
	rows := make([]row, 0, len(pts))
	for i, p := range pts {
		t := "LineTo"
		if i == 0 {
			t = "MoveTo"
		}
		lx, ly := local(origin, p)
		rows = append(rows, row{t: t, ix: i + 1, cells: []cell{numCell("X", lx), numCell("Y", ly)}})
	}
	return rows
}

// local is page point p in a shape's local coordinates: inches from the
// local origin o (given in page points), y growing upwards as in Visio.
func local(o, p geom.Point) (x, y float64) { return inch(p.X - o.X), inch(o.Y - p.Y) }

// bowQuarter is how far a quarter circle bulges from its chord, as a
// fraction of its radius: the A of an ArcTo row drawing a round corner.
const bowQuarter = 1 - math.Sqrt2/2

// roundedRect is a rectangle with round corners of the radius kept in the
// shape's User.Radius cell, counterclockwise from the bottom left. Every
// cell has its formula, so the corners stay round whatever size the user
// gives the shape, and every value, so readers that do not evaluate
// formulas draw the same.
func roundedRect(r geom.Rect, radius float64) []row {
	w, h, rad := inch(r.W), inch(r.H), inch(radius)
	bow := rad * bowQuarter
	const fr, fbow = "User.Radius", "User.Radius*0.292893"
	pt := func(t string, ix int, x float64, fx string, y float64, fy string) row {
		return row{t: t, ix: ix, cells: []cell{fCell("X", x, fx), fCell("Y", y, fy)}}
	}
	arc := func(ix int, x float64, fx string, y float64, fy string) row {
		rw := pt("ArcTo", ix, x, fx, y, fy)
		rw.cells = append(rw.cells, fCell("A", bow, fbow))
		return rw
	}
	return []row{
		pt("MoveTo", 1, rad, fr, 0, "Height*0"),
		pt("LineTo", 2, w-rad, "Width-"+fr, 0, "Height*0"),
		arc(3, w, "Width*1", rad, fr),
		pt("LineTo", 4, w, "Width*1", h-rad, "Height-"+fr),
		arc(5, w-rad, "Width-"+fr, h, "Height*1"),
		pt("LineTo", 6, rad, fr, h, "Height*1"),
		arc(7, 0, "Width*0", h-rad, "Height-"+fr),
		pt("LineTo", 8, 0, "Width*0", rad, fr),
		arc(9, rad, fr, 0, "Height*0"),
	}
}

// radiusCell keeps a rounded shape's corner radius where its geometry and
// the user find it. A pill (start, end) keeps half its short side by
// formula, so it stays a pill when resized.
func radiusCell(shape string, r geom.Rect) section {
	c := ptCell("Value", geom.CornerRadius(shape, r))
	if shape == geom.ShapeStart || shape == geom.ShapeEnd {
		c.f = "MIN(Width,Height)*0.5"
	}
	return section{n: "User", ix: -1, rows: []row{{n: "Radius", cells: []cell{c, val("Prompt", "Corner radius")}}}}
}
