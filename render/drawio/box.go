package drawio

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// look is how a box is painted.
type look struct {
	fill, stroke, text palette.RGB
	width              float64
	dashed             bool
}

// boxLook follows the SVG and PDF renderers: tasks outlined in their stage's
// colour, connectors in the accent, start and end in the primary with a
// heavier end, blocks in the primary, conditions in the line colour, phase
// bands tinted, planned boxes greyed and dashed.
func boxLook(pal palette.Palette, b geom.Box) look {
	lk := look{fill: pal.Background, stroke: pal.Primary, text: pal.Text, width: 1.2}
	if s, ok := pal.Stage(b.Stage); ok && isTaskShape(b.Shape) {
		lk.stroke = s
	}
	switch b.Shape {
	case geom.ShapeConnector:
		lk.stroke = pal.Accent
	case geom.ShapeStart, geom.ShapeBlock:
		lk.stroke, lk.width = pal.Primary, 1.5
	case geom.ShapeEnd:
		lk.stroke, lk.width = pal.Primary, 3
	case geom.ShapeCondition:
		lk.stroke = pal.Line
	case geom.ShapePhase:
		lk.fill, lk.stroke = pal.Tint(pal.Primary, 0.05), pal.Tint(pal.Primary, 0.35)
	}
	if b.Planned {
		lk.fill, lk.stroke, lk.dashed = pal.Tint(pal.Line, 0.08), pal.Line, true
		lk.text = pal.Tint(pal.Text, 0.65)
	}
	return lk
}

// isTaskShape reports whether a box of this shape is a node of a process
// map; the rest are overview and life-cycle parts.
func isTaskShape(shape string) bool {
	switch shape {
	case geom.ShapeTask, geom.ShapeDecision, geom.ShapeStart, geom.ShapeEnd, geom.ShapeConnector, "":
		return true
	}
	return false
}

// shapeStyle starts a box's style with its outline: draw.io's rhombus for
// a decision, its off-page connector turned to point right for a
// connector (the point as deep as geom's pentagon), a pill for start and
// end, a rectangle with geom's corner radius for the rest.
func shapeStyle(b geom.Box) *style {
	s := &style{}
	r := b.Rect
	switch b.Shape {
	case geom.ShapeDecision:
		// The bare name is draw.io's own style; shape and perimeter say
		// the same to any reader without draw.io's stylesheet.
		s.name("rhombus").set("shape", "rhombus").set("perimeter", "rhombusPerimeter")
	case geom.ShapeConnector:
		// The shape points down; direction=north turns it a quarter
		// counterclockwise, and its size is then a share of the width.
		// anchorPointDirection=0 keeps exit and entry points unturned,
		// so they stay where the route meets the outline.
		s.set("shape", "offPageConnector").set("direction", "north").share("size", r.ConnectorTip()/r.W).
			set("anchorPointDirection", "0")
	case geom.ShapeStart, geom.ShapeEnd:
		s.set("rounded", "1").set("arcSize", "50")
	default:
		if rad := geom.CornerRadius(b.Shape, r); rad > 0 {
			s.set("rounded", "1").set("absoluteArcSize", "1").n("arcSize", 2*rad)
		} else {
			s.set("rounded", "0")
		}
	}
	return s
}

// boxStyle is a box's whole style: outline, paint and label placement.
func (d *diagram) boxStyle(b geom.Box, lk look) string {
	s := shapeStyle(b).set("whiteSpace", "wrap").set("html", "1").
		set("fillColor", lk.fill.Hex()).set("strokeColor", lk.stroke.Hex()).n("strokeWidth", lk.width)
	if lk.dashed {
		s.set("dashed", "1").set("dashPattern", "5 3")
	}
	placement(s, b.Rect, b.Lines)
	return s.font(b.Lines, lk.text).String()
}

// box writes a task, decision, start, end, connector, block, conditions
// box or phase band. A task goes into its lane, placed relative to it; a
// box that leads to another page links to it.
func (d *diagram) box(id string, b geom.Box) {
	parent, r := "1", b.Rect
	if i := d.laneOf(b); i >= 0 {
		band := d.p.Lanes[i].Band
		parent, r = d.lanes[i], geom.Rect{X: r.X - band.X, Y: r.Y - band.Y, W: r.W, H: r.H}
	}
	link := ""
	if to, ok := d.links[b.Link]; ok && to != d.self {
		link = "data:page/id," + to
	}
	d.vertex(vertex{
		id: id, parent: parent, rect: r, style: d.boxStyle(b, boxLook(d.pal, b)), label: htmlLabel(b.Lines),
		data: dataAttrs("tooltip", b.Tooltip, "blueprintId", b.ID, "role", b.Role, "stage", b.Stage,
			"kind", b.Shape, "leadsTo", b.Link, "link", link),
	})
}
