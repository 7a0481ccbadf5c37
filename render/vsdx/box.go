package vsdx

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// look is how a box is painted.
type look struct {
	fill, stroke, text palette.RGB
	width              float64
	pattern            int
}

// boxLook follows the SVG and PDF renderers: tasks outlined in their stage's
// colour, connectors in the accent, start and end in the primary with a
// heavier end, blocks in the primary, conditions in the line colour, phase
// bands tinted, planned boxes greyed and dashed.
func boxLook(pal palette.Palette, b geom.Box) look {
	lk := look{fill: pal.Background, stroke: pal.Primary, text: pal.Text, width: 1.2, pattern: patSolid}
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
		lk.fill, lk.stroke, lk.pattern = pal.Tint(pal.Line, 0.08), pal.Line, patDash
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

// shapeSheet draws a box's outline, filled and stroked as lk says, with
// no text: the legend's samples, and the start of every box.
func (pb *pageBuilder) shapeSheet(b geom.Box, lk look) *sheet {
	s := pb.next()
	s.add(xform2D(b.Rect, pb.p.Height)...)
	s.add(lineCells(lk.stroke, lk.width, lk.pattern)...)
	s.add(fillCells(lk.fill)...)
	s.add(noShadow())
	s.addSection(geometry(0, false, false, boxGeometry(b)))
	if rounded(b) {
		s.addSection(radiusCell(b.Shape, b.Rect))
	}
	return s
}

// rounded reports whether a box has round corners. They are drawn as arcs
// rather than through Visio's Rounding cell, which other readers of the
// format (LibreOffice among them) ignore.
func rounded(b geom.Box) bool {
	return b.Shape != geom.ShapeDecision && b.Shape != geom.ShapeConnector &&
		geom.CornerRadius(b.Shape, b.Rect) > 0
}

// boxGeometry is the outline of a box as geometry rows.
func boxGeometry(b geom.Box) []row {
	if rounded(b) {
		return roundedRect(b.Rect, geom.CornerRadius(b.Shape, b.Rect))
	}
	return relOutline(b.Rect, outline(b))
}

// box draws a task, decision, start, end, connector, block, conditions
// box or phase band with its label, and records its sheet so edges can be
// glued to it.
func (pb *pageBuilder) box(b geom.Box) {
	lk := boxLook(pb.pal, b)
	s := pb.shapeSheet(b, lk)
	layer, obj := layerProcess, objPlaceable
	if b.Shape == geom.ShapePhase {
		layer, obj = layerLanes, objIgnore
	}
	s.add(onLayer(layer), objType(obj))
	origin := geom.Point{X: b.Rect.X, Y: b.Rect.Bottom()}
	setText(s, b.Rect, origin, b.Lines, textStyle{colorOf: pb.boxTextColor(lk)})
	if b.Tooltip != "" {
		s.add(val("Comment", b.Tooltip))
	}
	pb.shapeData(s, b)
	pb.hyperlink(s, b)
	if _, seen := pb.boxSheet[b.ID]; b.ID != "" && !seen {
		pb.boxSheet[b.ID] = s.id
	}
}

// boxTextColor colours titles in the primary colour, the rest as the
// box's look says.
func (pb *pageBuilder) boxTextColor(lk look) func(geom.Text) palette.RGB {
	return func(t geom.Text) palette.RGB {
		if t.Class == "title" {
			return pb.pal.Primary
		}
		return lk.text
	}
}

// shapeData carries what a Visio user filters and reports on: the task's
// id, role, stage and kind, as shape data (the Property section).
func (pb *pageBuilder) shapeData(s *sheet, b geom.Box) {
	sec := section{n: "Property", ix: -1}
	for _, d := range []struct{ name, label, value string }{
		{"BlueprintID", "ID", b.ID}, {"Role", "Role", b.Role}, {"Stage", "Stage", b.Stage},
		{"Kind", "Kind", b.Shape}, {"Link", "Leads to", b.Link},
	} {
		if d.value == "" {
			continue
		}
		sec.rows = append(sec.rows, row{n: d.name, cells: []cell{
			val("Label", d.label), val("Type", "0"), {n: "Value", v: d.value, u: "STR"},
			val("Invisible", "0"), val("Verify", "0"),
		}})
	}
	if len(sec.rows) > 0 {
		s.addSection(sec)
	}
}

// hyperlink makes a connector or block that leads to another page of this
// document a Visio hyperlink to that page.
func (pb *pageBuilder) hyperlink(s *sheet, b geom.Box) {
	to, ok := pb.links[b.Link]
	if b.Link == "" || !ok || to == pb.name {
		return
	}
	s.addSection(section{n: "Hyperlink", ix: -1, rows: []row{{n: "Row_1", cells: []cell{
		val("Description", to), val("Address", ""), val("SubAddress", to),
		val("ExtraInfo", ""), val("Frame", ""), val("NewWindow", "0"), val("Default", "1"),
	}}}})
}
