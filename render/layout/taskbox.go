package layout

import (
	"math"
	"strings"

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
		// The text gets the body left of the point of the lowest box, so
		// that a short label ("A → page 2") stays on one line.
		const minH = 30
		body := w - geom.Rect{W: w, H: minH}.ConnectorTip() - 2*boxPad
		lbl := m.wrap(text, size, false, wordRoom(text, m, opt, body), "task")
		h := math.Max(minH, lbl.height()+2*boxPad)
		// The text keeps clear of the arrow point, however deep it is.
		w = math.Max(w, lbl.width()+2*boxPad+geom.Rect{W: w, H: h}.ConnectorTip())
		return nodeBox{shape: geom.ShapeConnector, w: w, h: h, label: lbl}
	}
	lbl := m.wrap(text, size, false, wordRoom(text, m, opt, w-2*boxPad), "task")
	w = math.Max(w, lbl.width()+2*boxPad)
	return nodeBox{shape: geom.ShapeTask, w: w, h: math.Max(34, lbl.height()+2*boxPad), label: lbl}
}

// decisionBox is a diamond wider than a task. Its text fits the diamond:
// a corner of the text block at (a, b) from the centre lies inside when
// a/(W/2) + b/(H/2) <= 1, which gives the height for the width.
func decisionBox(text string, m metrics, opt Options) nodeBox {
	const room = 0.6 // of the width, where the diamond is wide enough for text
	w := opt.TaskWidth * 1.25
	lbl := m.wrap(text, opt.TaskSize, false, wordRoom(text, m, opt, w*room), "task")
	w = math.Max(w, lbl.width()/room)
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
	lbl := m.wrap(text, opt.TaskSize, false, wordRoom(text, m, opt, w-2*boxPad-12), "task")
	h := math.Max(26, lbl.height()+2*boxPad)
	r, half := h/2, lbl.height()/2+1
	need := lbl.width() + 2*r - 2*math.Sqrt(math.Max(0, r*r-half*half)) + 2*boxPad
	return nodeBox{shape: shape, w: math.Max(w, need), h: h, label: lbl}
}

// wordRoom is the width to wrap a label at: width, or the label's longest
// word when that is wider, so that a word is never split between lines
// ("Implementatio" / "n") while it can fit a box of a readable size; the
// box grows with its text. A word wider than twice the task width is
// left for the wrapper to break.
func wordRoom(text string, m metrics, opt Options, width float64) float64 {
	limit := 2 * opt.TaskWidth
	for _, w := range strings.Fields(text) {
		if ww := m.r.Width(w, opt.TaskSize, false); ww > width && ww <= limit {
			width = ww
		}
	}
	return width
}
