package metric

// Point is a position in points; which way y grows does not matter here.
type Point struct{ X, Y float64 }

// Shape is the outline of a box, for telling whether an edge enters it.
type Shape int

// Box outlines. Graphviz draws start and end as ellipses and decisions as
// diamonds; testing the true outline, not the bounding box, keeps an edge
// that only cuts a corner of the bounding box from counting against it.
const (
	Rect Shape = iota
	Diamond
	Ellipse
)

// Box is a drawn node: its centre and half sizes.
type Box struct {
	ID     string
	Shape  Shape
	CX, CY float64
	HW, HH float64
}

// Edge is a drawn edge from one box to another as a polyline (curves are
// flattened by the reader before they get here).
type Edge struct {
	From, To string
	Path     []Point
}

// Drawing is one diagram: its boxes and edges.
type Drawing struct {
	Boxes []Box
	Edges []Edge
}

// bounds is an axis-aligned bounding box used to skip far-apart pairs.
type bounds struct{ x0, y0, x1, y1 float64 }

func pathBounds(ps []Point) bounds {
	b := bounds{ps[0].X, ps[0].Y, ps[0].X, ps[0].Y}
	for _, p := range ps[1:] {
		b.x0, b.x1 = min(b.x0, p.X), max(b.x1, p.X)
		b.y0, b.y1 = min(b.y0, p.Y), max(b.y1, p.Y)
	}
	return b
}

func (b bounds) overlaps(c bounds) bool {
	return b.x0 <= c.x1 && c.x0 <= b.x1 && b.y0 <= c.y1 && c.y0 <= b.y1
}

func boxBounds(b Box, grow float64) bounds {
	return bounds{b.CX - b.HW - grow, b.CY - b.HH - grow, b.CX + b.HW + grow, b.CY + b.HH + grow}
}
