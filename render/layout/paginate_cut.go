package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// greedy cuts from the left, each page taking as many columns as print
// readably. It returns the spans and the smallest printed text of their
// pages, which is below geom.MinPrintText only where one column alone is
// too tall for the paper.
func (pg *paginator) greedy() ([]colRange, float64) {
	var spans []colRange
	floor := geom.MinPrintText
	for lo := 0; lo < pg.ncol; {
		s, size := pg.grow(spans, lo)
		spans = append(spans, s)
		floor = math.Min(floor, size)
		lo = s.hi + 1
	}
	return spans, floor
}

// grow finds the page that starts at column lo, after the pages done: it
// starts from the estimated width, takes columns off while the page
// prints too small, and adds them while it prints no smaller (readably,
// or as large as a page too tall for the paper gets anyway).
func (pg *paginator) grow(done []colRange, lo int) (colRange, float64) {
	hi := pg.widest(lo)
	size := pg.trial(done, colRange{lo, hi})
	shrunk := false
	for hi > lo && size < geom.MinPrintText-scaleEps {
		hi--
		size, shrunk = pg.trial(done, colRange{lo, hi}), true
	}
	if shrunk && size >= geom.MinPrintText-scaleEps {
		return colRange{lo, hi}, size // one more column was just seen not to fit
	}
	for hi+1 < pg.ncol {
		if size >= geom.MinPrintText-scaleEps && pg.estimate(colRange{lo, hi + 1}) > pg.maxW {
			break // the estimate errs low, if at all: no need to look
		}
		next := pg.trial(done, colRange{lo, hi + 1})
		if next < math.Min(geom.MinPrintText, size)-scaleEps {
			break
		}
		hi, size = hi+1, next
	}
	return colRange{lo, hi}, size
}

// widest is the last column of the widest page starting at lo that the
// estimate says prints readably; at least lo.
func (pg *paginator) widest(lo int) int {
	hi := lo
	for hi+1 < pg.ncol && pg.estimate(colRange{lo, hi + 1}) <= pg.maxW {
		hi++
	}
	return hi
}

// trial lays out s as the page after done, the rest of the map taken as
// one more page, and says how large its smallest text prints.
func (pg *paginator) trial(done []colRange, s colRange) float64 {
	spans := append(append([]colRange(nil), done...), s)
	if s.hi+1 < pg.ncol {
		spans = append(spans, colRange{s.hi + 1, pg.ncol - 1})
	}
	cut := pg.newCut(spans)
	return printedText(pg.layoutPage(cut, len(done)), pg.paper)
}
