package layout

import (
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Subprocess lays out one sub-process map as a single page at the
// drawing's natural size: lanes top to bottom by region, time columns left
// to right, a title block above and a legend below. The model must be
// personalized already; sc resolves role names and lane order. A nil
// ruler means the default fonts.
func Subprocess(sc *blueprints.Scope, m *blueprints.Module, sp *blueprints.Subprocess, r *measure.Ruler, opt Options) geom.Page {
	opt = opt.withDefaults()
	mt := newMetrics(r)
	if sp == nil {
		sp = &blueprints.Subprocess{}
	}
	if m == nil {
		m = &blueprints.Module{}
	}
	p := geom.Page{
		Kind: geom.KindSubprocess, ID: m.ID + "/" + sp.ID + "/1",
		Title: joinNonEmpty(sp.ID, sp.Title), Module: m.ID, Subprocess: sp.ID,
		Number: 1, Of: 1,
	}
	frame := newFrame(mt, opt)
	ml := newMap(sc, sp, mt, opt)
	ml.layout(frame.diagramOrigin())
	ml.emit(&p)
	frame.finish(&p, titleTexts{
		main: joinNonEmpty(m.ID, m.Title), sub: p.Title, page: "page 1 of 1",
	})
	return p
}

// joinNonEmpty joins an id and a title with a space, leaving out what is
// empty.
func joinNonEmpty(id, title string) string {
	switch {
	case id == "":
		return title
	case title == "":
		return id
	}
	return id + " " + title
}
