package layout

import (
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Paginate lays out a sub-process map for printing on paper. A map that
// prints whole with no text below geom.MinPrintText comes back as the one
// page Subprocess makes (page 1 of 1). A longer one is cut between time
// columns into consecutive parts, each as wide as the paper allows at a
// readable size and about equally wide, and each part is laid out by
// Subprocess on its own: its tasks, plus an off-page connector wherever a
// flow crosses to another page. The two ends of such a flow carry one
// letter ("A → page 2" after the source, "A ← page 1" before the target),
// sit in the lane of the task they join, and link (Box.Link) to each
// other's page, whose ID is "<module>/<sub-process>/<n>".
//
// A page holds the lanes of its own tasks only: lanes keep the module's
// order on every page, and a lane with nothing to show on a page is left
// out rather than drawn empty, because on US Legal paper a map of eight
// or nine lanes is too tall to print readably otherwise. When even one
// column is too tall for the paper, its pages print as large as its
// height allows.
func Paginate(sc *blueprints.Scope, m *blueprints.Module, sp *blueprints.Subprocess, r *measure.Ruler, opt Options, paper geom.Paper) []geom.Page {
	whole := Subprocess(sc, m, sp, r, opt)
	if sp == nil || len(sp.Tasks) < 2 || paper.PrintScale(1, 1) == 0 || printedText(whole, paper) >= geom.MinPrintText-scaleEps {
		return []geom.Page{whole}
	}
	if m == nil {
		m = &blueprints.Module{}
	}
	return newPaginator(sc, m, sp, r, opt, paper, whole).paginate()
}

// scaleEps absorbs rounding when a printed size is compared with a limit.
const scaleEps = 1e-9

// printedText is the size on paper of the page's smallest text when the
// page is printed on paper.
func printedText(p geom.Page, paper geom.Paper) float64 {
	return smallestText(p) * paper.PrintScale(p.Width, p.Height)
}

// smallestText is the size of the page's smallest text; a page without
// text counts as having text just large enough, so it never limits the
// scale.
func smallestText(p geom.Page) float64 {
	if s := p.SmallestText(); s > 0 {
		return s
	}
	return geom.MinPrintText
}

// pageID is the id of page n of a sub-process.
func pageID(m *blueprints.Module, sp *blueprints.Subprocess, n int) string {
	return fmt.Sprintf("%s/%s/%d", m.ID, sp.ID, n)
}

// number makes p page n of of: its id, its numbers and the page number in
// its title block, which is laid out again so the longer number keeps
// clear of the titles.
func (pg *paginator) number(p *geom.Page, n, of int) {
	p.ID = pageID(pg.m, pg.sp, n)
	p.Number, p.Of = n, of
	if p.TitleBlock == nil {
		return
	}
	f := newFrame(newMetrics(pg.r), pg.opt.withDefaults())
	p.TitleBlock = f.titleBlock(p.TitleBlock.Rect, titleTexts{
		main: joinNonEmpty(pg.m.ID, pg.m.Title), sub: p.Title,
		page: fmt.Sprintf("page %d of %d", n, of),
	})
}
