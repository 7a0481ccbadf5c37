// Package geom is the flat, serializable page model that layout produces and
// every renderer (SVG, PDF, site, Visio, draw.io) draws. It holds numbers in
// points (1/72 inch), origin at the top left, y growing downwards, and no
// algorithms: if a renderer needs a number, layout computes it and puts it
// here. It imports nothing of the project.
package geom

// Point is a position in points.
type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Rect is an axis-aligned rectangle: top-left corner, width and height.
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Right is the x of the rectangle's right side.
func (r Rect) Right() float64 { return r.X + r.W }

// Bottom is the y of the rectangle's bottom side.
func (r Rect) Bottom() float64 { return r.Y + r.H }

// Contains reports whether s lies inside r (touching the border counts).
func (r Rect) Contains(s Rect) bool {
	const eps = 1e-6
	return s.X >= r.X-eps && s.Y >= r.Y-eps && s.Right() <= r.Right()+eps && s.Bottom() <= r.Bottom()+eps
}

// Overlaps reports whether r and s share interior area (touching does not count).
func (r Rect) Overlaps(s Rect) bool {
	const eps = 1e-6
	return r.X < s.Right()-eps && s.X < r.Right()-eps && r.Y < s.Bottom()-eps && s.Y < r.Bottom()-eps
}

// Text is one line of text, already wrapped and measured: X is where the
// line starts, Y its baseline. Width is the measured advance width, so
// every renderer places the same line at the same spot.
type Text struct {
	Text  string  `json:"text"`
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	Width float64 `json:"w"`
	Size  float64 `json:"size"`
	Bold  bool    `json:"bold,omitempty"`
	// Class names what the text is, for styling: "task", "lane", "edge-label",
	// "line-label", "title", "legend" ...
	Class string `json:"class,omitempty"`
}
