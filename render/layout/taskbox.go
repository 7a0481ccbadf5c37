package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// nodeBox is a task's box before it is placed: shape, size and label.
type nodeBox struct {
	shape string
	w, h  float64
	label block
	// head, when set, is a bold first part of the label; left sets the
	// text flush left (lists of conditions) rather than centred.
	head block
	left bool
}

// lines places the box's text inside r: centred, or flush left from the
// top for lists.
func (nb nodeBox) lines(r geom.Rect) []geom.Text {
	if !nb.left {
		if len(nb.head.lines) == 0 {
			return nb.label.centered(r.X+r.W/2, r.Y+r.H/2)
		}
		gap := 3.0
		total := nb.head.height() + gap + nb.label.height()
		top := r.Y + (r.H-total)/2
		out := nb.head.centered(r.X+r.W/2, top+nb.head.height()/2)
		return append(out, nb.label.centered(r.X+r.W/2, top+nb.head.height()+gap+nb.label.height()/2)...)
	}
	top := r.Y + boxPad
	out := nb.head.at(r.X+boxPad, top)
	if len(nb.head.lines) > 0 {
		top += nb.head.height() + 3
	}
	return append(out, nb.label.at(r.X+boxPad, top)...)
}

// textHeight is the height of all the box's text.
func (nb nodeBox) textHeight() float64 {
	h := nb.head.height() + nb.label.height()
	if len(nb.head.lines) > 0 && len(nb.label.lines) > 0 {
		h += 3
	}
	return h
}

// boxPad is the room between a box's outline and its text.
const boxPad = 5

// taskBox sizes the box of one task from its wrapped label.
func taskBox(t *blueprints.Task, m metrics, opt Options) nodeBox {
	w, size := opt.TaskWidth, opt.TaskSize
	text := t.Label
	if text == "" {
		text = t.ID
	}
	switch t.Kind {
	case blueprints.KindDecision:
		return decisionBox(text, m, opt)
	case blueprints.KindStart, blueprints.KindEnd:
		return pillBox(t.Kind, text, m, opt)
	case blueprints.KindConnector:
		w *= 0.9
		lbl := m.wrap(text, size, false, w*2/3-2*boxPad, "task")
		h := math.Max(30, lbl.height()+2*boxPad)
		// The text keeps clear of the arrow point, however deep it is.
		w = math.Max(w, lbl.width()+2*boxPad+math.Min(h/2, w/3))
		return nodeBox{shape: geom.ShapeConnector, w: w, h: h, label: lbl}
	}
	lbl := m.wrap(text, size, false, w-2*boxPad, "task")
	return nodeBox{shape: geom.ShapeTask, w: w, h: math.Max(34, lbl.height()+2*boxPad), label: lbl}
}

// decisionBox is a diamond wider than a task. Its text fits the diamond:
// a corner of the text block at (a, b) from the centre lies inside when
// a/(W/2) + b/(H/2) <= 1, which gives the height for the width.
func decisionBox(text string, m metrics, opt Options) nodeBox {
	w := opt.TaskWidth * 1.25
	lbl := m.wrap(text, opt.TaskSize, false, w*0.6, "task")
	a, b := lbl.width()/2+boxPad/2, lbl.height()/2+boxPad/2
	h := 2 * b / (1 - 2*a/w)
	return nodeBox{shape: geom.ShapeDecision, w: w, h: math.Max(36, h), label: lbl}
}

// pillBox is a start or end: a stadium just wide enough that the corners
// of its text stay clear of the round ends.
func pillBox(kind blueprints.Kind, text string, m metrics, opt Options) nodeBox {
	shape := geom.ShapeStart
	if kind == blueprints.KindEnd {
		shape = geom.ShapeEnd
	}
	w := opt.TaskWidth * 0.85
	lbl := m.wrap(text, opt.TaskSize, false, w-2*boxPad-12, "task")
	h := math.Max(26, lbl.height()+2*boxPad)
	r, half := h/2, lbl.height()/2+1
	need := lbl.width() + 2*r - 2*math.Sqrt(math.Max(0, r*r-half*half)) + 2*boxPad
	return nodeBox{shape: shape, w: math.Max(w, need), h: h, label: lbl}
}
