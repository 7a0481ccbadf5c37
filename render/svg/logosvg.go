package svg

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// Namespaces an SVG logo may use for what we keep.
const (
	svgNS   = "http://www.w3.org/2000/svg"
	xlinkNS = "http://www.w3.org/1999/xlink"
)

// logoElement reports whether an element of a brand's SVG logo is kept.
// Only drawing elements pass: no script, style (it would restyle the whole
// page), foreignObject, animation or editor metadata.
func logoElement(name xml.Name) bool {
	if name.Space != "" && name.Space != svgNS {
		return false
	}
	switch name.Local {
	case "svg", "g", "defs", "symbol", "use", "path", "rect", "circle", "ellipse", "line",
		"polyline", "polygon", "text", "tspan", "linearGradient", "radialGradient", "stop",
		"clipPath", "mask", "pattern", "image":
		return true
	}
	return false
}

// logoCopy copies a sanitized SVG logo into the document. Its ids get the
// document prefix and "logo-", and so do the references to them, so a
// logo's "a" never meets another diagram's "a".
type logoCopy struct {
	d      *doc
	skip   int // depth inside a dropped element
	inText int // depth inside text elements, whose character data is kept
}

// inlineLogo nests the brand's SVG logo, fitted into slot keeping its
// aspect ratio through its viewBox.
func (d *doc) inlineLogo(slot geom.Rect, data []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(data))
	c := &logoCopy{d: d}
	for depth := 0; ; {
		tok, err := dec.Token()
		if err == io.EOF {
			return errors.New("brand svg logo: no <svg> element")
		}
		if err != nil {
			return fmt.Errorf("brand svg logo: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				if t.Name.Local != "svg" {
					return fmt.Errorf("brand svg logo: root element is <%s>, want <svg>", t.Name.Local)
				}
				c.root(slot, t)
			} else {
				c.start(t)
			}
			depth++
		case xml.EndElement:
			depth--
			c.end(t)
			if depth == 0 {
				d.b = append(d.b, '\n')
				return nil
			}
		case xml.CharData:
			if c.skip == 0 && c.inText > 0 {
				d.b = xmlesc.Append(d.b, string(t), false)
			}
		}
	}
}

// root opens the nested svg: our position and size, the logo's viewBox
// (made from its width and height when it has none) and its other kept
// attributes.
func (c *logoCopy) root(slot geom.Rect, t xml.StartElement) {
	attrs := append([]attr{{"class", "logo"}}, rectAttrs(slot)...)
	if vb := logoViewBox(t.Attr); vb != "" {
		attrs = append(attrs, attr{"viewBox", vb})
	}
	attrs = append(attrs, attr{"preserveAspectRatio", "xMidYMid meet"})
	for _, a := range c.attrs(t.Attr) {
		switch a.name {
		case "x", "y", "width", "height", "viewBox", "preserveAspectRatio":
		default:
			attrs = append(attrs, a)
		}
	}
	c.d.tag("svg", attrs)
	c.d.b = append(c.d.b, '>')
}

// start copies a start tag, or begins skipping a dropped element.
func (c *logoCopy) start(t xml.StartElement) {
	if c.skip > 0 || !logoElement(t.Name) {
		c.skip++
		return
	}
	if t.Name.Local == "text" || t.Name.Local == "tspan" {
		c.inText++
	}
	c.d.tag(t.Name.Local, c.attrs(t.Attr))
	c.d.b = append(c.d.b, '>')
}

// end closes what start opened. No newlines are added inside the logo:
// they would become spaces in its text.
func (c *logoCopy) end(t xml.EndElement) {
	if c.skip > 0 {
		c.skip--
		return
	}
	if t.Name.Local == "text" || t.Name.Local == "tspan" {
		c.inText--
	}
	c.d.b = append(c.d.b, "</"+t.Name.Local+">"...)
}

// attrs keeps the attributes that only draw: no event handlers, no class
// (our style must not reach into the logo), no foreign namespaces, no
// links to anything outside the logo.
func (c *logoCopy) attrs(in []xml.Attr) []attr {
	out := make([]attr, 0, len(in))
	for _, a := range in {
		name := a.Name.Local
		switch {
		case a.Name.Space == xlinkNS || a.Name.Space == "xlink":
			if name != "href" {
				continue
			}
		case a.Name.Space != "":
			continue
		}
		lower := strings.ToLower(name)
		if strings.HasPrefix(lower, "on") || lower == "class" || lower == "xmlns" {
			continue
		}
		if v, ok := c.value(name, a.Value); ok {
			out = append(out, attr{name, v})
		}
	}
	return out
}

// value rewrites an attribute value for the copy, or drops it.
func (c *logoCopy) value(name, v string) (string, bool) {
	switch name {
	case "id":
		return c.d.id("logo-" + v), true
	case "href":
		return c.href(v)
	}
	return c.urls(v)
}

// href keeps references inside the logo and embedded raster images.
func (c *logoCopy) href(v string) (string, bool) {
	v = strings.TrimSpace(v)
	if ref, ok := strings.CutPrefix(v, "#"); ok && ref != "" {
		return "#" + c.d.id("logo-"+ref), true
	}
	for _, m := range []string{"image/png", "image/jpeg", "image/gif", "image/webp"} {
		if strings.HasPrefix(asciiLower(v), "data:"+m+";base64,") {
			return v, true
		}
	}
	return "", false
}

// urls prefixes url(#id) references; a value holding any other url() is
// dropped, since it would load something from outside the file.
func (c *logoCopy) urls(v string) (string, bool) {
	low := asciiLower(v)
	var sb strings.Builder
	for {
		i := strings.Index(low, "url(")
		if i < 0 {
			sb.WriteString(v)
			return sb.String(), true
		}
		j := strings.IndexByte(low[i:], ')')
		if j < 0 {
			return "", false
		}
		ref := strings.Trim(strings.TrimSpace(v[i+4:i+j]), `"'`)
		if len(ref) < 2 || ref[0] != '#' {
			return "", false
		}
		sb.WriteString(v[:i] + "url(#" + c.d.id("logo-"+ref[1:]) + ")")
		v, low = v[i+j+1:], low[i+j+1:]
	}
}

// logoViewBox is the logo's viewBox, or one made from plain numeric width
// and height; "" when neither is there.
func logoViewBox(as []xml.Attr) string {
	var w, h float64
	for _, a := range as {
		if a.Name.Space != "" {
			continue
		}
		switch a.Name.Local {
		case "viewBox":
			return strings.Join(strings.Fields(strings.ReplaceAll(a.Value, ",", " ")), " ")
		case "width":
			w = logoLength(a.Value)
		case "height":
			h = logoLength(a.Value)
		}
	}
	if w <= 0 || h <= 0 {
		return ""
	}
	return "0 0 " + num(w) + " " + num(h)
}

// logoLength reads "120" or "120px"; other units give 0.
func logoLength(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(s), "px"), 64)
	if err != nil {
		return 0
	}
	return v
}

// asciiLower lowers ASCII letters only, so byte offsets stay those of s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
