package site

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// rgb is a colour with channels in [0, 1].
type rgb struct{ r, g, b float64 }

// parseHex reads "#rrggbb" or "#rgb"; anything else reports false, so a
// brand value can never break out of the style sheet.
func parseHex(s string) (rgb, bool) {
	s = strings.TrimSpace(s)
	if len(s) == 4 && s[0] == '#' {
		s = "#" + strings.Repeat(s[1:2], 2) + strings.Repeat(s[2:3], 2) + strings.Repeat(s[3:4], 2)
	}
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, false
	}
	v, err := strconv.ParseUint(s[1:], 16, 32)
	if err != nil {
		return rgb{}, false
	}
	return rgb{float64(v>>16) / 255, float64(v>>8&0xff) / 255, float64(v&0xff) / 255}, true
}

func (c rgb) hex() string {
	ch := func(v float64) int { return int(math.Round(math.Min(math.Max(v, 0), 1) * 255)) }
	return fmt.Sprintf("#%02x%02x%02x", ch(c.r), ch(c.g), ch(c.b))
}

// hsl converts to hue (0..360), saturation and lightness (0..1).
func (c rgb) hsl() (h, s, l float64) {
	hi, lo := math.Max(c.r, math.Max(c.g, c.b)), math.Min(c.r, math.Min(c.g, c.b))
	l = (hi + lo) / 2
	if hi == lo {
		return 0, 0, l
	}
	d := hi - lo
	s = d / (1 - math.Abs(2*l-1))
	switch hi {
	case c.r:
		h = math.Mod((c.g-c.b)/d, 6)
	case c.g:
		h = (c.b-c.r)/d + 2
	default:
		h = (c.r-c.g)/d + 4
	}
	return math.Mod(h*60+360, 360), s, l
}

func fromHSL(h, s, l float64) rgb {
	c := (1 - math.Abs(2*l-1)) * s
	x := c * (1 - math.Abs(math.Mod(h/60, 2)-1))
	m := l - c/2
	var r, g, b float64
	switch {
	case h < 60:
		r, g = c, x
	case h < 120:
		r, g = x, c
	case h < 180:
		g, b = c, x
	case h < 240:
		g, b = x, c
	case h < 300:
		r, b = x, c
	default:
		r, b = c, x
	}
	return rgb{r + m, g + m, b + m}
}

// luminance is the WCAG relative luminance.
func (c rgb) luminance() float64 {
	lin := func(v float64) float64 {
		if v <= 0.03928 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.r) + 0.7152*lin(c.g) + 0.0722*lin(c.b)
}

// contrast is the WCAG contrast ratio of two colours.
func contrast(a, b rgb) float64 {
	la, lb := a.luminance(), b.luminance()
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// withLightness keeps the hue and sets the lightness, clamping the
// saturation to [minS, maxS].
func (c rgb) withLightness(l, minS, maxS float64) rgb {
	h, s, _ := c.hsl()
	return fromHSL(h, math.Min(math.Max(s, minS), maxS), l)
}

// readableOn darkens (or, on a dark ground, lightens) c in small steps
// until text in c reaches ratio against ground.
func readableOn(c, ground rgb, ratio float64) rgb {
	h, s, l := c.hsl()
	step := -0.02
	if ground.luminance() < 0.2 {
		step = 0.02
	}
	for i := 0; i < 50 && contrast(c, ground) < ratio; i++ {
		l = math.Min(math.Max(l+step, 0), 1)
		c = fromHSL(h, s, l)
	}
	return c
}
