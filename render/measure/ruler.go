package measure

import (
	"fmt"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
)

// Ruler measures text in one regular and one bold font. It is safe for
// concurrent use: after New it is never written.
type Ruler struct {
	regular, bold       *face
	regularTTF, boldTTF []byte
}

// Default returns a ruler over the embedded Go fonts (Go Regular and Go
// Bold). Each call parses the fonts again; callers keep the ruler they get.
func Default() *Ruler {
	r, err := New(goregular.TTF, gobold.TTF)
	if err != nil {
		// The embedded fonts are part of the build; failing to parse them
		// is a programming error, not an input error.
		panic("measure: embedded Go fonts: " + err.Error())
	}
	return r
}

// New returns a ruler over the given TrueType fonts. A nil or empty bold
// font means the regular font is used for bold text too; a nil or empty
// regular font means the embedded Go Regular (and then Go Bold when bold is
// empty as well).
func New(regular, bold []byte) (*Ruler, error) {
	if len(regular) == 0 {
		regular = goregular.TTF
		if len(bold) == 0 {
			bold = gobold.TTF
		}
	}
	if len(bold) == 0 {
		bold = regular
	}
	rf, err := parseFace(regular)
	if err != nil {
		return nil, fmt.Errorf("regular font: %w", err)
	}
	bf, err := parseFace(bold)
	if err != nil {
		return nil, fmt.Errorf("bold font: %w", err)
	}
	return &Ruler{regular: rf, bold: bf, regularTTF: regular, boldTTF: bold}, nil
}

// RegularTTF returns the bytes of the regular font, for renderers to embed
// the very file that was measured. Callers must not modify them.
func (r *Ruler) RegularTTF() []byte { return r.regularTTF }

// BoldTTF returns the bytes of the bold font. Callers must not modify them.
func (r *Ruler) BoldTTF() []byte { return r.boldTTF }

func (r *Ruler) face(bold bool) *face {
	if bold {
		return r.bold
	}
	return r.regular
}

// Units returns the advance width of s in 1/1000 em, summed rune by rune
// exactly as the PDF library sums it (no kerning).
func (r *Ruler) Units(s string, bold bool) int {
	f := r.face(bold)
	w := 0
	for _, c := range s {
		w += f.runeWidth(c)
	}
	return w
}

// runeWidth is one rune's width: its glyph's rounded advance, nothing for a
// zero-width glyph, and the missing width for a rune without a glyph.
func (f *face) runeWidth(c rune) int {
	if c >= 0 && int(c) < len(f.widths) {
		switch w := f.widths[c]; w {
		case zeroWidth:
			return 0
		case 0:
		default:
			return int(w)
		}
	}
	return f.missing
}

// Width returns the advance width of s, in points, at the given size.
func (r *Ruler) Width(s string, size float64, bold bool) float64 {
	return float64(r.Units(s, bold)) * size / 1000
}

// Has reports whether the font has a glyph for c; text with runes it lacks
// is still measured, with the font's missing width.
func (r *Ruler) Has(c rune, bold bool) bool {
	f := r.face(bold)
	return c >= 0 && int(c) < len(f.widths) && f.widths[c] != 0
}

// Ascent returns how far the regular font rises above the baseline at the
// given size, in points.
func (r *Ruler) Ascent(size float64) float64 {
	return float64(max(r.regular.ascent, r.bold.ascent)) * size / 1000
}

// Descent returns how far the font reaches below the baseline at the given
// size, in points, as a positive number.
func (r *Ruler) Descent(size float64) float64 {
	return float64(max(r.regular.descent, r.bold.descent)) * size / 1000
}

// LineHeight returns the distance between the baselines of two lines of
// text at the given size: ascent, descent and the font's line gap, and at
// least 1.15 times the size so that lines never touch.
func (r *Ruler) LineHeight(size float64) float64 {
	units := max(r.regular.ascent+r.regular.descent+r.regular.lineGap, r.bold.ascent+r.bold.descent+r.bold.lineGap)
	return max(float64(units), 1150) * size / 1000
}
