package drawio

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// edge writes a flow as an orthogonal draw.io edge from its source to its
// target cell. It leaves and enters them exactly where the layout's route
// does (exit and entry as shares of the cells' size) and runs through the
// route's bends as waypoints, so draw.io draws the layout's route; once a
// task moves, draw.io reroutes it at right angles, still attached.
func (d *diagram) edge(e geom.Edge) {
	pts := dedupe(e.Points)
	if len(pts) < 2 {
		return
	}
	first, last := pts[0], pts[len(pts)-1]
	s := (&style{}).set("edgeStyle", "orthogonalEdgeStyle").set("rounded", "0").set("orthogonalLoop", "1").
		set("html", "1").set("endArrow", "block").set("endFill", "1").n("endSize", 6).
		set("strokeColor", d.pal.Line.Hex()).n("strokeWidth", 1.2).
		set("labelBackgroundColor", d.pal.Background.Hex())
	attrs := []attr{{"id", d.ids.make("edge", e.From, e.To)}}
	src, srcOK := d.end(s, e.From, first, "exit")
	dst, dstOK := d.end(s, e.To, last, "entry")
	label := ""
	if e.Label != nil {
		label = htmlLabel([]geom.Text{*e.Label})
		s.font([]geom.Text{*e.Label}, d.pal.Line)
	}
	attrs = append(attrs, attr{"value", label}, attr{"style", s.String()}, attr{"edge", "1"}, attr{"parent", "1"})
	if srcOK {
		attrs = append(attrs, attr{"source", src})
	}
	if dstOK {
		attrs = append(attrs, attr{"target", dst})
	}
	d.route(attrs, pts, e.Label)
}

// route writes the edge cell with its geometry: the end points (used when
// an end is not attached), the bends, and the label's offset from the
// route's middle, which is where draw.io puts an edge label.
func (d *diagram) route(attrs []attr, pts []geom.Point, label *geom.Text) {
	x := d.x
	x.open("mxCell", attrs...)
	x.open("mxGeometry", attr{"relative", "1"}, attr{"as", "geometry"})
	point(x, pts[0], "sourcePoint")
	point(x, pts[len(pts)-1], "targetPoint")
	if len(pts) > 2 {
		x.open("Array", attr{"as", "points"})
		for _, p := range pts[1 : len(pts)-1] {
			point(x, p, "")
		}
		x.close("Array")
	}
	if label != nil && label.Text != "" {
		c, mid := labelCentre(*label), midpoint(pts)
		point(x, geom.Point{X: c.X - mid.X, Y: c.Y - mid.Y}, "offset")
	}
	x.close("mxGeometry")
	x.close("mxCell")
}

// end attaches one end of an edge to the cell of box id, when the page
// has it, at point p on its outline: exitX/exitY (or entryX/entryY) are p
// as shares of the box's width and height.
func (d *diagram) end(s *style, id string, p geom.Point, side string) (string, bool) {
	cell, ok := d.byID[id]
	if id == "" || !ok {
		return "", false
	}
	for _, b := range d.p.Boxes {
		if b.ID == id {
			r := b.Rect
			s.share(side+"X", share(p.X-r.X, r.W)).share(side+"Y", share(p.Y-r.Y, r.H)).
				set(side+"Dx", "0").set(side+"Dy", "0").set(side+"Perimeter", "0")
			break
		}
	}
	return cell, true
}

// share is v as a fraction of whole, kept to the box; 0.5 for a
// degenerate box.
func share(v, whole float64) float64 {
	if whole <= 0 {
		return 0.5
	}
	return math.Max(0, math.Min(1, v/whole))
}

// midpoint is the point halfway along a polyline.
func midpoint(pts []geom.Point) geom.Point {
	total := 0.0
	for i := 1; i < len(pts); i++ {
		total += math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
	}
	left := total / 2
	for i := 1; i < len(pts); i++ {
		seg := math.Hypot(pts[i].X-pts[i-1].X, pts[i].Y-pts[i-1].Y)
		if seg >= left && seg > 0 {
			t := left / seg
			return geom.Point{X: pts[i-1].X + t*(pts[i].X-pts[i-1].X), Y: pts[i-1].Y + t*(pts[i].Y-pts[i-1].Y)}
		}
		left -= seg
	}
	return pts[0]
}

// dedupe drops points that repeat their predecessor once rounded, so
// every segment of a route has a direction.
func dedupe(pts []geom.Point) []geom.Point {
	out := make([]geom.Point, 0, len(pts))
	for _, p := range pts {
		if n := len(out); n > 0 && num(p.X) == num(out[n-1].X) && num(p.Y) == num(out[n-1].Y) {
			continue
		}
		out = append(out, p)
	}
	return out
}
