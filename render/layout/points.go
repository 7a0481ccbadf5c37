package layout

import "github.com/blueprint-tools/blueprint/render/geom"

// routeRuns returns, for each route, the range of its runs in d.runs.
func (d *diagram) routeRuns() [][2]int {
	idx := make([][2]int, len(d.routes))
	for i := range idx {
		idx[i] = [2]int{-1, -1}
	}
	for i, r := range d.runs {
		if idx[r.route][0] < 0 {
			idx[r.route][0] = i
		}
		idx[r.route][1] = i + 1
	}
	return idx
}

// points turns the runs [a, b) of route ri into a polyline from the border
// of its source to the border of its target, given the placed boxes.
func (d *diagram) points(ri int, span [2]int, boxes []geom.Box) []geom.Point {
	rt := &d.routes[ri]
	a, b := span[0], span[1]
	pts := make([]geom.Point, 0, b-a+1)
	pts = append(pts, port(boxes[rt.from], rt.exit, d.runAt(&d.runs[a])))
	for k := a; k+1 < b; k++ {
		r, n := &d.runs[k], &d.runs[k+1]
		if r.horiz {
			pts = append(pts, geom.Point{X: d.runAt(n), Y: d.runAt(r)})
		} else {
			pts = append(pts, geom.Point{X: d.runAt(r), Y: d.runAt(n)})
		}
	}
	return append(pts, port(boxes[rt.to], rt.entry, d.runAt(&d.runs[b-1])))
}

// port is where a run at coordinate at (a y for the sides east and west,
// an x for north and south) meets side s of box b.
func port(b geom.Box, s side, at float64) geom.Point {
	r := b.Rect
	if s.horizontal() {
		return portPoint(b, s, at-(r.Y+r.H/2))
	}
	return portPoint(b, s, at-(r.X+r.W/2))
}
