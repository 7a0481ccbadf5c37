package pdf

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Opacities of the lane tints, as the SVG renderer's style gives them:
// every second band a little darker so neighbouring lanes of one stage
// stay apart, headers darker still.
const (
	bandTint    = 0.06
	bandTintAlt = 0.12
	headerTint  = 0.2
	bandBorder  = 0.3
)

// lanes draws each swimlane: a tinted band with a faint border, a darker
// header strip and the header's label.
func (c *canvas) lanes(ls []geom.Lane) {
	for i, l := range ls {
		col, ok := c.pal.Stage(l.Stage)
		if !ok {
			col = c.pal.Line
		}
		tint := bandTint
		if i%2 == 1 {
			tint = bandTintAlt
		}
		band := c.pal.Tint(col, tint)
		c.fill(band)
		c.stroke(c.pal.Tint(c.pal.Line, bandBorder), 0.5)
		c.rect(l.Band, 0, "DF")
		c.fill(palette.Mix(band, col, headerTint))
		c.rect(l.Header, 0, "F")
		for _, t := range l.Label {
			c.text(t, c.textColor(t))
		}
	}
}

// regionLines draws the lines of interaction, visibility and internal
// interaction, each with its label on a plate so it reads over the line.
func (c *canvas) regionLines(rs []geom.RegionLine) {
	for _, r := range rs {
		c.regionLine(r.Class, r.X1, r.X2, r.Y)
		if r.Label.Text != "" {
			c.labelPlate(r.Label)
			c.text(r.Label, c.pal.Line)
		}
	}
}

// regionLine draws one region line from x1 to x2 at y. The three lines
// differ by dash pattern, as in the SVG's style: interaction dashed,
// visibility dotted and a little heavier, internal interaction dash-dot.
func (c *canvas) regionLine(class string, x1, x2, y float64) {
	switch class {
	case geom.LineOfVisibility:
		c.stroke(c.pal.Line, 1.6, 2, 3)
	case geom.LineOfInternalInteraction:
		c.stroke(c.pal.Line, 1.2, 12, 3, 2, 3)
	default:
		c.stroke(c.pal.Line, 1.2, 8, 4)
	}
	c.f.Line(x1, y, x2, y)
	c.stroke(c.pal.Line, 1.2)
}

// labelPlate puts a small background plate behind a label so it reads
// over lines; its height follows the Go fonts' ascent and descent.
func (c *canvas) labelPlate(t geom.Text) {
	const pad = 1.5
	w := t.Width
	if w <= 0 {
		w = c.ruler.Width(t.Text, t.Size, t.Bold)
	}
	c.fill(c.pal.Background)
	c.rect(geom.Rect{X: t.X - pad, Y: t.Y - t.Size*0.95 - pad, W: w + 2*pad, H: t.Size*1.16 + 2*pad}, 2, "F")
}

// textColor is the colour of a free or box text by its class: titles in
// the primary colour, line and edge labels in the line colour, the rest in
// the text colour.
func (c *canvas) textColor(t geom.Text) palette.RGB {
	switch t.Class {
	case "title":
		return c.pal.Primary
	case "line-label", "edge-label":
		return c.pal.Line
	}
	return c.pal.Text
}
