package gvjson

import (
	"math"

	"github.com/blueprint-tools/blueprint/bench/internal/metric"
)

// path flattens an edge's drawing: Bézier pieces ("b", "B") are sampled,
// polylines ("L") taken as they are, and the arrowhead's tip appended,
// since the spline stops at the arrowhead's base.
func path(e edge) []metric.Point {
	var ps []metric.Point
	for _, o := range e.Draw {
		switch o.Op {
		case "b", "B":
			ps = append(ps, bezier(o.Points)...)
		case "L":
			for _, p := range o.Points {
				ps = append(ps, metric.Point{X: p[0], Y: p[1]})
			}
		}
	}
	if tip, ok := arrowTip(e.HDraw, ps); ok {
		ps = append(ps, tip)
	}
	return ps
}

// bezier samples a piecewise cubic Bézier curve given as 3n+1 control
// points.
func bezier(cp [][2]float64) []metric.Point {
	if len(cp) == 0 {
		return nil
	}
	ps := []metric.Point{{X: cp[0][0], Y: cp[0][1]}}
	for i := 0; i+3 < len(cp); i += 3 {
		for k := 1; k <= samples; k++ {
			ps = append(ps, cubic(cp[i:i+4], float64(k)/samples))
		}
	}
	return ps
}

func cubic(c [][2]float64, t float64) metric.Point {
	u := 1 - t
	a, b, cc, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
	return metric.Point{
		X: a*c[0][0] + b*c[1][0] + cc*c[2][0] + d*c[3][0],
		Y: a*c[0][1] + b*c[1][1] + cc*c[2][1] + d*c[3][1],
	}
}

// arrowTip is the arrowhead polygon's point farthest from where the
// spline ends.
func arrowTip(hdraw []op, ps []metric.Point) (metric.Point, bool) {
	if len(ps) == 0 {
		return metric.Point{}, false
	}
	end := ps[len(ps)-1]
	best, found := 0.0, false
	var tip metric.Point
	for _, o := range hdraw {
		if o.Op != "P" && o.Op != "p" {
			continue
		}
		for _, p := range o.Points {
			if d := math.Hypot(p[0]-end.X, p[1]-end.Y); d > best {
				best, tip, found = d, metric.Point{X: p[0], Y: p[1]}, true
			}
		}
	}
	return tip, found
}
