package svg

import (
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// isTaskShape reports whether a box of this shape is a node of a process
// map, drawn as a task group; the rest are overview and life-cycle parts.
func isTaskShape(shape string) bool {
	switch shape {
	case geom.ShapeTask, geom.ShapeDecision, geom.ShapeStart, geom.ShapeEnd, geom.ShapeConnector, "":
		return true
	}
	return false
}

// boxes writes the phase bands when under is set, every other box when it
// is not: phases sit beneath the edges and blocks they contain.
func (d *doc) boxes(bs []geom.Box, under bool) {
	open := false
	for _, b := range bs {
		if (b.Shape == geom.ShapePhase) != under {
			continue
		}
		if !open {
			d.open("g", attr{"class", groupClass(under)})
			open = true
		}
		if isTaskShape(b.Shape) {
			d.task(b)
		} else {
			d.block(b)
		}
	}
	if open {
		d.close("g")
	}
}

func groupClass(under bool) string {
	if under {
		return "phases"
	}
	return "nodes"
}

// task writes a process-map node as the contract's task group: title,
// one shape, its text lines.
func (d *doc) task(b geom.Box) {
	shape := b.Shape
	if shape == geom.ShapeTask {
		shape = ""
	}
	attrs := []attr{
		{"class", classes("task", shape, b.Class, linkedClass(b))},
		{"id", d.id("task-" + b.ID)},
		{"data-task", b.ID},
		{"data-role", b.Role},
		{"data-stage", b.Stage},
	}
	attrs = append(attrs, linkAttrs(b)...)
	attrs = append(attrs, attr{"tabindex", "0"})
	d.open("g", attrs...)
	d.elem("title", tooltip(b))
	d.shape(b)
	d.lines(b.Lines)
	d.close("g")
}

// block writes an overview or life-cycle part: a sub-process or module
// block, a conditions box or a phase band.
func (d *doc) block(b geom.Box) {
	kind, idKind := blockKind(b.Shape)
	attrs := []attr{{"class", classes(kind, plannedClass(b), b.Class, linkedClass(b))}}
	if b.ID != "" {
		attrs = append(attrs, attr{"id", d.id(idKind + "-" + b.ID)}, attr{"data-block", b.ID})
	}
	attrs = append(attrs, linkAttrs(b)...)
	if b.Link != "" {
		attrs = append(attrs, attr{"tabindex", "0"})
	}
	d.open("g", attrs...)
	if tip := tooltip(b); tip != "" {
		d.elem("title", tip)
	}
	d.shape(b)
	d.lines(b.Lines)
	d.close("g")
}

// blockKind gives the group classes of a non-task shape and the word its
// id starts with; an unknown shape is drawn as a block.
func blockKind(shape string) (class, idKind string) {
	switch shape {
	case geom.ShapeBlock:
		return "block", "block"
	case geom.ShapeCondition:
		return "block condition", "condition"
	case geom.ShapePhase:
		return "phase", "phase"
	}
	return classes("block", shape), "block"
}

func plannedClass(b geom.Box) string {
	if b.Planned {
		return "planned"
	}
	return ""
}

func linkedClass(b geom.Box) string {
	if b.Link != "" {
		return "linked"
	}
	return ""
}

// linkAttrs carries a box's target for the site's script, which turns it
// into a relative link; the SVG itself holds no href to follow.
func linkAttrs(b geom.Box) []attr {
	if b.Link == "" {
		return nil
	}
	return []attr{{"data-link", b.Link}}
}

// tooltip is the box's tooltip, or its label when layout gave none, so
// every task keeps the title the contract promises.
func tooltip(b geom.Box) string {
	if b.Tooltip != "" {
		return b.Tooltip
	}
	parts := make([]string, 0, len(b.Lines))
	for _, t := range b.Lines {
		parts = append(parts, t.Text)
	}
	return strings.Join(parts, " ")
}

// shape writes the one outline of a box: a rounded rect for tasks and
// blocks, pills for start and end, polygons for decisions and connectors.
func (d *doc) shape(b geom.Box) {
	r := b.Rect
	class := classes("shape", "shape-"+shapeName(b.Shape))
	switch b.Shape {
	case geom.ShapeDecision:
		d.leaf("polygon", attr{"class", class}, attr{"points", points(r.Diamond())})
	case geom.ShapeConnector:
		d.leaf("polygon", attr{"class", class}, attr{"points", points(r.Pentagon())})
	case geom.ShapeLine:
		y := r.Y + r.H/2
		d.leaf("line", attr{"class", "legend-line-sample"}, n("x1", r.X), n("y1", y), n("x2", r.Right()), n("y2", y))
	default:
		rx := geom.CornerRadius(b.Shape, r)
		d.leaf("rect", attr{"class", class}, n("x", r.X), n("y", r.Y), n("width", r.W), n("height", r.H), n("rx", rx), n("ry", rx))
	}
}

// shapeName is the class naming the outline; an unset shape is a task.
func shapeName(shape string) string {
	if shape == "" {
		return geom.ShapeTask
	}
	return shape
}

// points formats a polygon's points attribute.
func points(ps []geom.Point) string {
	var sb strings.Builder
	for i, p := range ps {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(num(p.X) + "," + num(p.Y))
	}
	return sb.String()
}
