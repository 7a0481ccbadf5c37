package vsdx

import (
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// rgb is a colour with channels from 0 to 1.
type rgb struct{ r, g, b float64 }

// palette is a theme's colours resolved once per document, the way the PDF
// renderer resolves them, so the hand-off looks like the printed diagram.
type palette struct {
	primary, accent, text, bg, line rgb
	// stages holds each stage's colour made vivid enough to outline with;
	// lane tints are mixed from it.
	stages map[string]rgb
}

// defaultColors is the default palette of the built-in brand, used for a
// token the theme lacks or gives as something other than a hex colour.
func defaultColors() map[string]string {
	return map[string]string{
		"primary": "#1f4e8c", "accent": "#b45309", "text": "#1f2933",
		"background": "#ffffff", "customer": "#fdf0d5", "onstage": "#e2eefa",
		"backstage": "#e3f3e6", "support": "#eee8f6", "line": "#5b6b7b",
	}
}

func newPalette(th geom.Theme) palette {
	defaults := defaultColors()
	get := func(token string) rgb {
		if c, ok := parseHex(th.Colors[token]); ok {
			return c
		}
		c, _ := parseHex(defaults[token])
		return c
	}
	p := palette{
		primary: get("primary"), accent: get("accent"), text: get("text"),
		bg: get("background"), line: get("line"), stages: map[string]rgb{},
	}
	for _, s := range []string{"customer", "onstage", "backstage", "support"} {
		p.stages[s] = vivid(get(s))
	}
	return p
}

// stage is the vivid colour of a stage, and false for an unknown stage.
func (p palette) stage(name string) (rgb, bool) {
	c, ok := p.stages[name]
	return c, ok
}

// tint is c laid over the background at the given opacity. Visio could
// blend with FillForegndTrans, but a solid colour prints the same
// everywhere and stays what the user sees in the colour picker.
func (p palette) tint(c rgb, opacity float64) rgb { return mix(p.bg, c, opacity) }

// mix goes from a (t = 0) to b (t = 1).
func mix(a, b rgb, t float64) rgb {
	return rgb{a.r + (b.r-a.r)*t, a.g + (b.g-a.g)*t, a.b + (b.b-a.b)*t}
}

// hex is the colour as Visio writes an RGB cell value: #rrggbb.
func (c rgb) hex() string {
	ch := func(v float64) int64 { return int64(math.Round(math.Max(0, math.Min(1, v)) * 255)) }
	v := ch(c.r)<<16 | ch(c.g)<<8 | ch(c.b)
	s := strconv.FormatInt(v, 16)
	return "#" + strings.Repeat("0", 6-len(s)) + s
}

// parseHex reads #rgb, #rgba, #rrggbb or #rrggbbaa (alpha ignored).
func parseHex(s string) (rgb, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || s[0] != '#' {
		return rgb{}, false
	}
	h := s[1:]
	switch len(h) {
	case 3, 4:
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	case 6, 8:
		h = h[:6]
	default:
		return rgb{}, false
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return rgb{}, false
	}
	return rgb{float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255}, true
}

// vivid darkens a light colour to a mid tone of the same hue: brand stage
// colours may be soft fills (the default palette's are), and outlines in a
// soft fill would vanish. Colours at mid tone or darker are kept.
func vivid(c rgb) rgb {
	const lightest, target = 0.6, 0.42
	h, s, l := toHSL(c)
	if l <= lightest {
		return c
	}
	return fromHSL(h, s, target)
}

// toHSL converts to hue (0-1), saturation and lightness.
func toHSL(c rgb) (h, s, l float64) {
	hi, lo := max(c.r, c.g, c.b), min(c.r, c.g, c.b)
	l = (hi + lo) / 2
	d := hi - lo
	if d == 0 {
		return 0, 0, l
	}
	s = d / (1 - math.Abs(2*l-1))
	switch hi {
	case c.r:
		h = math.Mod((c.g-c.b)/d+6, 6)
	case c.g:
		h = (c.b-c.r)/d + 2
	default:
		h = (c.r-c.g)/d + 4
	}
	return h / 6, min(s, 1), l
}

// fromHSL converts back from hue (0-1), saturation and lightness.
func fromHSL(h, s, l float64) rgb {
	chroma := (1 - math.Abs(2*l-1)) * s
	hp := h * 6
	x := chroma * (1 - math.Abs(math.Mod(hp, 2)-1))
	var r, g, b float64
	switch int(hp) % 6 {
	case 0:
		r, g = chroma, x
	case 1:
		r, g = x, chroma
	case 2:
		g, b = chroma, x
	case 3:
		g, b = x, chroma
	case 4:
		r, b = x, chroma
	default:
		r, b = chroma, x
	}
	m := l - chroma/2
	return rgb{r + m, g + m, b + m}
}
