package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// edgeLabel places a branch label at the start of its edge, beside the
// first segment and clear of the decision: before the segment (above it,
// or left of it) when at is -1, after it when at is 1, and otherwise on
// the side away from the edge's first turn so that the label does not sit
// on the edge.
func edgeLabel(mt metrics, opt Options, s string, from geom.Rect, exit side, pts []geom.Point, at int) geom.Text {
	b := mt.line(s, opt.SmallSize, false, 1000, "edge-label")
	w, h := b.width(), b.height()
	p := pts[0]
	turn := side(-1)
	if len(pts) > 2 {
		turn = direction(pts[1], pts[2])
	}
	var x, top float64
	switch exit {
	case east, west:
		x = from.Right() + 3
		if exit == west {
			x = from.X - 3 - w
		}
		top = p.Y - 2 - h
		if at > 0 || at == 0 && turn == north {
			top = p.Y + 2
		}
	default:
		x = p.X + 3
		if at < 0 || at == 0 && turn == east {
			x = p.X - 3 - w
		}
		top = from.Bottom() + 2
		if exit == north {
			top = from.Y - 2 - h
		}
	}
	return b.at(x, top)[0]
}

// direction is the direction from a to b along an orthogonal segment.
func direction(a, b geom.Point) side {
	switch {
	case math.Abs(a.Y-b.Y) < 1e-9 && b.X > a.X:
		return east
	case math.Abs(a.Y-b.Y) < 1e-9:
		return west
	case b.Y > a.Y:
		return south
	}
	return north
}

// labelSides says, for each labelled edge leaving a decision through a
// side another labelled edge also uses, which side of its first segment
// its label takes: the first port's before, the last's after, so that the
// labels stay apart. starts are the edges' first points.
func labelSides(from []int, exits []side, starts []geom.Point, labelled []bool) []int {
	at := make([]int, len(from))
	groups := map[[2]int][]int{}
	for i := range from {
		if labelled[i] {
			k := [2]int{from[i], int(exits[i])}
			groups[k] = append(groups[k], i)
		}
	}
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		coord := func(i int) float64 {
			if exits[i].horizontal() {
				return starts[i].Y
			}
			return starts[i].X
		}
		first, last := g[0], g[0]
		for _, i := range g {
			if coord(i) < coord(first) {
				first = i
			}
			if coord(i) > coord(last) {
				last = i
			}
		}
		at[first], at[last] = -1, 1
	}
	return at
}
