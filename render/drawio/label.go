package drawio

import (
	"html"
	"math"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// htmlLabel is a cell's label as draw.io's HTML labels take it: the
// layout's lines, each escaped as HTML (the writer then escapes the whole
// for XML), joined by line breaks so they wrap where the layout wrapped
// them, bold lines in <b>.
func htmlLabel(lines []geom.Text) string {
	var sb strings.Builder
	for i, t := range nonEmpty(lines) {
		if i > 0 {
			sb.WriteString("<br>")
		}
		text := html.EscapeString(t.Text)
		if t.Bold {
			text = "<b>" + text + "</b>"
		}
		sb.WriteString(text)
	}
	return sb.String()
}

// nonEmpty drops lines without text.
func nonEmpty(ls []geom.Text) []geom.Text {
	out := make([]geom.Text, 0, len(ls))
	for _, t := range ls {
		if strings.TrimSpace(t.Text) != "" {
			out = append(out, t)
		}
	}
	return out
}

// textBounds is the union of the lines' bounds, with a point to spare on
// each side so a browser's font never wraps a line.
func textBounds(ls []geom.Text) geom.Rect {
	const pad = 1
	b := ls[0].Bounds()
	x0, y0, x1, y1 := b.X, b.Y, b.Right(), b.Bottom()
	for _, t := range ls[1:] {
		b := t.Bounds()
		x0, y0 = math.Min(x0, b.X), math.Min(y0, b.Y)
		x1, y1 = math.Max(x1, b.Right()), math.Max(y1, b.Bottom())
	}
	return geom.Rect{X: x0 - pad, Y: y0 - pad, W: x1 - x0 + 2*pad, H: y1 - y0 + 2*pad}
}

// commonCentre is the x all lines are centred on, and false when they are
// not centred on one (left-aligned conditions).
func commonCentre(ls []geom.Text) (float64, bool) {
	const tol = 2
	cx := ls[0].X + ls[0].Width/2
	for _, t := range ls[1:] {
		if math.Abs(t.X+t.Width/2-cx) > tol {
			return 0, false
		}
	}
	return cx, true
}

// placement aligns a box's label. Lines centred on one point that sits
// in the middle of the box's height (tasks, blocks, a connector whose
// text keeps clear of its point) stay centred, shifted by unequal side
// spacing where layout shifted them; anything else (conditions, phase
// headings) goes left and top, padded to where layout put the first line.
func placement(s *style, r geom.Rect, lines []geom.Text) {
	lines = nonEmpty(lines)
	if len(lines) == 0 {
		s.set("align", "center").set("verticalAlign", "middle")
		return
	}
	b := textBounds(lines)
	cx, ok := commonCentre(lines)
	if ok && math.Abs(b.Y+b.H/2-(r.Y+r.H/2)) <= 3 {
		s.set("align", "center").set("verticalAlign", "middle")
		if dx := cx - (r.X + r.W/2); dx > 0.5 {
			s.n("spacingLeft", 2*dx)
		} else if dx < -0.5 {
			s.n("spacingRight", -2*dx)
		}
		return
	}
	s.set("align", "left").set("verticalAlign", "top").n("spacing", 0).
		n("spacingLeft", b.X-r.X).n("spacingTop", b.Y-r.Y)
}
