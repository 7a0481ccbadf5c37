package svg

import (
	"bytes"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// logoPage is an empty page whose title block has a logo slot of 72x36.
func logoPage() geom.Page {
	return geom.Page{ID: "p", Title: "p", Width: 200, Height: 100,
		TitleBlock: &geom.TitleBlock{Rect: geom.Rect{W: 200, H: 50}, Logo: geom.Rect{X: 10, Y: 5, W: 72, H: 36}}}
}

func TestRasterLogoFitsKeepingAspect(t *testing.T) {
	p := logoPage()
	p.TitleBlock.Logo = geom.Rect{X: 10, Y: 5, W: 60, H: 60} // square slot, 2:1 logo
	root := parse(t, render(t, p, geom.Theme{Logo: pngLogo(t)}, Options{}))
	imgs := root.all(is("image", "logo"))
	if len(imgs) != 1 {
		t.Fatalf("got %d logo images, want 1", len(imgs))
	}
	a := imgs[0].attrs
	if a["x"] != "10" || a["y"] != "20" || a["width"] != "60" || a["height"] != "30" {
		t.Errorf("logo at %s,%s size %sx%s, want 10,20 size 60x30", a["x"], a["y"], a["width"], a["height"])
	}
	if !strings.HasPrefix(a["href"], "data:image/png;base64,") {
		t.Errorf("href = %.40q..., want a PNG data URI", a["href"])
	}
}

func TestSniffImage(t *testing.T) {
	for in, want := range map[string]string{
		"\x89PNG\r\n\x1a\nrest":        "image/png",
		"\xff\xd8\xff\xe0JFIF":         "image/jpeg",
		"GIF89a....":                   "image/gif",
		"RIFF\x00\x00\x00\x00WEBPVP8 ": "image/webp",
		"<svg/>":                       "",
		"":                             "",
	} {
		if got := sniffImage([]byte(in)); got != want {
			t.Errorf("sniffImage(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLogoErrors(t *testing.T) {
	for name, th := range map[string]geom.Theme{
		"raster not an image": {Logo: []byte("hello")},
		"svg not XML":         {LogoSVG: []byte("<svg><g></svg>")},
		"svg root not svg":    {LogoSVG: []byte("<html/>")},
		"svg empty":           {LogoSVG: []byte("  ")},
	} {
		var buf bytes.Buffer
		err := Render(&buf, logoPage(), th, Options{})
		if err == nil || !strings.Contains(err.Error(), "brand") {
			t.Errorf("%s: err = %v, want a brand logo error", name, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", name, buf.Len())
		}
	}
}

func TestInlineLogoIsFittedAndPrefixed(t *testing.T) {
	root := parse(t, render(t, logoPage(), geom.Theme{LogoSVG: []byte(logoSVG)}, Options{IDPrefix: "p1-"}))
	logos := root.all(is("svg", "logo"))
	if len(logos) != 1 {
		t.Fatalf("got %d inline logos, want 1", len(logos))
	}
	a := logos[0].attrs
	if a["x"] != "10" || a["y"] != "5" || a["width"] != "72" || a["height"] != "36" ||
		a["viewBox"] != "0 0 120 60" || a["preserveAspectRatio"] != "xMidYMid meet" {
		t.Errorf("inline logo attributes %v", a)
	}
	grads := logos[0].all(is("linearGradient", ""))
	rects := logos[0].all(is("rect", ""))
	if len(grads) != 1 || grads[0].attrs["id"] != "p1-logo-g" || len(rects) != 1 || rects[0].attrs["fill"] != "url(#p1-logo-g)" {
		t.Errorf("gradient id and its reference must both be prefixed")
	}
}

func TestInlineLogoIsSanitized(t *testing.T) {
	const evil = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
		xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" viewBox="0 0 10 10" onload="alert(1)">
	<style>.task{display:none}</style>
	<script>alert(2)</script>
	<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>
	<inkscape:grid/>
	<a href="javascript:alert(3)"><rect width="1" height="1"/></a>
	<rect class="task" width="5" height="5" onclick="alert(4)" inkscape:label="r" fill="url(https://example.invalid/x)" stroke="red"/>
	<use xlink:href="https://example.invalid/s.svg#a"/>
	<use href="#r"/>
	<image href="data:image/png;base64,AAAA"/>
	<text x="1" y="8">A &amp; B<tspan>!</tspan></text>
	<animate attributeName="href" to="javascript:alert(5)"/>
</svg>`
	out := render(t, logoPage(), geom.Theme{LogoSVG: []byte(evil)}, Options{})
	logo := parse(t, out).all(is("svg", "logo"))[0]
	for _, e := range logo.all(func(*elem) bool { return true }) {
		switch e.name {
		case "style", "script", "foreignObject", "div", "grid", "a", "animate":
			t.Errorf("<%s> survived sanitizing", e.name)
		}
		for k, v := range e.attrs {
			if strings.HasPrefix(k, "on") || k == "class" && e != logo || k == "label" ||
				strings.Contains(v, "example.invalid") || strings.Contains(v, "javascript:") {
				t.Errorf("<%s %s=%q> survived sanitizing", e.name, k, v)
			}
		}
	}
	if uses := logo.all(is("use", "")); len(uses) != 2 || uses[1].attrs["href"] != "#logo-r" {
		t.Errorf("internal use reference lost or unprefixed")
	}
	if imgs := logo.all(is("image", "")); len(imgs) != 1 || imgs[0].attrs["href"] != "data:image/png;base64,AAAA" {
		t.Errorf("embedded raster image in the logo must be kept")
	}
	if texts := logo.all(is("text", "")); len(texts) != 1 || texts[0].text != "A & B" || len(texts[0].kids) != 1 {
		t.Errorf("logo text not kept verbatim")
	}
	if rects := logo.all(is("rect", "")); len(rects) != 1 || rects[0].attrs["stroke"] != "red" {
		t.Errorf("harmless presentation attributes must be kept")
	}
}

func TestLogoViewBoxFromSize(t *testing.T) {
	for in, want := range map[string]string{
		`<svg width="120px" height="60"/>`:          "0 0 120 60",
		`<svg viewBox="0,0, 5 5" width="9"/>`:       "0 0 5 5",
		`<svg width="10mm" height="5mm"/>`:          "",
		`<svg xmlns="http://www.w3.org/2000/svg"/>`: "",
	} {
		logo := parse(t, render(t, logoPage(), geom.Theme{LogoSVG: []byte(in)}, Options{})).all(is("svg", "logo"))[0]
		if got := logo.attrs["viewBox"]; got != want {
			t.Errorf("%s: viewBox %q, want %q", in, got, want)
		}
	}
}
