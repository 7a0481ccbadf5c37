package svg

import (
	"math"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// Arrowhead size in points: long enough to read at print size, narrow
// enough not to touch a neighbouring port.
const (
	arrowLen  = 7.0
	arrowHalf = 3.5
)

// edges writes every edge as a flow group: the contract's path and a
// filled arrowhead. A polygon rather than a marker keeps the tip exactly on
// the last point and needs no id.
func (d *doc) edges(es []geom.Edge) {
	if len(es) == 0 {
		return
	}
	d.open("g", attr{"class", "edges"})
	for _, e := range es {
		d.edge(e)
	}
	d.close("g")
}

func (d *doc) edge(e geom.Edge) {
	ends := []attr{{"data-from", e.From}, {"data-to", e.To}}
	d.open("g", append([]attr{{"class", "flow"}}, ends...)...)
	pts := dedupe(e.Points)
	head, ok := arrowhead(pts)
	if ok {
		// Stop the line inside the head, so its blunt end never shows past
		// the tip.
		pts[len(pts)-1] = head.neck
	}
	d.leaf("path", append(append([]attr{{"class", "edge"}}, ends...), attr{"d", pathData(pts)})...)
	if ok {
		d.leaf("polygon", attr{"class", "arrowhead"}, attr{"points", points(head.corners)})
	}
	d.close("g")
}

// edgeLabels writes the branch labels in one layer above all edges, each on
// a small plate, so no later edge runs over a label.
func (d *doc) edgeLabels(es []geom.Edge) {
	open := false
	for _, e := range es {
		if e.Label == nil {
			continue
		}
		if !open {
			d.open("g", attr{"class", "edge-labels"})
			open = true
		}
		d.open("g", attr{"class", "edge-label-group"}, attr{"data-from", e.From}, attr{"data-to", e.To})
		d.labelBackground(*e.Label)
		d.text(*e.Label, "edge-label")
		d.close("g")
	}
	if open {
		d.close("g")
	}
}

// dedupe copies pts without points that repeat their predecessor once
// rounded, so every segment has a direction.
func dedupe(pts []geom.Point) []geom.Point {
	out := make([]geom.Point, 0, len(pts))
	for _, p := range pts {
		if len(out) > 0 && samePoint(out[len(out)-1], p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

func samePoint(a, b geom.Point) bool { return num(a.X) == num(b.X) && num(a.Y) == num(b.Y) }

// head is an arrowhead: its three corners (tip first) and where the line
// should stop under it.
type head struct {
	corners []geom.Point
	neck    geom.Point
}

// arrowhead points along the last segment of pts; there is none for an
// edge of fewer than two distinct points.
func arrowhead(pts []geom.Point) (head, bool) {
	if len(pts) < 2 {
		return head{}, false
	}
	from, tip := pts[len(pts)-2], pts[len(pts)-1]
	dx, dy := tip.X-from.X, tip.Y-from.Y
	seg := math.Hypot(dx, dy)
	ux, uy := dx/seg, dy/seg
	bx, by := tip.X-ux*arrowLen, tip.Y-uy*arrowLen
	back := math.Min(arrowLen/2, seg)
	return head{
		corners: []geom.Point{
			tip,
			{X: bx - uy*arrowHalf, Y: by + ux*arrowHalf},
			{X: bx + uy*arrowHalf, Y: by - ux*arrowHalf},
		},
		neck: geom.Point{X: tip.X - ux*back, Y: tip.Y - uy*back},
	}, true
}

// pathData writes an orthogonal polyline with M, H and V only, falling
// back to L for a segment that is not axis-parallel, so the contract's
// command set always holds.
func pathData(pts []geom.Point) string {
	var sb strings.Builder
	for i, p := range pts {
		x, y := num(p.X), num(p.Y)
		switch {
		case i == 0:
			sb.WriteString("M" + x + " " + y)
		case y == num(pts[i-1].Y):
			sb.WriteString("H" + x)
		case x == num(pts[i-1].X):
			sb.WriteString("V" + y)
		default:
			sb.WriteString("L" + x + " " + y)
		}
	}
	return sb.String()
}
