package vsdx

import (
	"slices"
	"strconv"

	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// cell is one ShapeSheet cell: its name, value, and optionally the
// formula Visio recomputes it from and the unit it shows it in.
type cell struct{ n, v, f, u string }

// val is a cell holding a plain value.
func val(n, v string) cell { return cell{n: n, v: v} }

// numCell is a cell holding a number.
func numCell(n string, v float64) cell { return cell{n: n, v: num(v)} }

// ptCell is a length cell given in points: stored in inches, as Visio
// stores every length, and shown in points in the ShapeSheet.
func ptCell(n string, pt float64) cell { return cell{n: n, v: num(inch(pt)), u: "PT"} }

// fCell is a number kept by a formula, so Visio recomputes it when the
// cells it names change.
func fCell(n string, v float64, f string) cell { return cell{n: n, v: num(v), f: f} }

// row is a row of a section: a geometry row has a type (T), a named row
// (shape data, hyperlinks) a name (N), an indexed row (characters,
// paragraphs, layers) an index.
type row struct {
	t, n  string
	ix    int
	cells []cell
}

// section is a ShapeSheet section; ix < 0 means it has no index.
type section struct {
	n     string
	ix    int
	cells []cell
	rows  []row
}

// run is a stretch of text in one character format (a row of the
// Character section).
type run struct {
	format int
	text   string
}

// sheet is one Visio shape as it will be written.
type sheet struct {
	id       int
	typ      string // "Shape", or "Foreign" for the logo
	cells    []cell
	sections []section
	text     []run
	// imageRel is the relationship id of a foreign shape's picture and
	// imageKind its compression, "PNG" or "JPEG".
	imageRel, imageKind string
}

func (s *sheet) add(cs ...cell)         { s.cells = append(s.cells, cs...) }
func (s *sheet) addSection(sec section) { s.sections = append(s.sections, sec) }

// writeSheet writes one shape. Every shape names style 0 ("No Style") and
// sets what it needs itself, so nothing depends on a stylesheet Visio
// might resolve differently.
func (x *xw) writeSheet(s *sheet) {
	x.open("Shape", attr{"ID", itoa(s.id)}, attr{"Type", s.typ},
		attr{"LineStyle", "0"}, attr{"FillStyle", "0"}, attr{"TextStyle", "0"})
	x.writeCells(s.cells)
	for _, sec := range s.sections {
		x.writeSection(sec)
	}
	// The schema puts the text before the foreign data.
	x.writeText(s.text)
	if s.imageRel != "" {
		x.open("ForeignData", attr{"ForeignType", "Bitmap"}, attr{"CompressionType", s.imageKind})
		x.leaf("Rel", attr{"r:id", s.imageRel})
		x.close("ForeignData")
	}
	x.close("Shape")
}

func (x *xw) writeCells(cs []cell) {
	for _, c := range cs {
		attrs := []attr{{"N", c.n}, {"V", c.v}}
		if c.u != "" {
			attrs = append(attrs, attr{"U", c.u})
		}
		if c.f != "" {
			attrs = append(attrs, attr{"F", c.f})
		}
		x.leaf("Cell", attrs...)
	}
}

func (x *xw) writeSection(sec section) {
	attrs := []attr{{"N", sec.n}}
	if sec.ix >= 0 {
		attrs = append(attrs, attr{"IX", itoa(sec.ix)})
	}
	x.open("Section", attrs...)
	x.writeCells(sec.cells)
	for _, r := range sec.rows {
		var ra []attr
		switch {
		case r.t != "":
			ra = []attr{{"T", r.t}, {"IX", itoa(r.ix)}}
		case r.n != "":
			ra = []attr{{"N", r.n}}
		default:
			ra = []attr{{"IX", itoa(r.ix)}}
		}
		x.open("Row", ra...)
		x.writeCells(r.cells)
		x.close("Row")
	}
	x.close("Section")
}

// writeText writes the shape's text, marking where each character format
// starts (cp) when there is more than one.
func (x *xw) writeText(runs []run) {
	if len(runs) == 0 {
		return
	}
	many := slices.ContainsFunc(runs, func(r run) bool { return r.format != runs[0].format })
	x.b = append(x.b, "<Text>"...)
	for i, r := range runs {
		if many && (i == 0 || runs[i-1].format != r.format) {
			x.b = append(x.b, `<cp IX="`+itoa(r.format)+`"/>`...)
		}
		x.b = xmlesc.Append(x.b, r.text, false)
	}
	x.b = append(x.b, "</Text>"...)
}

func itoa(i int) string { return strconv.Itoa(i) }
