package measure

import (
	"errors"
	"math"
	"reflect"
	"testing"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomedium"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/gofont/gosmallcaps"
)

// refParseFace is how parseFace read fonts before it lost the map from
// glyph to runes: a direct copy of the PDF library's walk. parseFace must
// give the same face, or the same error, for any input.
func refParseFace(data []byte) (*face, error) {
	t, err := readTables(data)
	if err != nil {
		return nil, err
	}
	head, hhea, maxp := t.tables["head"], t.tables["hhea"], t.tables["maxp"]
	if len(head) < 20 || len(hhea) < 36 || len(maxp) < 6 {
		return nil, errors.New("font file lacks head, hhea or maxp")
	}
	unitsPerEm := int(u16(head, 18))
	if unitsPerEm == 0 {
		return nil, errors.New("font file has zero units per em")
	}
	scale := 1000 / float64(unitsPerEm)
	f := &face{
		ascent:  int(float64(int16(u16(hhea, 4))) * scale),
		descent: -int(float64(int16(u16(hhea, 6))) * scale),
		lineGap: int(float64(int16(u16(hhea, 8))) * scale),
	}
	glyphChars, err := refCmap(t)
	if err != nil {
		return nil, err
	}
	err = refReadWidths(f, t.tables["hmtx"], int(u16(hhea, 34)), int(u16(maxp, 4)), glyphChars, scale)
	return f, err
}

func refCmap(t *ttf) (map[int][]int, error) {
	sub, err := t.format4()
	if err != nil {
		return nil, err
	}
	if len(sub) < 14 {
		return nil, errShort
	}
	segs := int(u16(sub, 6)) / 2
	ends, starts, deltas, offs := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(sub) < offs+2*segs {
		return nil, errShort
	}
	glyphChars := map[int][]int{}
	budget := 1 << 17
	for n := range segs {
		start, end := int(u16(sub, starts+2*n)), int(u16(sub, ends+2*n))
		if budget -= max(end-start+1, 0); budget < 0 {
			return nil, errors.New("font file has a malformed cmap (overlapping segments)")
		}
		delta, rangeOff := int(int16(u16(sub, deltas+2*n))), int(u16(sub, offs+2*n))
		for char := start; char <= end; char++ {
			glyph := (char + delta) & 0xFFFF
			if rangeOff != 0 {
				glyph = 0
				pos := offs + 2*n + rangeOff + 2*(char-start)
				if pos+2 <= len(sub) {
					if g := int(u16(sub, pos)); g != 0 {
						glyph = (g + delta) & 0xFFFF
					}
				}
			}
			glyphChars[glyph] = append(glyphChars[glyph], char)
		}
	}
	return glyphChars, nil
}

func refReadWidths(f *face, hmtx []byte, metrics, glyphs int, glyphChars map[int][]int, scale float64) error {
	if metrics == 0 || len(hmtx) < 4*metrics {
		return errors.New("font file has a short hmtx table")
	}
	f.widths = make([]uint16, 1<<16)
	advance, count, defaultWidth := 0, 0, 0.0
	set := func(glyph int) {
		for _, char := range glyphChars[glyph] {
			if char == 0 || char == 0xFFFF {
				continue
			}
			units := int(math.Round(scale * float64(advance)))
			switch {
			case units == 0:
				units = zeroWidth
			case units >= zeroWidth:
				units = zeroWidth - 1
			}
			f.widths[char] = uint16(units)
			count++
		}
	}
	for glyph := range metrics {
		advance = int(u16(hmtx, 4*glyph))
		if _, ok := glyphChars[glyph]; !ok && glyph != 0 {
			continue
		}
		if advance >= 1<<15 {
			advance = 0
		}
		if glyph == 0 {
			defaultWidth = scale * float64(advance)
			continue
		}
		set(glyph)
	}
	for glyph := metrics; glyph < glyphs; glyph++ {
		set(glyph)
	}
	f.widths[0] = uint16(min(count, zeroWidth-1))
	f.missing = int(math.Round(defaultWidth))
	if f.missing == 0 {
		f.missing = 500
	}
	return nil
}

// checkSameFace compares parseFace with refParseFace on data.
func checkSameFace(t *testing.T, name string, data []byte) {
	t.Helper()
	got, gerr := parseFace(data)
	want, werr := refParseFace(data)
	if (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
		t.Fatalf("%s: parseFace error %v, reference %v", name, gerr, werr)
	}
	if gerr == nil && !reflect.DeepEqual(got, want) {
		t.Errorf("%s: parseFace and the reference read different faces", name)
	}
}

// TestParseFaceMatchesReference reads the Go fonts both ways.
func TestParseFaceMatchesReference(t *testing.T) {
	fonts := map[string][]byte{"goregular": goregular.TTF, "gobold": gobold.TTF, "goitalic": goitalic.TTF,
		"gobolditalic": gobolditalic.TTF, "gomedium": gomedium.TTF, "gomono": gomono.TTF, "gosmallcaps": gosmallcaps.TTF}
	for name, data := range fonts {
		checkSameFace(t, name, data)
	}
}

func FuzzParseFace(f *testing.F) {
	f.Add(gomono.TTF[:4096])
	f.Add(goregular.TTF)
	f.Fuzz(func(t *testing.T, data []byte) {
		checkSameFace(t, "fuzz input", data)
	})
}
