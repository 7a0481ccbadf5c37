package measure

import (
	"strings"
	"testing"

	"golang.org/x/image/font/gofont/gomono"
)

// The expected units were printed by the PDF library itself
// (GetStringSymbolWidth with the same Go fonts in UTF-8 mode).
func TestWidthMatchesPDFLibrary(t *testing.T) {
	r := Default()
	tests := []struct {
		s            string
		regular, bld int
	}{
		{"Hello, World", 5621, 5894},
		{"A", 667, 722},
		{"i", 247, 289},
		{" ", 278, 278},
		{"MSP-11b Service Deactivation", 13896, 14567},
		{"Ünïcödé ﬁ — “quotes”", 9881, 10684},
		{"tab\tx", 2645, 2806},
		{"", 0, 0},
	}
	for _, tt := range tests {
		if got := r.Units(tt.s, false); got != tt.regular {
			t.Errorf("Units(%q, regular) = %d, want %d", tt.s, got, tt.regular)
		}
		if got := r.Units(tt.s, true); got != tt.bld {
			t.Errorf("Units(%q, bold) = %d, want %d", tt.s, got, tt.bld)
		}
	}
	if got, want := r.Width("Hello, World", 10, false), 56.21; got != want {
		t.Errorf("Width at 10 pt = %v, want %v", got, want)
	}
}

// Runes without a glyph take the width of glyph 0, as the PDF library
// does: check marks, stars and emoji are not in the Go fonts.
func TestMissingGlyph(t *testing.T) {
	r := Default()
	for _, c := range []rune{'✓', '★', 0x1F600, 0x200B} {
		if r.Has(c, false) {
			t.Errorf("Has(%U) = true, want false", c)
		}
		if got := r.Units(string(c), false); got != 750 {
			t.Errorf("Units(%U) = %d, want 750", c, got)
		}
	}
	if !r.Has('é', false) || !r.Has('€', true) {
		t.Error("Has lost a glyph the Go fonts have")
	}
}

func TestMetrics(t *testing.T) {
	r := Default()
	if got := r.Ascent(10); got != 9.44 {
		t.Errorf("Ascent(10) = %v, want 9.44", got)
	}
	if got := r.Descent(10); got != 2.1 {
		t.Errorf("Descent(10) = %v, want 2.1", got)
	}
	if lh := r.LineHeight(10); lh < r.Ascent(10)+r.Descent(10) {
		t.Errorf("LineHeight(10) = %v is less than ascent plus descent", lh)
	}
}

func TestWrap(t *testing.T) {
	r := Default()
	tests := []struct {
		s     string
		width float64
		want  []string
	}{
		{"Hosted services move to a third party?", 60, []string{"Hosted services", "move to a third", "party?"}},
		{"  one\n two  ", 200, []string{"one two"}},
		{"", 100, nil},
		{"Supercalifragilisticexpialidocious", 40, []string{"Supercalifr", "agilisticex", "pialidociou", "s"}},
		{"a WWWWWWWW b", 20, []string{"a", "WW", "WW", "WW", "WW", "b"}},
		{"x", 0, []string{"x"}},
	}
	for _, tt := range tests {
		got := r.Wrap(tt.s, 8, false, tt.width)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Wrap(%q, %v) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
		for _, line := range got {
			if w := r.Width(line, 8, false); w > tt.width && len([]rune(line)) > 1 {
				t.Errorf("Wrap(%q) gave %q, %v pt wide, over %v", tt.s, line, w, tt.width)
			}
		}
	}
}

func TestFit(t *testing.T) {
	r := Default()
	if got := r.Fit("short", 8, false, 100); got != "short" {
		t.Errorf("Fit kept %q, want short", got)
	}
	got := r.Fit("Line of internal interaction", 8, false, 60)
	if !strings.HasSuffix(got, "…") || r.Width(got, 8, false) > 60 {
		t.Errorf("Fit = %q (%v pt), want an ellipsis within 60 pt", got, r.Width(got, 8, false))
	}
}

func TestBrandFont(t *testing.T) {
	r, err := New(gomono.TTF, nil)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := r.Units("iiii", false), r.Units("WWWW", false); a != b || a != 2400 {
		t.Errorf("monospace widths = %d and %d, want 2400 both", a, b)
	}
	if r.Units("W", true) != 600 {
		t.Error("bold of a brand without a bold font should fall back to its regular")
	}
	if string(r.RegularTTF()[:4]) != string(gomono.TTF[:4]) {
		t.Error("RegularTTF does not return the brand's font")
	}
}

func TestNewRejectsBadFonts(t *testing.T) {
	for _, data := range [][]byte{[]byte("not a font"), []byte("OTTO" + strings.Repeat("\x00", 20)), gomono.TTF[:200]} {
		if _, err := New(data, nil); err == nil {
			t.Errorf("New(%q...) gave no error", data[:4])
		}
	}
}

func FuzzNew(f *testing.F) {
	f.Add(gomono.TTF[:4096])
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := New(data, data)
		if err == nil {
			_ = r.Wrap("fuzz the font tables", 8, true, 30)
		}
	})
}

func BenchmarkWrap(b *testing.B) {
	r := Default()
	for b.Loop() {
		r.Wrap("Confirm the backup retention period with the client contact", 8, false, 84)
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		Default()
	}
}
