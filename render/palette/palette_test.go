package palette

import (
	"math"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

func TestParseHex(t *testing.T) {
	tests := []struct {
		in   string
		want RGB
		ok   bool
	}{
		{"#ffffff", RGB{1, 1, 1}, true},
		{" #F00 ", RGB{1, 0, 0}, true},
		{"#00ff0080", RGB{0, 1, 0}, true},
		{"#0000", RGB{0, 0, 0}, true},
		{"red", RGB{}, false},
		{"#12345", RGB{}, false},
		{"#gggggg", RGB{}, false},
		{"", RGB{}, false},
	}
	for _, tt := range tests {
		got, ok := ParseHex(tt.in)
		if ok != tt.ok || got != tt.want {
			t.Errorf("ParseHex(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// Soft stage fills become mid tones of the same hue; strong colours stay.
func TestVivid(t *testing.T) {
	for _, hex := range []string{"#fdf0d5", "#e2eefa", "#e3f3e6", "#eee8f6"} {
		c, _ := ParseHex(hex)
		v := Vivid(c)
		h0, _, _ := toHSL(c)
		h1, _, l1 := toHSL(v)
		if math.Abs(l1-0.42) > 0.01 || math.Abs(h0-h1) > 0.01 {
			t.Errorf("Vivid(%s) = %v: lightness %.2f, hue %.3f -> %.3f", hex, v, l1, h0, h1)
		}
	}
	for _, hex := range []string{"#d97706", "#1f4e8c", "#000000"} {
		c, _ := ParseHex(hex)
		if v := Vivid(c); v != c {
			t.Errorf("Vivid(%s) changed a strong colour to %v", hex, v)
		}
	}
}

func TestPaletteFallsBack(t *testing.T) {
	p := New(geom.Theme{Colors: map[string]string{"primary": "#000000", "accent": "javascript:"}})
	if p.Primary != (RGB{}) {
		t.Errorf("Primary = %v, want black", p.Primary)
	}
	want, _ := ParseHex(DefaultColors()["accent"])
	if p.Accent != want {
		t.Errorf("Accent = %v, want the default %v", p.Accent, want)
	}
	if _, ok := p.Stage("nowhere"); ok {
		t.Error("an unknown stage has a colour")
	}
	if _, ok := p.Stage(""); ok {
		t.Error("the empty stage has a colour")
	}
	for _, s := range []string{"customer", "onstage", "backstage", "support"} {
		if _, ok := p.Stage(s); !ok {
			t.Errorf("stage %q has no colour", s)
		}
	}
}

// Every default is a colour ParseHex reads.
func TestDefaultColorsParse(t *testing.T) {
	for token, hex := range DefaultColors() {
		if _, ok := ParseHex(hex); !ok {
			t.Errorf("default %s = %q does not parse", token, hex)
		}
	}
}

func TestTintAndMix(t *testing.T) {
	p := New(geom.Theme{})
	c := RGB{0, 0, 0}
	if got := p.Tint(c, 0); got != p.Background {
		t.Errorf("Tint(c, 0) = %v, want the background %v", got, p.Background)
	}
	if got := p.Tint(c, 1); got != c {
		t.Errorf("Tint(c, 1) = %v, want %v", got, c)
	}
	if got := Mix(RGB{0, 0, 0}, RGB{1, 1, 1}, 0.5); got != (RGB{0.5, 0.5, 0.5}) {
		t.Errorf("Mix half way = %v", got)
	}
}

func TestHexAndBytes(t *testing.T) {
	tests := []struct {
		in      RGB
		hex     string
		r, g, b int
	}{
		{RGB{}, "#000000", 0, 0, 0},
		{RGB{1, 1, 1}, "#ffffff", 255, 255, 255},
		{RGB{0, 0, 1.0 / 255}, "#000001", 0, 0, 1},
		{RGB{-0.5, 2, 0.5}, "#00ff80", 0, 255, 128},
	}
	for _, tt := range tests {
		if got := tt.in.Hex(); got != tt.hex {
			t.Errorf("%v.Hex() = %q, want %q", tt.in, got, tt.hex)
		}
		if r, g, b := tt.in.Bytes(); r != tt.r || g != tt.g || b != tt.b {
			t.Errorf("%v.Bytes() = %d, %d, %d; want %d, %d, %d", tt.in, r, g, b, tt.r, tt.g, tt.b)
		}
	}
	for hex := range map[string]bool{"#1f4e8c": true, "#b45309": true, "#ffffff": true} {
		c, _ := ParseHex(hex)
		if got := c.Hex(); got != hex {
			t.Errorf("ParseHex(%q).Hex() = %q", hex, got)
		}
	}
}
