package layout

import (
	"math"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// paginator cuts one sub-process map into pages. It works on the time
// columns of the whole map: a page holds a run of consecutive columns.
type paginator struct {
	sc    *blueprints.Scope
	m     *blueprints.Module
	sp    *blueprints.Subprocess
	r     *measure.Ruler
	opt   Options
	paper geom.Paper
	f     *flow
	col   []int // time column of each task in the whole map
	ncol  int
	// bound is the x of the border left of each column in the whole map,
	// and right of the last, to estimate how wide a run of columns is;
	// reach says how far flows into and out of each column go.
	bound []float64
	reach []colReach
	// maxW is the widest page that prints readably; extra is what a page
	// has besides its columns (margins, lane headers).
	maxW, extra float64
	// taken holds the content's task ids, which markers must not reuse;
	// arrows are how a marker says "leaves to" and "arrives from".
	taken  map[string]bool
	arrows [2]string
	// laid holds the parts laid out so far, by partKey.
	laid map[string]geom.Page
}

// colRange is a run of columns, first and last included.
type colRange struct{ lo, hi int }

func newPaginator(sc *blueprints.Scope, m *blueprints.Module, sp *blueprints.Subprocess, r *measure.Ruler, opt Options, paper geom.Paper, whole geom.Page) *paginator {
	opt = opt.withDefaults()
	pg := &paginator{sc: sc, m: m, sp: sp, r: r, opt: opt, paper: paper, f: newFlow(sc, sp)}
	pg.col = pg.f.columns()
	pg.ncol = maxInt(pg.col) + 1
	pg.bound = columnBounds(whole, pg.col, pg.ncol, opt.HeaderWidth)
	pg.reach = pg.reaches()
	pg.extra = 2*opt.Margin + opt.HeaderWidth
	pg.maxW = paper.Printable().W * smallestText(whole) / geom.MinPrintText
	pg.taken = make(map[string]bool, len(sp.Tasks))
	for _, t := range sp.Tasks {
		pg.taken[t.ID] = true
	}
	pg.arrows = markerArrows(newMetrics(r).r)
	pg.laid = map[string]geom.Page{}
	return pg
}

// columnBounds puts the border between two columns of the laid-out map
// halfway between the boxes of one and those of the next.
func columnBounds(p geom.Page, col []int, ncol int, header float64) []float64 {
	left, right := make([]float64, ncol), make([]float64, ncol)
	for c := range ncol {
		left[c], right[c] = math.Inf(1), math.Inf(-1)
	}
	for v, c := range col {
		left[c] = math.Min(left[c], p.Boxes[v].Rect.X)
		right[c] = math.Max(right[c], p.Boxes[v].Rect.Right())
	}
	b := make([]float64, ncol+1)
	b[0], b[ncol] = p.Diagram.X+header, p.Diagram.Right()
	for c := 1; c < ncol; c++ {
		b[c] = (right[c-1] + left[c]) / 2
	}
	return b
}

// paginate first cuts by estimate alone into as few pages of about equal
// width as print readably. When a page still does not (the estimate
// knows widths only roughly and heights not at all), it cuts greedily,
// laying out each page as it goes, and when that takes more pages than
// the estimate said, it tries an even cut into as many.
func (pg *paginator) paginate() []geom.Page {
	n := max(pg.fewestPages(), 2) // the whole map was seen not to fit
	pages, tall := pg.evenPages(n)
	if pages != nil {
		return pages
	}
	spans, floor := pg.greedy()
	if !tall && len(spans) != n {
		if pages, _ := pg.evenPages(len(spans)); pages != nil {
			return pages
		}
	}
	return pg.settle(spans, floor)
}

// evenPages lays out the balanced cut into n pages and returns them when
// every one prints readably. Else it returns nil, and says whether a page
// was too tall for the paper, which more pages would not mend.
func (pg *paginator) evenPages(n int) ([]geom.Page, bool) {
	spans := pg.balanced(n)
	if spans == nil {
		return nil, false
	}
	pages := pg.layoutAll(spans)
	ok, tall := true, false
	for _, p := range pages {
		if printedText(p, pg.paper) < geom.MinPrintText-scaleEps {
			a := pg.paper.Printable()
			ok, tall = false, tall || a.H/p.Height < a.W/p.Width
		}
	}
	if !ok {
		return nil, tall
	}
	return pages, false
}

// settle lays out the greedy cut. Page numbers beyond the next page were
// guesses while cutting; where the true ones make a page print smaller
// than floor, that page is halved.
func (pg *paginator) settle(spans []colRange, floor float64) []geom.Page {
	for {
		pages := pg.layoutAll(spans)
		i := pg.unfit(pages, spans, floor)
		if i < 0 {
			return pages
		}
		mid := (spans[i].lo + spans[i].hi) / 2
		spans = append(spans[:i], append([]colRange{{spans[i].lo, mid}, {mid + 1, spans[i].hi}}, spans[i+1:]...)...)
	}
}

// unfit is the first page printing smaller than floor that can still be
// halved, or -1.
func (pg *paginator) unfit(pages []geom.Page, spans []colRange, floor float64) int {
	for i, p := range pages {
		if spans[i].hi > spans[i].lo && printedText(p, pg.paper) < floor-scaleEps {
			return i
		}
	}
	return -1
}

// markerArrows are the arrows of the markers' labels, in ASCII when the
// brand's font lacks the arrow glyphs.
func markerArrows(r *measure.Ruler) [2]string {
	if r.Has('→', false) && r.Has('←', false) {
		return [2]string{"→", "←"}
	}
	return [2]string{"->", "<-"}
}
