package metric

import "testing"

func pts(xy ...float64) []Point {
	var ps []Point
	for i := 0; i+1 < len(xy); i += 2 {
		ps = append(ps, Point{xy[i], xy[i+1]})
	}
	return ps
}

func TestCount(t *testing.T) {
	boxes := []Box{
		{ID: "a", CX: 0, CY: 0, HW: 10, HH: 10},
		{ID: "b", CX: 100, CY: 0, HW: 10, HH: 10},
		{ID: "c", CX: 50, CY: 50, HW: 10, HH: 10, Shape: Diamond},
		{ID: "d", CX: 50, CY: -50, HW: 10, HH: 10, Shape: Ellipse},
	}
	d := Drawing{Boxes: boxes, Edges: []Edge{
		{From: "a", To: "b", Path: pts(10, 0, 100, 0)},                  // straight, no bend
		{From: "c", To: "d", Path: pts(50, 40, 50, -40)},                // crosses a-b once
		{From: "a", To: "c", Path: pts(0, 10, 0, 50, 40, 50)},           // one bend; shares a with a-b
		{From: "a", To: "d", Path: pts(0, -10, 0, -50, 40, -50)},        // one bend
		{From: "b", To: "a", Path: pts(100, 10, 100, 50, 0, 50, 0, 10)}, // through c
	}}
	got := Count(d)
	want := Result{Boxes: 4, Edges: 5, Crossings: 1, Bends: 4, Through: 1, Hits: 1}
	if got != want {
		t.Errorf("Count = %+v, want %+v", got, want)
	}
}

func TestCornerOfBoundingBoxIsNotThrough(t *testing.T) {
	b := Box{ID: "x", CX: 0, CY: 0, HW: 10, HH: 10, Shape: Ellipse}
	e := Edge{From: "p", To: "q", Path: pts(-10, 9, -8, 10)} // inside the square, outside the ellipse
	if n := throughBoxes(e, []Box{b}); n != 0 {
		t.Errorf("corner cut counted: %d", n)
	}
	e.Path = pts(-10, 0, 10, 0)
	if n := throughBoxes(e, []Box{b}); n != 1 {
		t.Errorf("straight through not counted: %d", n)
	}
}
