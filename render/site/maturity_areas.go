package site

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// refLink is a link to what a practice or topic names; an empty Href
// prints Text without a link (a planned module). Note is a short tag
// beside it, such as a practice's id.
type refLink struct {
	Text, Href, Note string
}

// areaViews lists each area's POMs, level by level, with the links of its
// practices and metrics.
func (s *site) areaViews(p page, m *blueprints.MaturityModel) []areaView {
	var out []areaView
	for _, a := range m.Areas {
		av := areaView{ID: a.ID, Anchor: areaAnchor(a.ID), Title: a.Title, Summary: a.Summary}
		for _, pom := range a.POMs {
			pv := pomView{Level: pom.Level, Outcomes: pom.Outcomes}
			if lv := m.Level(pom.Level); lv != nil {
				pv.LevelName = lv.Name
			}
			for _, pr := range pom.Practices {
				pv.Practices = append(pv.Practices, practiceView{
					ID: pr.ID, Anchor: practiceAnchor(pr.ID), Text: pr.Text, InPlace: s.in.Assessment.Has(pr.ID),
					Modules: s.blueprintLinks(p, pr.Modules), KPIs: s.kpiLinks(p, pr.KPIs),
				})
			}
			for _, mt := range pom.Metrics {
				mv := metricView{Text: mt.Text}
				if mt.KPI.ID != "" {
					l := s.kpiLink(p, mt.KPI.ID)
					mv.KPI = &l
				}
				pv.Metrics = append(pv.Metrics, mv)
			}
			av.POMs = append(av.POMs, pv)
		}
		out = append(out, av)
	}
	return out
}

// measureViews lists the model's own KPIs.
func (s *site) measureViews(p page, m *blueprints.MaturityModel) ([]measureView, error) {
	var out []measureView
	for _, k := range m.KPIs {
		def, err := s.prose(p, names{cat: s.cat}, k.Definition.Text, measureAnchor(k.ID)+"-")
		if err != nil {
			return nil, err
		}
		out = append(out, measureView{ID: k.ID, Anchor: measureAnchor(k.ID), Name: k.Name, Formula: k.Formula,
			Unit: k.Unit, Target: k.Target, Direction: directionLabel(k.Direction), Definition: def})
	}
	return out, nil
}

// blueprintLinks links blueprint modules: an authored one to its page, a
// planned one as its life-cycle title, marked planned.
func (s *site) blueprintLinks(p page, refs []blueprints.Ref) []refLink {
	var out []refLink
	for _, r := range refs {
		if m := s.set.Module(r.ID); m != nil {
			out = append(out, refLink{Text: m.Title, Href: p.url(ModulePath(m)), Note: m.ID})
			continue
		}
		title := s.plannedTitle(r.ID)
		if title == "" {
			title = r.ID
		}
		out = append(out, refLink{Text: title, Note: r.ID + " · planned"})
	}
	return out
}

func (s *site) kpiLinks(p page, refs []blueprints.Ref) []refLink {
	var out []refLink
	for _, r := range refs {
		out = append(out, s.kpiLink(p, r.ID))
	}
	return out
}

// kpiLink links a KPI to its page, or a maturity model's own KPI to its
// definition on the model's page.
func (s *site) kpiLink(p page, id string) refLink {
	if e := s.cat.kpis.byID[id]; e != nil {
		return refLink{Text: e.V.Name, Href: p.url(entryPath(kpisDir, id))}
	}
	for _, m := range s.set.Maturity {
		for _, k := range m.KPIs {
			if k.ID == id {
				return refLink{Text: k.Name, Href: samePage(p, entryPath(maturityDir, m.ID), measureAnchor(id))}
			}
		}
	}
	return refLink{Text: id}
}

// practiceLink links a practice to its place on its model's page.
func (s *site) practiceLink(p page, id string) refLink {
	pr, m := s.set.Practice(id)
	if pr == nil {
		return refLink{Text: id}
	}
	area := pr.Area
	if a := m.Area(pr.Area); a != nil {
		area = a.Title
	}
	return refLink{Text: pr.Text, Href: samePage(p, entryPath(maturityDir, m.ID), practiceAnchor(id)),
		Note: id + " · " + area + ", level " + strconv.Itoa(pr.Level)}
}

// samePage links to an anchor of page target from p: the bare fragment
// when p is that page.
func samePage(p page, target, anchor string) string {
	if p.path == target {
		return "#" + anchor
	}
	return p.url(target + "#" + anchor)
}
