package site

import (
	"html/template"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// kpiView is a KPI's page: its definition and the modules it measures.
type kpiView struct {
	ID, Name                         string
	Definition                       template.HTML
	Formula, Unit, Target, Direction string
	Modules                          []moduleCard
}

func (s *site) kpiPages() error {
	list := listView{Kind: "KPIs", Intro: "The measures of process performance, with their targets and the modules they measure.", Columns: [2]string{"KPI", "Modules"}}
	for _, e := range s.cat.kpis.list {
		p := newPage(entryPath(kpisDir, e.ID))
		n := names{cat: s.cat}
		def, err := s.prose(p, n, e.V.Definition.Text, "about-")
		if err != nil {
			return err
		}
		v := kpiView{ID: e.ID, Name: e.V.Name, Definition: def, Formula: e.V.Formula, Unit: e.V.Unit,
			Target: e.V.Target, Direction: directionLabel(e.V.Direction)}
		for _, m := range e.Modules {
			v.Modules = append(v.Modules, s.moduleCard(p, m.ID, m.Title, false))
		}
		if err := s.render("kpi.html", p, frame{Title: e.V.Name, Description: s.plain(n, e.V.Definition.Text), Nav: "kpis", Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: e.V.Name, Path: p.path, Note: targetNote(e.V.Target), Count: len(e.Modules), CountWord: "module"})
		s.indexEntry("kpi", e.V.Name, "KPI"+targetSuffix(e.V.Target), p.path, s.plain(n, e.V.Definition.Text)+" "+e.V.Formula)
	}
	return s.listPage(kpisDir, list)
}

func directionLabel(d blueprints.Direction) string {
	switch d {
	case blueprints.HigherIsBetter:
		return "Higher is better"
	case blueprints.LowerIsBetter:
		return "Lower is better"
	}
	return ""
}

func targetNote(t string) string {
	if t == "" {
		return ""
	}
	return "Target " + t
}

func targetSuffix(t string) string {
	if t == "" {
		return ""
	}
	return " · target " + t
}
