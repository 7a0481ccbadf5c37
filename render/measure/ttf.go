package measure

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// face is one font's metrics in 1/1000 em, read the way the PDF library
// reads them so that both agree to the unit.
type face struct {
	// widths holds a width per BMP rune: 0 means the rune has no glyph, and
	// zeroWidth marks a glyph whose advance rounds to zero.
	widths  []uint16
	missing int // width of a rune without a glyph
	ascent  int
	descent int // positive, below the baseline
	lineGap int
}

// zeroWidth is the PDF library's marker for a glyph of zero advance.
const zeroWidth = 65535

// ttf is a bounds-checked reader over a font file's tables.
type ttf struct {
	data   []byte
	tables map[string][]byte
}

var errShort = errors.New("font file is truncated")

// parseFace reads the tables the PDF library reads: head, hhea, maxp, hmtx
// and the Unicode BMP cmap (format 4).
func parseFace(data []byte) (*face, error) {
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
	w := widths{hmtx: t.tables["hmtx"], metrics: int(u16(hhea, 34)), glyphs: int(u16(maxp, 4)), scale: scale}
	f.widths = make([]uint16, 1<<16)
	if err := t.cmap(&w, f.widths); err != nil {
		return nil, err
	}
	if w.metrics == 0 || len(w.hmtx) < 4*w.metrics {
		return nil, errors.New("font file has a short hmtx table")
	}
	w.fill(f)
	return f, nil
}

func readTables(data []byte) (*ttf, error) {
	if len(data) < 12 {
		return nil, errShort
	}
	switch binary.BigEndian.Uint32(data) {
	case 0x00010000, 0x74727565: // TrueType outlines, as the PDF library requires
	default:
		return nil, errors.New("not a TrueType font")
	}
	n := int(u16(data, 4))
	if len(data) < 12+16*n {
		return nil, errShort
	}
	t := &ttf{data: data, tables: map[string][]byte{}}
	for i := range n {
		rec := data[12+16*i:]
		off, size := int(binary.BigEndian.Uint32(rec[8:])), int(binary.BigEndian.Uint32(rec[12:]))
		if off < 0 || size < 0 || off > len(data) || size > len(data)-off {
			return nil, fmt.Errorf("font table %q lies outside the file", rec[:4])
		}
		t.tables[string(rec[:4])] = data[off : off+size]
	}
	return t, nil
}

// cmap walks the segments of the first Unicode format-4 subtable exactly
// as the PDF library does, and records in best, per rune, the highest
// glyph that gives it a width (w.sets), and in w what fill needs: how many
// (glyph, rune) pairs give a width, and whether any rune maps to the last
// glyph with its own advance.
func (t *ttf) cmap(w *widths, best []uint16) error {
	sub, err := t.format4()
	if err != nil {
		return err
	}
	if len(sub) < 14 {
		return errShort
	}
	segs := int(u16(sub, 6)) / 2
	ends, starts, deltas, offs := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if len(sub) < offs+2*segs {
		return errShort
	}
	budget := 1 << 17 // a well-formed table maps each BMP rune at most once
	for n := range segs {
		start, end := int(u16(sub, starts+2*n)), int(u16(sub, ends+2*n))
		if budget -= max(end-start+1, 0); budget < 0 {
			return errors.New("font file has a malformed cmap (overlapping segments)")
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
			w.record(best, char, glyph)
		}
	}
	return nil
}

// format4 finds the subtable the PDF library uses: the first encoding
// record for Windows Unicode BMP (3,1) or any Unicode platform (0) whose
// subtable has format 4.
func (t *ttf) format4() ([]byte, error) {
	c := t.tables["cmap"]
	if len(c) < 4 {
		return nil, errors.New("font file has no cmap table")
	}
	n := int(u16(c, 2))
	for i := range n {
		rec := 4 + 8*i
		if rec+8 > len(c) {
			break
		}
		platform, enc := u16(c, rec), u16(c, rec+2)
		off := int(binary.BigEndian.Uint32(c[rec+4:]))
		if (platform != 3 || enc != 1) && platform != 0 {
			continue
		}
		if off < 0 || off+4 > len(c) || u16(c, off) != 4 {
			continue
		}
		length := int(u16(c, off+2))
		return c[off:min(len(c), off+length)], nil
	}
	return nil, errors.New("font file has no Unicode format-4 cmap")
}

// widths works out a face's width table the way the PDF library does,
// without the library's map from glyph to runes: each advance converted
// to 1/1000 em and rounded; glyphs past numberOfHMetrics take the last
// advance; glyph 0 gives the width of missing runes. The library gives
// runes their widths glyph by glyph, in glyph order, so a rune that
// several glyphs map to ends with the width of the highest.
type widths struct {
	hmtx            []byte
	metrics, glyphs int
	scale           float64
	count           int  // (glyph, rune) pairs that gave a width
	lastMapped      bool // some rune maps to glyph metrics-1
}

// sets says whether the library gives the runes of glyph a width: every
// glyph but 0 that has its own advance or comes before numGlyphs.
func (w *widths) sets(glyph int) bool {
	return glyph != 0 && (glyph < w.metrics || glyph < w.glyphs)
}

// record notes that char maps to glyph.
func (w *widths) record(best []uint16, char, glyph int) {
	if glyph == w.metrics-1 {
		w.lastMapped = true
	}
	if char == 0 || char == 0xFFFF || !w.sets(glyph) {
		return
	}
	w.count++
	best[char] = uint16(max(int(best[char]), glyph))
}

// advance is glyph's advance as the library reads it: past
// numberOfHMetrics the last one, which the library reads as 0 when it is
// 1<<15 or more only if it looked at that glyph (one with runes, or 0).
func (w *widths) advance(glyph int) int {
	last := glyph >= w.metrics
	if last {
		glyph = w.metrics - 1
	}
	a := int(u16(w.hmtx, 4*glyph))
	if a >= 1<<15 && (!last || glyph == 0 || w.lastMapped) {
		a = 0
	}
	return a
}

// fill turns the highest glyph of each rune, in f.widths, into its width:
// rounded to 1/1000 em, a zero width marked so that it is not taken for a
// missing glyph; and sets the missing width.
func (w *widths) fill(f *face) {
	for char, glyph := range f.widths {
		if glyph == 0 {
			continue
		}
		units := int(math.Round(w.scale * float64(w.advance(int(glyph)))))
		switch {
		case units == 0:
			units = zeroWidth
		case units >= zeroWidth:
			units = zeroWidth - 1
		}
		f.widths[char] = uint16(units)
	}
	// The PDF library keeps the count of mapped runes where rune 0's
	// width would be; a NUL in text measures that wide there too.
	f.widths[0] = uint16(min(w.count, zeroWidth-1))
	f.missing = int(math.Round(w.scale * float64(w.advance(0))))
	if f.missing == 0 {
		f.missing = 500
	}
}

func u16(b []byte, off int) uint16 {
	if off < 0 || off+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[off:])
}
