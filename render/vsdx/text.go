package vsdx

import (
	"math"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// fontName is what Visio sets text in. The layout measured with the Go
// fonts, which few Visio installations have; Arial is everywhere, and its
// widths are close to the measured ones (LibreOffice, setting the shipped
// pages in Arial's metric twin, lands every line within its box).
const fontName = "Arial"

// charFormat is one row of the Character section.
type charFormat struct {
	size  float64
	bold  bool
	color palette.RGB
}

// textStyle is how a block of lines is coloured: one colour for all, or
// per line through colorOf.
type textStyle struct {
	colorOf func(geom.Text) palette.RGB
	// background, when set, puts a plate behind the text (edge and line
	// labels, which sit on lines).
	background *palette.RGB
}

// setText gives s the lines, already wrapped by layout, as its text. When
// the lines sit centred in r (a task, a block) the text block is the whole
// shape, so text Visio rewraps after an edit stays centred; otherwise
// (conditions, phase headings) the text block lies exactly where the lines
// were drawn. origin is the shape's local origin in page points.
func setText(s *sheet, r geom.Rect, origin geom.Point, lines []geom.Text, st textStyle) {
	lines = nonEmpty(lines)
	if len(lines) == 0 {
		return
	}
	if centredIn(lines, r) {
		applyText(s, lines, st, alignCentre, valignMiddle)
		return
	}
	placeText(s, origin, lines, st)
}

// placeText puts the lines in a text block laid exactly over where layout
// drew them: labels on lines and connectors, text off a shape's centre.
func placeText(s *sheet, origin geom.Point, lines []geom.Text, st textStyle) {
	lines = nonEmpty(lines)
	if len(lines) == 0 {
		return
	}
	block := textBounds(lines)
	s.add(textBlockCells(origin, block)...)
	align := alignLeft
	if len(lines) > 1 && centredIn(lines, block) {
		align = alignCentre
	}
	applyText(s, lines, st, align, valignTop)
}

// Alignments, as Visio numbers them.
const (
	alignLeft    = "0"
	alignCentre  = "1"
	valignTop    = "0"
	valignMiddle = "1"
)

// applyText writes the text block's margins and alignment, the paragraph
// and character formats, and the text itself.
func applyText(s *sheet, lines []geom.Text, st textStyle, align, valign string) {
	s.add(ptCell("LeftMargin", 0), ptCell("RightMargin", 0), ptCell("TopMargin", 0),
		ptCell("BottomMargin", 0), val("VerticalAlign", valign))
	if st.background != nil {
		s.add(val("TextBkgnd", st.background.Hex()), val("TextBkgndTrans", "0"))
	}
	s.addSection(paragraph(align, lines))
	formats, runs := textRuns(lines, st)
	s.addSection(characters(formats))
	s.text = runs
}

// nonEmpty drops lines without text.
func nonEmpty(ls []geom.Text) []geom.Text {
	out := make([]geom.Text, 0, len(ls))
	for _, t := range ls {
		if strings.TrimSpace(t.Text) != "" {
			out = append(out, t)
		}
	}
	return out
}

// textBounds is the union of the lines' bounds, with a point to spare on
// each side so Visio's slightly different font never wraps a line.
func textBounds(ls []geom.Text) geom.Rect {
	const pad = 1
	b := ls[0].Bounds()
	x0, y0, x1, y1 := b.X, b.Y, b.Right(), b.Bottom()
	for _, t := range ls[1:] {
		b := t.Bounds()
		x0, y0 = math.Min(x0, b.X), math.Min(y0, b.Y)
		x1, y1 = math.Max(x1, b.Right()), math.Max(y1, b.Bottom())
	}
	return geom.Rect{X: x0 - pad, Y: y0 - pad, W: x1 - x0 + 2*pad, H: y1 - y0 + 2*pad}
}

// centredIn reports whether every line is centred across r and the lines
// together centred down it, to within what rounding leaves.
func centredIn(ls []geom.Text, r geom.Rect) bool {
	const tol = 2
	mid := r.X + r.W/2
	for _, t := range ls {
		if math.Abs(t.X+t.Width/2-mid) > tol {
			return false
		}
	}
	b := textBounds(ls)
	return math.Abs(b.Y+b.H/2-(r.Y+r.H/2)) <= tol+1
}

// textBlockCells place the text block over block, in the shape's local
// coordinates.
func textBlockCells(origin geom.Point, block geom.Rect) []cell {
	cx, cy := local(origin, geom.Point{X: block.X + block.W/2, Y: block.Y + block.H/2})
	return []cell{
		numCell("TxtPinX", cx), numCell("TxtPinY", cy),
		numCell("TxtWidth", inch(block.W)), numCell("TxtHeight", inch(block.H)),
		fCell("TxtLocPinX", inch(block.W)/2, "TxtWidth*0.5"),
		fCell("TxtLocPinY", inch(block.H)/2, "TxtHeight*0.5"),
		numCell("TxtAngle", 0),
	}
}

// pitch is the line spacing the layout used: the smallest gap between
// two baselines. A heading's extra gap below it is not kept: one paragraph
// format reads the same in every Visio reader, and the block only gets a
// few points shorter.
func pitch(ls []geom.Text) float64 {
	p := 0.0
	for i := 1; i < len(ls); i++ {
		if gap := ls[i].Y - ls[i-1].Y; gap > 0 && (p == 0 || gap < p) {
			p = gap
		}
	}
	return p
}

// textRuns turns lines into runs, one line per paragraph, and lists the
// character formats they use in order of first use.
func textRuns(ls []geom.Text, st textStyle) ([]charFormat, []run) {
	var formats []charFormat
	runs := make([]run, 0, len(ls))
	for i, t := range ls {
		f := charFormat{size: t.Size, bold: t.Bold, color: st.colorOf(t)}
		ix := slices.Index(formats, f)
		if ix < 0 {
			ix = len(formats)
			formats = append(formats, f)
		}
		text := t.Text
		if i < len(ls)-1 {
			text += "\n"
		}
		runs = append(runs, run{format: ix, text: text})
	}
	return formats, runs
}

// paragraph is the Paragraph section: the alignment and, for more than
// one line, the layout's line pitch as an absolute spacing, which Visio
// keeps whatever font it sets the text in.
func paragraph(align string, ls []geom.Text) section {
	cells := []cell{val("HorzAlign", align), ptCell("SpBefore", 0), ptCell("SpAfter", 0)}
	if p := pitch(ls); p > 0 {
		cells = append(cells, ptCell("SpLine", p))
	}
	return section{n: "Paragraph", ix: -1, rows: []row{{ix: 0, cells: cells}}}
}

// characters is the Character section: a row per format.
func characters(fs []charFormat) section {
	sec := section{n: "Character", ix: -1}
	for i, f := range fs {
		style := "0"
		if f.bold {
			style = "1"
		}
		sec.rows = append(sec.rows, row{ix: i, cells: []cell{
			val("Font", fontName), val("Color", f.color.Hex()),
			val("Style", style), ptCell("Size", f.size),
		}})
	}
	return sec
}
