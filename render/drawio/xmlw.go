package drawio

import (
	"math"
	"strconv"
	"unicode/utf8"
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
		x.b = escape(x.b, a.value)
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

// escape appends s as an XML attribute value. Characters XML cannot hold
// (NUL, most C0 controls, invalid UTF-8) become U+FFFD, so any content
// yields a file that parses; newlines and tabs are kept as references.
func escape(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"':
			b = append(b, "&quot;"...)
		case r == '\r' || r == '\n' || r == '\t':
			b = append(b, "&#"...)
			b = strconv.AppendInt(b, int64(r), 10)
			b = append(b, ';')
		case (r == utf8.RuneError && size == 1) || !xmlChar(r):
			b = utf8.AppendRune(b, utf8.RuneError)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// xmlChar reports whether XML 1.0 allows r in a document.
func xmlChar(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
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
