package svg

import (
	"bytes"
	"encoding/xml"
	"io"
	"slices"
	"strings"
	"testing"
)

// elem is a parsed SVG element, enough to check the contract the way a
// browser script or a stylesheet would see it.
type elem struct {
	name   string
	attrs  map[string]string
	kids   []*elem
	text   string
	parent *elem
}

// parse reads an SVG document with encoding/xml, failing the test when it
// is not well-formed XML.
func parse(t *testing.T, data []byte) *elem {
	t.Helper()
	dec := xml.NewDecoder(bytes.NewReader(data))
	var root, cur *elem
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("output does not parse as XML: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			e := &elem{name: tk.Name.Local, attrs: map[string]string{}, parent: cur}
			for _, a := range tk.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			if cur == nil {
				root = e
			} else {
				cur.kids = append(cur.kids, e)
			}
			cur = e
		case xml.EndElement:
			cur = cur.parent
		case xml.CharData:
			if cur != nil {
				cur.text += string(tk)
			}
		}
	}
	if root == nil {
		t.Fatal("output has no root element")
	}
	return root
}

// all returns e and its descendants, in document order, that match.
func (e *elem) all(match func(*elem) bool) []*elem {
	var out []*elem
	if match(e) {
		out = append(out, e)
	}
	for _, k := range e.kids {
		out = append(out, k.all(match)...)
	}
	return out
}

// hasClass reports whether e's class list holds c.
func (e *elem) hasClass(c string) bool {
	return slices.Contains(strings.Fields(e.attrs["class"]), c)
}

// is matches elements by name and class.
func is(name, class string) func(*elem) bool {
	return func(e *elem) bool { return e.name == name && (class == "" || e.hasClass(class)) }
}

// children returns e's direct children with the given name.
func (e *elem) children(name string) []*elem {
	var out []*elem
	for _, k := range e.kids {
		if k.name == name {
			out = append(out, k)
		}
	}
	return out
}

// inside reports whether e lies within an element matching m.
func (e *elem) inside(m func(*elem) bool) bool {
	for p := e.parent; p != nil; p = p.parent {
		if m(p) {
			return true
		}
	}
	return false
}
