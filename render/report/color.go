package report

import (
	"fmt"
	"math"
	"strconv"
)

// palette is the brand colours the page uses, derived from one primary.
type palette struct {
	Primary string // headings, rules and links; readable on white
	Tint    string // light background of table heads and the contents box
	Rule    string // mid tone for lines
}

// defaultPrimary is used when the options give no colour: the default
// brand's deep blue.
const defaultPrimary = "#1f4e8c"

// newPalette validates hex as "#rrggbb" and derives the palette. The
// primary is darkened where needed until white and it contrast at least
// 4.5:1 (WCAG AA for text), since a brand's colour may be a light one that
// would make headings unreadable.
func newPalette(hex string) (palette, error) {
	if hex == "" {
		hex = defaultPrimary
	}
	c, ok := parseHex(hex)
	if !ok {
		return palette{}, fmt.Errorf("primary colour %q is not of the form #rrggbb", hex)
	}
	for i := 0; i < 20 && contrast(c, rgb{255, 255, 255}) < 4.5; i++ {
		c = mix(c, rgb{0, 0, 0}, 0.1)
	}
	return palette{
		Primary: c.hex(),
		Tint:    mix(c, rgb{255, 255, 255}, 0.9).hex(),
		Rule:    mix(c, rgb{255, 255, 255}, 0.6).hex(),
	}, nil
}

type rgb [3]float64

func parseHex(s string) (rgb, bool) {
	if len(s) != 7 || s[0] != '#' {
		return rgb{}, false
	}
	var c rgb
	for i := range c {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil {
			return rgb{}, false
		}
		c[i] = float64(v)
	}
	return c, true
}

func (c rgb) hex() string {
	return fmt.Sprintf("#%02x%02x%02x", uint8(math.Round(c[0])), uint8(math.Round(c[1])), uint8(math.Round(c[2])))
}

// mix moves c towards d by the fraction t.
func mix(c, d rgb, t float64) rgb {
	var out rgb
	for i := range c {
		out[i] = c[i] + (d[i]-c[i])*t
	}
	return out
}

// luminance is the relative luminance of WCAG 2.
func (c rgb) luminance() float64 {
	var l [3]float64
	for i, v := range c {
		v /= 255
		if v <= 0.03928 {
			l[i] = v / 12.92
		} else {
			l[i] = math.Pow((v+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
}

func contrast(a, b rgb) float64 {
	la, lb := a.luminance(), b.luminance()
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
