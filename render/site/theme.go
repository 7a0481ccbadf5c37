package site

import (
	"bytes"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// The grounds the site's themes put text on, as in assets/site.css.
const (
	lightSurface = "#ffffff"
	darkSurface  = "#161f2b"
)

// brandToken is a brand colour the site uses, with the colour it falls
// back to.
type brandToken struct{ name, fallback string }

func brandTokens() []brandToken {
	return []brandToken{
		{"primary", "#1f4e8c"}, {"accent", "#b45309"}, {"text", "#1f2933"}, {"background", "#ffffff"},
		{"customer", "#fdf0d5"}, {"onstage", "#e2eefa"}, {"backstage", "#e3f3e6"}, {"support", "#eee8f6"},
		{"line", "#5b6b7b"},
	}
}

// brandCSS is the brand's style sheet: each colour as --brand-NAME for the
// light theme and --brand-NAME-dark for the dark one. The site's style
// sheet picks between them with light-dark(), and so do the diagrams.
// Primary, accent and line are adjusted to read as text on each theme's
// ground; the stage colours get a dark twin of the same hue.
func brandCSS(th geom.Theme) []byte {
	var b bytes.Buffer
	b.WriteString("/* The brand's colours, made by the build from its profile. */\n:root {\n")
	light, _ := parseHex(lightSurface)
	dark, _ := parseHex(darkSurface)
	for _, t := range brandTokens() {
		c, ok := parseHex(th.Colors[t.name])
		if !ok {
			c, _ = parseHex(t.fallback)
		}
		lc, dc := c, darkTwin(t.name, c, dark)
		if t.name == "primary" || t.name == "accent" || t.name == "line" {
			lc = readableOn(c, light, 4.5)
		}
		b.WriteString("  --brand-" + t.name + ": " + lc.hex() + ";\n")
		b.WriteString("  --brand-" + t.name + "-dark: " + dc.hex() + ";\n")
	}
	b.WriteString("}\n")
	return b.Bytes()
}

// darkTwin is the colour that plays c's part on the dark theme.
func darkTwin(name string, c, ground rgb) rgb {
	switch name {
	case "primary", "accent":
		return readableOn(c.withLightness(0.68, 0.35, 0.8), ground, 5.5)
	case "line":
		return readableOn(c.withLightness(0.62, 0, 0.25), ground, 4.5)
	case "text":
		return rgb{0.9, 0.93, 0.95}
	case "background":
		return ground
	}
	// Stage colours tint lanes at low opacity: a mid-tone of the same hue
	// shows on a dark ground where a pastel would be grey.
	return c.withLightness(0.6, 0.45, 0.75)
}
