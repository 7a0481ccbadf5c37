// Package palette resolves a geom.Theme's colour tokens into the colours
// renderers draw with: the theme's colours where it gives hex values, the
// built-in brand's defaults otherwise, stage colours made vivid enough to
// outline with, and tints blended over the background. It is shared by the
// PDF, Visio and draw.io renderers so their output looks alike; it imports
// only render/geom and the standard library.
package palette

import (
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// RGB is a colour with channels from 0 to 1.
type RGB struct{ R, G, B float64 }

// Palette is a theme's colours resolved once per document: every token
// set, from the theme when it gives a hex colour and from the default
// palette otherwise.
type Palette struct {
	Primary, Accent, Text, Background, Line RGB
	// stages holds each stage's colour made vivid enough to draw outlines
	// with; tints for fills are mixed from it.
	stages map[string]RGB
}

// DefaultColors is the default palette of the built-in brand (the same
// values branding.DefaultColors gives), used for a token the theme lacks
// or gives as something other than a hex colour. Each call returns a new
// map.
func DefaultColors() map[string]string {
	return map[string]string{
		"primary":    "#1f4e8c",
		"accent":     "#b45309",
		"text":       "#1f2933",
		"background": "#ffffff",
		"customer":   "#fdf0d5",
		"onstage":    "#e2eefa",
		"backstage":  "#e3f3e6",
		"support":    "#eee8f6",
		"line":       "#5b6b7b",
	}
}

// New resolves th's colours.
func New(th geom.Theme) Palette {
	defaults := DefaultColors()
	get := func(token string) RGB {
		if c, ok := ParseHex(th.Colors[token]); ok {
			return c
		}
		c, _ := ParseHex(defaults[token])
		return c
	}
	p := Palette{
		Primary: get("primary"), Accent: get("accent"), Text: get("text"),
		Background: get("background"), Line: get("line"),
		stages: map[string]RGB{},
	}
	for _, s := range []string{"customer", "onstage", "backstage", "support"} {
		p.stages[s] = Vivid(get(s))
	}
	return p
}

// Stage is the vivid colour of a stage, and false for an unknown or empty
// stage.
func (p Palette) Stage(name string) (RGB, bool) {
	c, ok := p.stages[name]
	return c, ok
}

// Tint is c laid over the background at the given opacity, as a solid
// colour. (Why a renderer blends rather than uses transparency is its own
// choice, explained where it calls Tint.)
func (p Palette) Tint(c RGB, opacity float64) RGB { return Mix(p.Background, c, opacity) }

// Mix goes from a (t = 0) to b (t = 1).
func Mix(a, b RGB, t float64) RGB {
	return RGB{a.R + (b.R-a.R)*t, a.G + (b.G-a.G)*t, a.B + (b.B-a.B)*t}
}

// ParseHex reads #rgb, #rgba, #rrggbb or #rrggbbaa (alpha ignored).
func ParseHex(s string) (RGB, bool) {
	s = strings.TrimSpace(s)
	if len(s) < 4 || s[0] != '#' {
		return RGB{}, false
	}
	h := s[1:]
	switch len(h) {
	case 3, 4:
		h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
	case 6, 8:
		h = h[:6]
	default:
		return RGB{}, false
	}
	v, err := strconv.ParseUint(h, 16, 32)
	if err != nil {
		return RGB{}, false
	}
	return RGB{float64(v>>16&0xff) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255}, true
}

// Hex is the colour as #rrggbb, each channel clamped to 0-1 and rounded
// to 0-255: how Visio writes an RGB cell value and draw.io styles write a
// colour.
func (c RGB) Hex() string {
	ch := func(v float64) int64 { return int64(math.Round(math.Max(0, math.Min(1, v)) * 255)) }
	v := ch(c.R)<<16 | ch(c.G)<<8 | ch(c.B)
	s := strconv.FormatInt(v, 16)
	return "#" + strings.Repeat("0", 6-len(s)) + s
}

// Bytes gives the channels as 0-255 integers, clamped and rounded as Hex
// does (for the PDF library).
func (c RGB) Bytes() (int, int, int) {
	ch := func(v float64) int { return int(math.Round(math.Max(0, math.Min(1, v)) * 255)) }
	return ch(c.R), ch(c.G), ch(c.B)
}

// Vivid darkens a light colour to a mid tone of the same hue and
// saturation. Brand stage colours may be soft fills (the default palette's
// are) or strong colours; outlines drawn in a soft fill would vanish on
// paper, and tints of a strong colour read best, so both kinds are brought
// to one strength first. Colours already at mid tone or darker are kept.
func Vivid(c RGB) RGB {
	const lightest, target = 0.6, 0.42
	h, s, l := toHSL(c)
	if l <= lightest {
		return c
	}
	return fromHSL(h, s, target)
}

// toHSL converts to hue (0-1), saturation and lightness.
func toHSL(c RGB) (h, s, l float64) {
	hi, lo := max(c.R, c.G, c.B), min(c.R, c.G, c.B)
	l = (hi + lo) / 2
	d := hi - lo
	if d == 0 {
		return 0, 0, l
	}
	s = d / (1 - math.Abs(2*l-1))
	switch hi {
	case c.R:
		h = math.Mod((c.G-c.B)/d+6, 6)
	case c.G:
		h = (c.B-c.R)/d + 2
	default:
		h = (c.R-c.G)/d + 4
	}
	return h / 6, min(s, 1), l
}

// fromHSL converts back from hue (0-1), saturation and lightness.
func fromHSL(h, s, l float64) RGB {
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
	return RGB{r + m, g + m, b + m}
}
