package site

import (
	"html/template"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/layout"
)

// homeView is the home page: each series with its life cycle and its
// modules by phase, then the guides.
type homeView struct {
	Series []seriesView
	Other  []moduleCard // authored modules that no phase lists
	Guides []cardView
	Stats  stats
	Data   pageData
}

type seriesView struct {
	ID, Title, Summary string
	Description        template.HTML
	Diagram            diagramView
	Phases             []phaseView
}

type phaseView struct {
	ID, Title, Summary string
	Modules            []moduleCard
}

// moduleCard is a module in a list: authored ones link to their page,
// planned ones are only named.
type moduleCard struct {
	ID, Anchor, Title, Summary, Href string
	Planned                          bool
	Subprocesses, Tasks              int
}

// cardView is a titled link with a line of text.
type cardView struct {
	Title, Text, Href string
}

type stats struct {
	Modules, Planned, Subprocesses, Tasks, Roles, Systems, KPIs int
}

// pageData is the JSON a page's script reads: where each diagram link
// leads, and on module pages the details of every task.
type pageData struct {
	Links map[string]string   `json:"links"`
	Tasks map[string]taskData `json:"tasks,omitempty"`
}

func (s *site) homePage() error {
	p := newPage(homePath)
	v := homeView{Data: pageData{Links: s.moduleLinks(p)}}
	listed := map[string]bool{}
	for i, sr := range s.set.Series {
		if sr == nil {
			continue
		}
		sv, err := s.seriesView(p, sr, i)
		if err != nil {
			return err
		}
		for _, ph := range sv.Phases {
			for _, mc := range ph.Modules {
				listed[mc.ID] = true
			}
		}
		v.Series = append(v.Series, sv)
	}
	for _, m := range s.set.Modules {
		if m != nil && !listed[m.ID] {
			v.Other = append(v.Other, s.moduleCard(p, m.ID, m.Title, false))
		}
	}
	v.Guides = s.guideCards(p)
	v.Stats = s.stats()
	title := "Service blueprints"
	if len(v.Series) == 1 {
		title = v.Series[0].Title
	}
	return s.render("home.html", p, frame{Title: title, Description: s.homeSummary(), Nav: "home", Page: v})
}

func (s *site) seriesView(p page, sr *blueprints.Series, i int) (seriesView, error) {
	desc, err := s.prose(p, names{cat: s.cat}, sr.Description.Text, "series-"+fragment(sr.ID)+"-")
	if err != nil {
		return seriesView{}, err
	}
	lc := layout.Lifecycle(s.set, sr, s.in.Ruler, layout.Options{Brand: s.brand})
	d, err := s.diagram(lc, "lc"+itoa(i))
	if err != nil {
		return seriesView{}, err
	}
	sv := seriesView{ID: sr.ID, Title: sr.Title, Summary: sr.Summary, Description: desc, Diagram: d}
	for _, ph := range sr.Phases {
		if ph == nil {
			continue
		}
		pv := phaseView{ID: fragment(ph.ID), Title: ph.Title, Summary: ph.Summary}
		for _, pm := range ph.Modules {
			if pm == nil {
				continue
			}
			pv.Modules = append(pv.Modules, s.moduleCard(p, pm.Module.ID, pm.Title, pm.Planned))
		}
		sv.Phases = append(sv.Phases, pv)
	}
	return sv, nil
}

// moduleCard describes module id; a module that is not authored is shown
// as planned under the title the life cycle gives it.
func (s *site) moduleCard(p page, id, title string, planned bool) moduleCard {
	mc := moduleCard{ID: id, Anchor: "module-" + fragment(id), Title: title, Planned: true}
	m := s.set.Module(id)
	if m == nil || planned {
		return mc
	}
	mc.Planned = false
	mc.Title, mc.Summary, mc.Href = m.Title, m.Summary, p.url(ModulePath(m))
	for _, sp := range m.Subprocesses {
		if sp != nil {
			mc.Subprocesses++
			mc.Tasks += len(tasksOf(sp))
		}
	}
	return mc
}

// moduleLinks maps every authored module's id to its page, for the
// diagrams' linked blocks and connectors.
func (s *site) moduleLinks(p page) map[string]string {
	links := map[string]string{}
	for _, m := range s.set.Modules {
		if m != nil {
			links[m.ID] = p.url(ModulePath(m))
		}
	}
	return links
}

func (s *site) stats() stats {
	st := stats{Roles: len(s.cat.roles.list), Systems: len(s.cat.systems.list), KPIs: len(s.cat.kpis.list)}
	for _, m := range s.set.Modules {
		if m == nil {
			continue
		}
		st.Modules++
		for _, sp := range m.Subprocesses {
			if sp != nil {
				st.Subprocesses++
				st.Tasks += len(tasksOf(sp))
			}
		}
	}
	for _, sr := range s.set.Series {
		if sr == nil {
			continue
		}
		for _, ph := range sr.Phases {
			if ph == nil {
				continue
			}
			for _, pm := range ph.Modules {
				if pm != nil && (pm.Planned || s.set.Module(pm.Module.ID) == nil) {
					st.Planned++
				}
			}
		}
	}
	return st
}

// homeSummary describes the site for search engines and link previews.
func (s *site) homeSummary() string {
	for _, sr := range s.set.Series {
		if sr != nil && sr.Summary != "" {
			return sr.Summary
		}
	}
	return "Service blueprints of " + s.brand
}
