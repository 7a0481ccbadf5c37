package svg

import (
	"bytes"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// hostile is content that breaks out of text, attributes, CDATA or a style
// block when it is not escaped.
const hostile = `<script>alert(1)</script>"onmouseover="alert(2)" ']]> & &amp; </style><x>`

// hostilePage puts hostile text into every string field of a page.
func hostilePage() geom.Page {
	ht := func(class string) geom.Text {
		return geom.Text{Text: hostile, X: 1, Y: 2, Width: 3, Size: 4, Class: class}
	}
	lbl := ht(hostile)
	box := func(shape string) geom.Box {
		return geom.Box{ID: hostile + shape, Shape: shape, Rect: geom.Rect{X: 10, Y: 10, W: 40, H: 20},
			Lines: []geom.Text{ht(hostile)}, Role: hostile, Stage: hostile, Tooltip: hostile, Link: hostile, Class: hostile}
	}
	p := geom.Page{Kind: hostile, ID: hostile, Title: hostile, Module: hostile, Subprocess: hostile, Width: 100, Height: 100,
		Lanes:      []geom.Lane{{Role: hostile, Stage: hostile, Label: []geom.Text{ht(hostile)}}},
		Lines:      []geom.RegionLine{{Class: hostile, X2: 50, Y: 5, Label: ht(hostile)}},
		Edges:      []geom.Edge{{From: hostile, To: hostile, Points: pts(0, 0, 10, 0), Label: &lbl}},
		Texts:      []geom.Text{ht(hostile)},
		TitleBlock: &geom.TitleBlock{Texts: []geom.Text{ht(hostile)}},
		Legend:     &geom.Legend{Items: []geom.Box{box(geom.ShapeTask)}, Texts: []geom.Text{ht(hostile)}},
	}
	for _, s := range []string{geom.ShapeTask, geom.ShapeDecision, geom.ShapeStart, geom.ShapeEnd, geom.ShapeConnector,
		geom.ShapeBlock, geom.ShapeCondition, geom.ShapePhase, hostile} {
		p.Boxes = append(p.Boxes, box(s))
	}
	return p
}

func TestEscapesEveryField(t *testing.T) {
	th := geom.Theme{Name: hostile, Colors: map[string]string{"primary": "red;}</style><script>alert(3)</script>", "line": hostile}}
	out := render(t, hostilePage(), th, Options{IDPrefix: hostile})
	for _, raw := range []string{"<script", "</style><", "]]>", `"onmouseover`, "<x>"} {
		if bytes.Contains(out, []byte(raw)) {
			t.Errorf("output holds %q unescaped", raw)
		}
	}
	root := parse(t, out)
	for _, e := range root.all(func(*elem) bool { return true }) {
		if e.name == "script" || e.name == "x" {
			t.Errorf("hostile text became a <%s> element", e.name)
		}
		for k := range e.attrs {
			if strings.HasPrefix(k, "on") {
				t.Errorf("hostile text became an attribute %s on <%s>", k, e.name)
			}
		}
	}
	// Escaping must be lossless: the parsed values are the originals.
	tasks := root.all(is("g", "task"))
	if len(tasks) == 0 || tasks[0].attrs["data-role"] != hostile || tasks[0].attrs["data-link"] != hostile ||
		tasks[0].children("text")[0].text != hostile || tasks[0].children("title")[0].text != hostile {
		t.Errorf("task attributes or text were not kept verbatim")
	}
	if got := root.attrs["aria-label"]; got != hostile {
		t.Errorf("aria-label = %q, want the title verbatim", got)
	}
	if style := root.all(is("style", ""))[0].text; !strings.Contains(style, "--bp-primary:#1f4e79;") {
		t.Errorf("a colour that is not hex must fall back to the default; style is:\n%s", style)
	}
}

func TestUnwritableCharactersBecomeReplacement(t *testing.T) {
	p := geom.Page{ID: "p", Title: "nul\x00 bell\a bad\xff ok\u00e9\U0001F600 tab\tnl\n", Width: 10, Height: 10}
	root := parse(t, render(t, p, geom.Theme{}, Options{}))
	if got, want := root.kids[0].text, "nul\uFFFD bell\uFFFD bad\uFFFD ok\u00e9\U0001F600 tab\tnl\n"; got != want {
		t.Errorf("title = %q, want %q", got, want)
	}
	if got, want := root.attrs["aria-label"], "nul\uFFFD bell\uFFFD bad\uFFFD ok\u00e9\U0001F600 tab\tnl\n"; got != want {
		t.Errorf("aria-label = %q, want %q (tabs and newlines kept as character references)", got, want)
	}
}

func TestCSSIdent(t *testing.T) {
	for in, want := range map[string]string{
		"blueprint":    "blueprint",
		"d1-blueprint": "d1-blueprint",
		"1a":           `\31 a`,
		"-1":           `-\31 `,
		"a b":          `a\20 b`,
		"é":            "é",
		"a\x00":        `a\fffd `,
		`x"}<`:         `x\22 \7d \3c `,
	} {
		if got := cssIdent(in); got != want {
			t.Errorf("cssIdent(%q) = %q, want %q", in, got, want)
		}
	}
}
