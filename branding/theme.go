package branding

import (
	"io/fs"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// DefaultName is the display name of a brand that gives none.
const DefaultName = "Service Blueprint"

// DefaultColors returns the default palette: a "#rrggbb" for every key of
// blueprints.ColorKeys. The four stage fills are soft and distinct, so that
// text in the theme's text colour reads on each of them (WCAG AA), and the
// primary is dark enough to carry white text.
func DefaultColors() map[string]string {
	return map[string]string{
		"primary":    "#1f4e8c", // deep blue: title blocks, headings, links
		"accent":     "#b45309", // amber: highlights, decisions
		"text":       "#1f2933",
		"background": "#ffffff",
		"customer":   "#fdf0d5", // soft amber
		"onstage":    "#e2eefa", // soft blue
		"backstage":  "#e3f3e6", // soft green
		"support":    "#eee8f6", // soft lavender
		"line":       "#5b6b7b", // slate: region lines, edges, borders
	}
}

// Theme resolves what renderers need of brand b besides names: its colours,
// each key of blueprints.ColorKeys set from the brand or else the default,
// its display name and its logos. A nil brand gives the default theme with
// the logos of the built-in default brand; a brand without a logo gives
// none, and renderers print its name instead.
func Theme(b *blueprints.Brand) geom.Theme {
	colors := DefaultColors()
	if b == nil {
		return geom.Theme{
			Name:    DefaultName,
			Colors:  colors,
			Logo:    builtinFile(DefaultID + "/logo.png"),
			LogoSVG: builtinFile(DefaultID + "/logo.svg"),
		}
	}
	for _, key := range blueprints.ColorKeys {
		if hex, ok := ParseColor(b.Colors[key].Hex); ok {
			colors[key] = hex
		}
	}
	name := strings.TrimSpace(b.Name)
	if name == "" {
		name = DefaultName
	}
	return geom.Theme{Name: name, Colors: colors, Logo: b.Logo.Data, LogoSVG: b.LogoSVG.Data}
}

// ParseColor reads a colour written as "#rrggbb" or "#rgb", in either case,
// and returns it as lower-case "#rrggbb". It reports false for anything
// else, so the validator and Theme agree on what a colour is.
func ParseColor(s string) (string, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	if !strings.HasPrefix(s, "#") || strings.Trim(s[1:], "0123456789abcdef") != "" {
		return "", false
	}
	switch len(s) {
	case 7:
		return s, true
	case 4:
		return "#" + strings.Repeat(s[1:2], 2) + strings.Repeat(s[2:3], 2) + strings.Repeat(s[3:4], 2), true
	}
	return "", false
}

// builtinFile reads a file of the embedded brands; they are part of the
// binary, so a missing one is nil rather than an error.
func builtinFile(name string) []byte {
	data, err := fs.ReadFile(builtin, name)
	if err != nil {
		return nil
	}
	return data
}
