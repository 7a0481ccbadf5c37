package drawio

import (
	"strings"

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

// lane writes swimlane i as a draw.io swimlane container over its band,
// the header strip on its left holding the role's name. The tasks of the
// lane are its children, so moving the lane moves them.
func (d *diagram) lane(i int, l geom.Lane) {
	col, ok := d.pal.Stage(l.Stage)
	if !ok {
		col = d.pal.Line
	}
	tint := bandTint
	if i%2 == 1 {
		tint = bandTintAlt
	}
	band := d.pal.Tint(col, tint)
	st := (&style{}).name("swimlane").set("shape", "swimlane").set("horizontal", "0").n("startSize", l.Header.W).
		set("html", "1").set("whiteSpace", "wrap").set("collapsible", "0").set("recursiveResize", "0").
		set("swimlaneLine", "0").set("fillColor", palette.Mix(band, col, headerTint).Hex()).
		set("swimlaneFillColor", band.Hex()).set("strokeColor", d.pal.Tint(d.pal.Line, bandBorder).Hex()).
		n("strokeWidth", 0.5).set("fontStyle", "1").font(l.Label, d.pal.Text)
	var words []string
	for _, t := range nonEmpty(l.Label) {
		words = append(words, t.Text)
	}
	d.vertex(vertex{
		id: d.lanes[i], parent: "1", style: st.String(), rect: l.Band,
		label: htmlLabel([]geom.Text{{Text: strings.Join(words, " ")}}),
		data:  dataAttrs("role", l.Role, "stage", l.Stage),
	})
}

// regionLine writes a line of interaction, visibility or internal
// interaction as a dashed line carrying its label where layout put it.
func (d *diagram) regionLine(r geom.RegionLine) {
	pattern, width := dash(r.Class)
	st := (&style{}).set("endArrow", "none").set("html", "1").set("dashed", "1").
		set("dashPattern", pattern).n("strokeWidth", width).set("strokeColor", d.pal.Line.Hex()).
		set("labelBackgroundColor", d.pal.Background.Hex()).set("fontStyle", "2").font([]geom.Text{r.Label}, d.pal.Line)
	a, b := geom.Point{X: r.X1, Y: r.Y}, geom.Point{X: r.X2, Y: r.Y}
	var at *geom.Point
	if r.Label.Text != "" {
		c := labelCentre(r.Label)
		at = &c
	}
	d.line(d.ids.make("line", r.Class), htmlLabel([]geom.Text{r.Label}), st.String(), a, b, at)
}

// laneOf is the lane a box belongs to: the lane of its role and stage
// whose band holds its centre, else any band holding it; -1 for none (an
// overview's blocks), when the box sits on the page itself.
func (d *diagram) laneOf(b geom.Box) int {
	c := geom.Rect{X: b.Rect.X + b.Rect.W/2, Y: b.Rect.Y + b.Rect.H/2}
	found := -1
	for i, l := range d.p.Lanes {
		if !l.Band.Contains(c) {
			continue
		}
		if l.Role == b.Role && l.Stage == b.Stage {
			return i
		}
		if found < 0 {
			found = i
		}
	}
	return found
}
