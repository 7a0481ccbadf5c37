package pdf

import (
	"math"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

func TestParseHex(t *testing.T) {
	tests := []struct {
		in   string
		want rgb
		ok   bool
	}{
		{"#ffffff", rgb{1, 1, 1}, true},
		{" #F00 ", rgb{1, 0, 0}, true},
		{"#00ff0080", rgb{0, 1, 0}, true},
		{"#0000", rgb{0, 0, 0}, true},
		{"red", rgb{}, false},
		{"#12345", rgb{}, false},
		{"#gggggg", rgb{}, false},
		{"", rgb{}, false},
	}
	for _, tt := range tests {
		got, ok := parseHex(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseHex(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// Soft stage fills become mid tones of the same hue; strong colours stay.
func TestVivid(t *testing.T) {
	for _, hex := range []string{"#fdf0d5", "#e2eefa", "#e3f3e6", "#eee8f6"} {
		c, _ := parseHex(hex)
		v := vivid(c)
		h0, _, _ := toHSL(c)
		h1, _, l1 := toHSL(v)
		if math.Abs(l1-0.42) > 0.01 || math.Abs(h0-h1) > 0.01 {
			t.Errorf("vivid(%s) = %v: lightness %.2f, hue %.3f -> %.3f", hex, v, l1, h0, h1)
		}
	}
	for _, hex := range []string{"#d97706", "#1f4e8c", "#000000"} {
		c, _ := parseHex(hex)
		if v := vivid(c); v != c {
			t.Errorf("vivid(%s) changed a strong colour to %v", hex, v)
		}
	}
}

func TestPaletteFallsBack(t *testing.T) {
	p := newPalette(geom.Theme{Colors: map[string]string{"primary": "#000000", "accent": "javascript:"}})
	if p.primary != (rgb{}) {
		t.Errorf("primary = %v, want black", p.primary)
	}
	want, _ := parseHex(defaultColors()["accent"])
	if p.accent != want {
		t.Errorf("accent = %v, want the default %v", p.accent, want)
	}
	if _, ok := p.stage("nowhere"); ok {
		t.Error("an unknown stage has a colour")
	}
}
