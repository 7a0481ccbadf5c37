package pdf

import (
	"codeberg.org/go-pdf/fpdf"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// linker turns boxes whose Link names a page of the same PDF into
// clickable areas that jump to that page.
type linker struct {
	f *fpdf.Fpdf
	// targets maps a page id, sub-process id or module id to the index of
	// the page it leads to.
	targets map[string]int
	// ids holds the library's link id per target page, made on first use.
	ids map[int]int
}

// newLinker indexes pages by what a Link may name. A page id wins over a
// sub-process id (its first page), which wins over a module id (its
// overview), so an off-page continuation lands on the exact page.
func newLinker(f *fpdf.Fpdf, pages []geom.Page) *linker {
	l := &linker{f: f, targets: map[string]int{}, ids: map[int]int{}}
	add := func(key string, i int) {
		if _, taken := l.targets[key]; key != "" && !taken {
			l.targets[key] = i
		}
	}
	for i, p := range pages {
		add(p.ID, i)
	}
	for i, p := range pages {
		if p.Kind == geom.KindSubprocess {
			add(p.Subprocess, i)
		}
	}
	for i, p := range pages {
		if p.Kind == geom.KindOverview {
			add(p.Module, i)
		}
	}
	return l
}

// place adds the links of page i, which is the current page. A box that
// leads to its own page or to nothing in this PDF gets no link.
func (l *linker) place(i int, p geom.Page, pl Placement) {
	for _, b := range p.Boxes {
		to, ok := l.targets[b.Link]
		if b.Link == "" || !ok || to == i {
			continue
		}
		r := pl.toSheet(b.Rect)
		l.f.Link(r.X, r.Y, r.W, r.H, l.id(to))
	}
}

// id is the library's link to the top of page index to.
func (l *linker) id(to int) int {
	if id, ok := l.ids[to]; ok {
		return id
	}
	id := l.f.AddLink()
	l.f.SetLink(id, 0, to+1)
	l.ids[to] = id
	return id
}
