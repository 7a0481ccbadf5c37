package metric

import "math"

// turns is the total absolute turning along a path, in right angles.
// Nearly straight joints (below a hundredth of a degree) are noise from
// flattening curves or from collinear points and do not count.
func turns(ps []Point) float64 {
	total := 0.0
	for i := 1; i+1 < len(ps); i++ {
		a := math.Atan2(ps[i].Y-ps[i-1].Y, ps[i].X-ps[i-1].X)
		b := math.Atan2(ps[i+1].Y-ps[i].Y, ps[i+1].X-ps[i].X)
		d := math.Abs(math.Remainder(b-a, 2*math.Pi))
		if d > 1e-4 {
			total += d
		}
	}
	return total / (math.Pi / 2)
}
