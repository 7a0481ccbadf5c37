package branding

import (
	"bytes"
	"math"
	"strconv"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestThemeDefaults(t *testing.T) {
	for name, b := range map[string]*blueprints.Brand{"nil brand": nil, "empty brand": {}} {
		th := Theme(b)
		if th.Name != DefaultName {
			t.Errorf("%s: name = %q", name, th.Name)
		}
		if len(th.Colors) != len(blueprints.ColorKeys) {
			t.Errorf("%s: %d colours, want %d", name, len(th.Colors), len(blueprints.ColorKeys))
		}
		for _, key := range blueprints.ColorKeys {
			if hex, ok := ParseColor(th.Colors[key]); !ok || hex != th.Colors[key] {
				t.Errorf("%s: colour %q = %q, want #rrggbb", name, key, th.Colors[key])
			}
		}
	}
	if th := Theme(nil); !bytes.HasPrefix(th.Logo, []byte("\x89PNG")) || !bytes.Contains(th.LogoSVG, []byte("<svg")) {
		t.Error("nil brand: the default logos are missing")
	}
	if th := Theme(&blueprints.Brand{}); th.Logo != nil || th.LogoSVG != nil {
		t.Error("a brand without a logo got one")
	}
}

func TestThemeBrandOverrides(t *testing.T) {
	b := &blueprints.Brand{
		Name: "Acme IT",
		Colors: map[string]blueprints.Color{
			"primary": {Hex: "#ABC"}, "customer": {Hex: "#102030"},
			"onstage": {Hex: "blue"}, "unknown": {Hex: "#000000"},
		},
		Logo: blueprints.Asset{Data: []byte("png")}, LogoSVG: blueprints.Asset{Data: []byte("svg")},
	}
	th := Theme(b)
	def := DefaultColors()
	want := map[string]string{"primary": "#aabbcc", "customer": "#102030", "onstage": def["onstage"], "line": def["line"]}
	for key, hex := range want {
		if th.Colors[key] != hex {
			t.Errorf("colour %q = %q, want %q", key, th.Colors[key], hex)
		}
	}
	if _, ok := th.Colors["unknown"]; ok {
		t.Error("a colour key outside ColorKeys reached the theme")
	}
	if th.Name != "Acme IT" || string(th.Logo) != "png" || string(th.LogoSVG) != "svg" {
		t.Errorf("theme = %q %q %q", th.Name, th.Logo, th.LogoSVG)
	}
	if b.Colors["primary"].Hex != "#ABC" {
		t.Error("Theme changed the brand")
	}
}

func TestThemeColorsAreFresh(t *testing.T) {
	Theme(nil).Colors["primary"] = "#000000"
	if Theme(nil).Colors["primary"] == "#000000" {
		t.Error("themes share their colour map")
	}
}

func TestParseColor(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"#1f4e79", "#1f4e79", true},
		{" #1F4E79 ", "#1f4e79", true},
		{"#fa0", "#ffaa00", true},
		{"1f4e79", "", false},
		{"#1f4e7", "", false},
		{"#1f4e79ff", "", false},
		{"#ggg", "", false},
		{"", "", false},
		{"#", "", false},
	}
	for _, tt := range tests {
		if got, ok := ParseColor(tt.in); got != tt.want || ok != tt.ok {
			t.Errorf("ParseColor(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDefaultPaletteIsAccessible checks WCAG contrast: body text on every
// stage fill and white text on the primary at least 4.5:1, lines at least
// 3:1 against the fills, and the four fills distinct.
func TestDefaultPaletteIsAccessible(t *testing.T) {
	c := DefaultColors()
	seen := map[string]string{}
	for _, fill := range []string{"customer", "onstage", "backstage", "support", "background"} {
		if r := contrast(c["text"], c[fill]); r < 4.5 {
			t.Errorf("text on %s: contrast %.1f < 4.5", fill, r)
		}
		if r := contrast(c["line"], c[fill]); r < 3 {
			t.Errorf("line on %s: contrast %.1f < 3", fill, r)
		}
		if other, dup := seen[c[fill]]; dup {
			t.Errorf("%s and %s share the fill %s", fill, other, c[fill])
		}
		seen[c[fill]] = fill
	}
	if r := contrast("#ffffff", c["primary"]); r < 4.5 {
		t.Errorf("white on primary: contrast %.1f < 4.5", r)
	}
}

func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	v, _ := strconv.ParseUint(hex[1:], 16, 32)
	lin := func(c uint64) float64 {
		s := float64(c) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(v>>16&0xff) + 0.7152*lin(v>>8&0xff) + 0.0722*lin(v&0xff)
}
