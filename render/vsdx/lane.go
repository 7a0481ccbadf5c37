package vsdx

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Lane tints, as the SVG and PDF give them: every second band a little
// darker so neighbouring lanes of one stage stay apart, headers darker
// still.
const (
	bandTint    = 0.06
	bandTintAlt = 0.12
	headerTint  = 0.2
	bandBorder  = 0.3
)

// lane draws swimlane i as two shapes: the tinted band, and the header
// strip holding the role's name. Both carry the role and stage as shape
// data.
func (pb *pageBuilder) lane(i int, l geom.Lane) {
	col, ok := pb.pal.Stage(l.Stage)
	if !ok {
		col = pb.pal.Line
	}
	tint := bandTint
	if i%2 == 1 {
		tint = bandTintAlt
	}
	band := pb.pal.Tint(col, tint)
	data := geom.Box{Role: l.Role, Stage: l.Stage, Shape: "lane"}

	s := pb.next()
	s.add(xform2D(l.Band, pb.p.Height)...)
	s.add(lineCells(pb.pal.Tint(pb.pal.Line, bandBorder), 0.5, patSolid)...)
	s.add(fillCells(band)...)
	s.add(noShadow(), onLayer(layerLanes), objType(objIgnore))
	s.addSection(geometry(0, false, false, relOutline(l.Band, corners(l.Band))))
	pb.shapeData(s, data)

	h := pb.next()
	h.add(xform2D(l.Header, pb.p.Height)...)
	h.add(lineCells(band, 0, patNone)...)
	h.add(fillCells(palette.Mix(band, col, headerTint))...)
	h.add(noShadow(), onLayer(layerLanes), objType(objIgnore))
	h.addSection(geometry(0, false, true, relOutline(l.Header, corners(l.Header))))
	origin := geom.Point{X: l.Header.X, Y: l.Header.Bottom()}
	setText(h, l.Header, origin, l.Label, textStyle{colorOf: pb.textColor})
	pb.shapeData(h, data)
}

// regionLine draws a line of interaction, visibility or internal
// interaction as a 1-D line, dashed as in the SVG, carrying its label on a
// plate so it reads over the line.
func (pb *pageBuilder) regionLine(r geom.RegionLine) {
	pattern, weight := patDash, 1.2
	switch r.Class {
	case geom.LineOfVisibility:
		pattern, weight = patDot, 1.6
	case geom.LineOfInternalInteraction:
		pattern = patDashDot
	}
	a, b := geom.Point{X: r.X1, Y: r.Y}, geom.Point{X: r.X2, Y: r.Y}
	s := pb.line1D(a, b, []geom.Point{a, b})
	s.add(lineCells(pb.pal.Line, weight, pattern)...)
	s.add(onLayer(layerRegions), objType(objIgnore))
	if r.Label.Text != "" {
		bg := pb.pal.Background
		placeText(s, a, []geom.Text{r.Label}, textStyle{colorOf: pb.textColor, background: &bg})
	}
	pb.shapeData(s, geom.Box{Shape: r.Class})
}

// textColor is the colour of a free text by its class: titles in the
// primary colour, line and edge labels in the line colour, the rest in
// the text colour.
func (pb *pageBuilder) textColor(t geom.Text) palette.RGB {
	switch t.Class {
	case "title":
		return pb.pal.Primary
	case "line-label", "edge-label":
		return pb.pal.Line
	}
	return pb.pal.Text
}
