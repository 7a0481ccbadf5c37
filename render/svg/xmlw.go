package svg

import (
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// attr is one attribute, written in the order given so output is stable.
type attr struct{ name, value string }

// doc accumulates the document in memory; Render hands it to the writer in
// one call, so a failing writer never sees half a diagram.
type doc struct {
	b      []byte
	prefix string // Options.IDPrefix, put before every id
}

// id prefixes a document id so several diagrams can share one HTML page.
func (d *doc) id(s string) string { return d.prefix + s }

func (d *doc) tag(name string, attrs []attr) {
	d.b = append(d.b, '<')
	d.b = append(d.b, name...)
	for _, a := range attrs {
		d.b = append(d.b, ' ')
		d.b = append(d.b, a.name...)
		d.b = append(d.b, `="`...)
		d.b = xmlesc.Append(d.b, a.value, true)
		d.b = append(d.b, '"')
	}
}

// open writes a start tag and a newline.
func (d *doc) open(name string, attrs ...attr) {
	d.tag(name, attrs)
	d.b = append(d.b, ">\n"...)
}

// leaf writes a self-closing element.
func (d *doc) leaf(name string, attrs ...attr) {
	d.tag(name, attrs)
	d.b = append(d.b, "/>\n"...)
}

// close writes an end tag.
func (d *doc) close(name string) {
	d.b = append(d.b, "</"...)
	d.b = append(d.b, name...)
	d.b = append(d.b, ">\n"...)
}

// elem writes an element holding only text.
func (d *doc) elem(name, text string, attrs ...attr) {
	d.tag(name, attrs)
	d.b = append(d.b, '>')
	d.b = xmlesc.Append(d.b, text, false)
	d.b = append(d.b, "</"...)
	d.b = append(d.b, name...)
	d.b = append(d.b, ">\n"...)
}

// num formats a coordinate with at most two decimals and no trailing
// zeros, so the same geometry always gives the same bytes.
func num(v float64) string {
	if v != v || v > 1e15 || v < -1e15 { // NaN or absurd: keep the file valid
		return "0"
	}
	// Most coordinates are within float noise of a two-decimal value; they
	// are formatted from integers, with the same result as FormatFloat and
	// a fraction of its cost (it dominated rendering).
	scaled := v * 100
	if r := math.Round(scaled); math.Abs(scaled-r) < 1e-6 && math.Abs(r) < 1e12 {
		return centis(int64(r))
	}
	s := strconv.FormatFloat(v, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

// centis formats c hundredths without trailing zeros.
func centis(c int64) string {
	var buf [24]byte
	b := buf[:0]
	if c < 0 {
		b = append(b, '-')
		c = -c
	}
	b = strconv.AppendInt(b, c/100, 10)
	if frac := c % 100; frac != 0 {
		b = append(b, '.', byte('0'+frac/10))
		if frac%10 != 0 {
			b = append(b, byte('0'+frac%10))
		}
	}
	return string(b)
}

// n is an attribute holding a number.
func n(name string, v float64) attr { return attr{name, num(v)} }

// classes joins the non-empty class names.
func classes(names ...string) string {
	var sb strings.Builder
	for _, c := range names {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		if sb.Len() > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteString(c)
	}
	return sb.String()
}
