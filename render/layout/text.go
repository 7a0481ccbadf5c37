package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// block is wrapped text, measured, not yet placed.
type block struct {
	lines  []string
	widths []float64
	size   float64
	bold   bool
	class  string
	lead   float64 // baseline to baseline
	asc    float64 // room above the first baseline
	desc   float64 // room below the last baseline
}

// metrics is a ruler with the room layout keeps around text: the font's
// own ascent and descent, but never less than geom's, so that Check can
// test text against boxes without the font.
type metrics struct{ r *measure.Ruler }

// newMetrics wraps a ruler; nil means the default fonts.
func newMetrics(r *measure.Ruler) metrics {
	if r == nil {
		r = measure.Default()
	}
	return metrics{r}
}

func (m metrics) wrap(s string, size float64, bold bool, width float64, class string) block {
	b := block{size: size, bold: bold, class: class, lead: m.r.LineHeight(size),
		asc:  math.Max(m.r.Ascent(size), geom.TextAscent*size),
		desc: math.Max(m.r.Descent(size), geom.TextDescent*size)}
	b.lines = m.r.Wrap(s, size, bold, width)
	for _, l := range b.lines {
		b.widths = append(b.widths, m.r.Width(l, size, bold))
	}
	return b
}

// line is a single line of text, shortened with an ellipsis to fit.
func (m metrics) line(s string, size float64, bold bool, width float64, class string) block {
	b := m.wrap("", size, bold, width, class)
	if s = m.r.Fit(s, size, bold, width); s != "" {
		b.lines = []string{s}
		b.widths = []float64{m.r.Width(s, size, bold)}
	}
	return b
}

// add appends more wrapped text to a block of the same size.
func (b block) add(o block) block {
	b.lines = append(append([]string(nil), b.lines...), o.lines...)
	b.widths = append(append([]float64(nil), b.widths...), o.widths...)
	return b
}

// height is the block's height from the top of its first line to the
// bottom of its last.
func (b block) height() float64 {
	if len(b.lines) == 0 {
		return 0
	}
	return b.asc + b.desc + float64(len(b.lines)-1)*b.lead
}

// width is the width of the widest line.
func (b block) width() float64 {
	w := 0.0
	for _, x := range b.widths {
		w = math.Max(w, x)
	}
	return w
}

// centered places the block with its middle at (cx, cy), each line
// centred.
func (b block) centered(cx, cy float64) []geom.Text {
	top := cy - b.height()/2
	out := make([]geom.Text, len(b.lines))
	for i, l := range b.lines {
		out[i] = b.text(l, b.widths[i], cx-b.widths[i]/2, top+b.asc+float64(i)*b.lead)
	}
	return out
}

// at places the block left-aligned with its top-left corner at (x, top).
func (b block) at(x, top float64) []geom.Text {
	out := make([]geom.Text, len(b.lines))
	for i, l := range b.lines {
		out[i] = b.text(l, b.widths[i], x, top+b.asc+float64(i)*b.lead)
	}
	return out
}

func (b block) text(s string, w, x, y float64) geom.Text {
	return geom.Text{Text: s, X: x, Y: y, Width: w, Size: b.size, Bold: b.bold, Class: b.class}
}
