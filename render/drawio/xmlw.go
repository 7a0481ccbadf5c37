package drawio

import (
	"math"
	"strconv"

	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// attr is one attribute, written in the order given so output is stable.
type attr struct{ name, value string }

// xw accumulates the document in memory; Write hands it to the writer in
// one call, so a failing writer never sees half a file.
type xw struct {
	b     []byte
	depth int
}

func (x *xw) indent() {
	for range x.depth {
		x.b = append(x.b, "  "...)
	}
}

func (x *xw) tag(name string, attrs []attr) {
	x.indent()
	x.b = append(x.b, '<')
	x.b = append(x.b, name...)
	for _, a := range attrs {
		x.b = append(x.b, ' ')
		x.b = append(x.b, a.name...)
		x.b = append(x.b, `="`...)
		x.b = xmlesc.Append(x.b, a.value, true)
		x.b = append(x.b, '"')
	}
}

// open writes a start tag on its own line; a .drawio file is often kept
// in version control, and a line per cell keeps its diffs readable.
func (x *xw) open(name string, attrs ...attr) {
	x.tag(name, attrs)
	x.b = append(x.b, ">\n"...)
	x.depth++
}

// leaf writes a self-closing element.
func (x *xw) leaf(name string, attrs ...attr) {
	x.tag(name, attrs)
	x.b = append(x.b, "/>\n"...)
}

// close writes an end tag.
func (x *xw) close(name string) {
	x.depth--
	x.indent()
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, ">\n"...)
}

// num formats a coordinate with at most two decimals and no trailing
// zeros, so the same geometry always gives the same bytes.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e12 {
		return "0"
	}
	r := math.Round(v*100) / 100
	if r == 0 {
		return "0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}
