package vsdx

import (
	"math"
	"strconv"

	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// attr is one attribute, written in the order given so output is stable.
type attr struct{ name, value string }

// xw accumulates one XML part in memory.
type xw struct{ b []byte }

// xmlHeader starts every part; Visio writes standalone="yes" too.
const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

func newXW() *xw { return &xw{b: append(make([]byte, 0, 4096), xmlHeader...)} }

func (x *xw) tag(name string, attrs []attr) {
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

// open writes a start tag. No white space goes between elements: the
// parts declare xml:space="preserve", as Visio's do, so a reader would
// see every newline as content (libvisio then misses a picture's Rel).
func (x *xw) open(name string, attrs ...attr) {
	x.tag(name, attrs)
	x.b = append(x.b, '>')
}

// leaf writes a self-closing element.
func (x *xw) leaf(name string, attrs ...attr) {
	x.tag(name, attrs)
	x.b = append(x.b, "/>"...)
}

// close writes an end tag.
func (x *xw) close(name string) {
	x.b = append(x.b, "</"...)
	x.b = append(x.b, name...)
	x.b = append(x.b, '>')
}

// elem writes an element holding only text.
func (x *xw) elem(name, text string, attrs ...attr) {
	x.tag(name, attrs)
	x.b = append(x.b, '>')
	x.b = xmlesc.Append(x.b, text, false)
	x.close(name)
}

// num formats a ShapeSheet value (inches, mostly) with at most six
// decimals, a millionth of an inch being far below anything visible, so
// the same geometry always gives the same bytes.
func num(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > 1e12 {
		return "0"
	}
	r := math.Round(v*1e6) / 1e6
	if r == 0 {
		return "0" // never "-0"
	}
	return strconv.FormatFloat(r, 'f', -1, 64)
}

// inch converts points to the inches Visio measures in.
func inch(pt float64) float64 { return pt / 72 }
