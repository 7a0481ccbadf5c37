package drawio

import "github.com/blueprint-tools/blueprint/render/geom"

// vertex is a shape cell about to be written.
type vertex struct {
	id, parent, style, label string
	rect                     geom.Rect // relative to the parent
	// data are extra properties (task id, role, stage, tooltip, link)
	// that draw.io shows under Edit Data; with any, the cell is wrapped in
	// a UserObject, draw.io's cell with properties.
	data []attr
}

func (d *diagram) vertex(v vertex) {
	x := d.x
	cell := []attr{{"style", v.style}, {"vertex", "1"}, {"parent", v.parent}}
	if len(v.data) == 0 {
		x.open("mxCell", append([]attr{{"id", v.id}, {"value", v.label}}, cell...)...)
	} else {
		x.open("UserObject", append(append([]attr{{"label", v.label}}, v.data...), attr{"id", v.id})...)
		x.open("mxCell", cell...)
	}
	x.leaf("mxGeometry", attr{"x", num(v.rect.X)}, attr{"y", num(v.rect.Y)},
		attr{"width", num(v.rect.W)}, attr{"height", num(v.rect.H)}, attr{"as", "geometry"})
	x.close("mxCell")
	if len(v.data) > 0 {
		x.close("UserObject")
	}
}

// dataAttrs are the properties a non-empty value is given for, in order.
func dataAttrs(kv ...string) []attr {
	var out []attr
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			out = append(out, attr{kv[i], kv[i+1]})
		}
	}
	return out
}

// line is an edge cell that joins no cells: a region line or a legend's
// line sample, from a to b, with its label offset from the line's middle.
func (d *diagram) line(id, label, style string, a, b geom.Point, labelAt *geom.Point) {
	x := d.x
	x.open("mxCell", attr{"id", id}, attr{"value", label}, attr{"style", style},
		attr{"edge", "1"}, attr{"parent", "1"})
	x.open("mxGeometry", attr{"relative", "1"}, attr{"as", "geometry"})
	point(x, a, "sourcePoint")
	point(x, b, "targetPoint")
	if labelAt != nil {
		mid := midpoint([]geom.Point{a, b})
		point(x, geom.Point{X: labelAt.X - mid.X, Y: labelAt.Y - mid.Y}, "offset")
	}
	x.close("mxGeometry")
	x.close("mxCell")
}

// point writes an mxPoint, named by as unless as is empty.
func point(x *xw, p geom.Point, as string) {
	attrs := []attr{{"x", num(p.X)}, {"y", num(p.Y)}}
	if as != "" {
		attrs = append(attrs, attr{"as", as})
	}
	x.leaf("mxPoint", attrs...)
}

// labelCentre is the middle of a line of text's bounds: where draw.io
// centres an edge label.
func labelCentre(t geom.Text) geom.Point {
	b := t.Bounds()
	return geom.Point{X: b.X + b.W/2, Y: b.Y + b.H/2}
}
