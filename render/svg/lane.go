package svg

import "github.com/blueprint-tools/blueprint/render/geom"

// lanes writes the swimlanes in one group, in the layout's order; the style
// tints every second one, which needs them to be siblings.
func (d *doc) lanes(ls []geom.Lane) {
	if len(ls) == 0 {
		return
	}
	d.open("g", attr{"class", "lanes"})
	for _, l := range ls {
		d.open("g", attr{"class", "lane"}, attr{"data-role", l.Role}, attr{"data-stage", l.Stage})
		d.leaf("rect", append([]attr{{"class", "lane-band"}}, rectAttrs(l.Band)...)...)
		d.leaf("rect", append([]attr{{"class", "lane-header"}}, rectAttrs(l.Header)...)...)
		d.lines(l.Label)
		d.close("g")
	}
	d.close("g")
}

// regionLines writes the lines of interaction, visibility and internal
// interaction, each with its label on a plate so it reads over the line.
func (d *doc) regionLines(rs []geom.RegionLine) {
	if len(rs) == 0 {
		return
	}
	d.open("g", attr{"class", "region-lines"})
	for _, r := range rs {
		d.leaf("line", attr{"class", r.Class}, n("x1", r.X1), n("y1", r.Y), n("x2", r.X2), n("y2", r.Y))
		if r.Label.Text != "" {
			d.labelBackground(r.Label)
			d.text(r.Label, "")
		}
	}
	d.close("g")
}

// rectAttrs are the position and size attributes of a rect element.
func rectAttrs(r geom.Rect) []attr {
	return []attr{n("x", r.X), n("y", r.Y), n("width", r.W), n("height", r.H)}
}
