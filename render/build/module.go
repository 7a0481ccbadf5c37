package build

import (
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
)

// moduleBuild is one module being built: its scope and its pages, laid
// out once and drawn by every renderer that needs them.
type moduleBuild struct {
	in       Input
	m        *blueprints.Module
	sc       *blueprints.Scope
	overview geom.Page
	// maps holds each sub-process's map as one page at its natural size,
	// in the module's order; the SVGs show it whole.
	maps []geom.Page
}

func newModuleBuild(in Input, m *blueprints.Module) *moduleBuild {
	sc := blueprints.NewScope(in.Set, m)
	opt := in.layoutOptions()
	mb := &moduleBuild{in: in, m: m, sc: sc, overview: layout.Overview(sc, m, in.Ruler, opt)}
	for _, sp := range m.Subprocesses {
		mb.maps = append(mb.maps, layout.Subprocess(sc, m, sp, in.Ruler, opt))
	}
	return mb
}

// svgs renders the overview and every map as SVG files.
func (mb *moduleBuild) svgs() ([]File, error) {
	f, err := svgFile(OverviewPath(mb.m), mb.overview, mb.in.Theme)
	if err != nil {
		return nil, err
	}
	files := []File{f}
	for i, sp := range mb.m.Subprocesses {
		f, err := svgFile(SubprocessPath(mb.m, sp), mb.maps[i], mb.in.Theme)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// printPages are the pages of the module's diagram PDF on paper: the
// overview, then every sub-process map in order, each on as many sheets
// as it needs.
func (mb *moduleBuild) printPages(paper geom.Paper) []geom.Page {
	pages := []geom.Page{mb.overview}
	for i := range mb.m.Subprocesses {
		pages = append(pages, mb.mapPages(i, paper)...)
	}
	return pages
}

// mapPages is how sub-process i prints on paper: whole on one sheet when
// its text stays readable there, else split into numbered pages joined by
// linked off-page connectors (see layout.Paginate). It is the one place
// that decides, so the SVG keeps the whole map while each paper gets its
// own split.
func (mb *moduleBuild) mapPages(i int, paper geom.Paper) []geom.Page {
	return layout.Paginate(mb.sc, mb.m, mb.m.Subprocesses[i], mb.in.Ruler, mb.in.layoutOptions(), paper)
}

// title is the module's id and title, as its documents are called.
func (mb *moduleBuild) title() string {
	if mb.m.Title == "" {
		return mb.m.ID
	}
	return mb.m.ID + " " + mb.m.Title
}
