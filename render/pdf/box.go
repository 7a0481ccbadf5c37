package pdf

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// look is how a box is painted.
type look struct {
	fill, stroke, text palette.RGB
	width              float64
	dash               []float64
}

// boxes draws the phase bands when under is set and every other box when
// it is not: phases sit beneath the edges and blocks they contain.
func (c *canvas) boxes(bs []geom.Box, under bool) {
	for _, b := range bs {
		if (b.Shape == geom.ShapePhase) != under {
			continue
		}
		c.box(b)
	}
}

// box draws one box's outline and its lines.
func (c *canvas) box(b geom.Box) {
	lk := c.look(b)
	c.shape(b, lk)
	for _, t := range b.Lines {
		col := lk.text
		if t.Class == "title" {
			col = c.pal.Primary
		}
		c.text(t, col)
	}
}

// look follows the SVG renderer's style: tasks outlined in their stage's
// colour, connectors in the accent, start and end in the primary with a
// heavier end, blocks in the primary, conditions in the line colour, phase
// bands tinted, planned boxes greyed and dashed.
func (c *canvas) look(b geom.Box) look {
	lk := look{fill: c.pal.Background, stroke: c.pal.Primary, text: c.pal.Text, width: 1.2}
	if s, ok := c.pal.Stage(b.Stage); ok && isTaskShape(b.Shape) {
		lk.stroke = s
	}
	switch b.Shape {
	case geom.ShapeConnector:
		lk.stroke = c.pal.Accent
	case geom.ShapeStart, geom.ShapeBlock:
		lk.stroke, lk.width = c.pal.Primary, 1.5
	case geom.ShapeEnd:
		lk.stroke, lk.width = c.pal.Primary, 3
	case geom.ShapeCondition:
		lk.stroke = c.pal.Line
	case geom.ShapePhase:
		lk.fill, lk.stroke = c.pal.Tint(c.pal.Primary, 0.05), c.pal.Tint(c.pal.Primary, 0.35)
	}
	if b.Planned {
		lk.fill, lk.stroke, lk.dash = c.pal.Tint(c.pal.Line, 0.08), c.pal.Line, []float64{5, 3}
		lk.text = c.pal.Tint(c.pal.Text, 0.65)
	}
	return lk
}

// isTaskShape reports whether a box of this shape is a node of a process
// map, outlined in its stage's colour; the rest are overview and
// life-cycle parts.
func isTaskShape(shape string) bool {
	switch shape {
	case geom.ShapeTask, geom.ShapeDecision, geom.ShapeStart, geom.ShapeEnd, geom.ShapeConnector, "":
		return true
	}
	return false
}

// shape draws the one outline of a box: a rounded rectangle for tasks and
// blocks, a pill for start and end, a diamond for decisions and a pentagon
// pointing right for connectors.
func (c *canvas) shape(b geom.Box, lk look) {
	c.fill(lk.fill)
	c.stroke(lk.stroke, lk.width, lk.dash...)
	switch b.Shape {
	case geom.ShapeDecision:
		c.path(b.Rect.Diamond(), true, "DF")
	case geom.ShapeConnector:
		c.path(b.Rect.Pentagon(), true, "DF")
	default:
		c.rect(b.Rect, geom.CornerRadius(b.Shape, b.Rect), "DF")
	}
	if len(lk.dash) > 0 {
		c.stroke(lk.stroke, lk.width)
	}
}
