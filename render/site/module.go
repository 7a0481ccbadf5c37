package site

import (
	"html/template"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/layout"
)

// moduleView is a module's page.
type moduleView struct {
	ID, Title, Summary          string
	Series, SeriesHref, Phase   string
	Description                 template.HTML
	Benefits, Objectives, Entry []string
	Exits                       []exitView
	KPIs                        []kpiCard
	Related                     []moduleCard
	Overview                    diagramView
	Subs                        []subView
	Roles, Systems              []linkView
	Documents                   []string
	Downloads                   []downloadGroup
	Tasks                       int
	Data                        pageData
}

type exitView struct {
	Label      string
	Conditions []string
}

type kpiCard struct {
	Name, Href, Summary, Target string
}

// subView is one sub-process: its map and, for readers who cannot use the
// map, the same tasks as a table.
type subView struct {
	ID, Anchor, Title string
	Description       template.HTML
	Diagram           diagramView
	Tasks             []taskRow
}

type linkView struct {
	Text, Href string
}

func (s *site) modulePages() error {
	for _, m := range s.set.Modules {
		if m == nil {
			continue
		}
		p := newPage(ModulePath(m))
		v, err := s.moduleView(p, m)
		if err != nil {
			return err
		}
		f := frame{Title: m.ID + " " + m.Title, Description: m.Summary, Nav: "modules", Page: v}
		if err := s.render("module.html", p, f); err != nil {
			return err
		}
		s.indexModule(p, m)
	}
	return nil
}

func (s *site) moduleView(p page, m *blueprints.Module) (moduleView, error) {
	n := s.names(m)
	v := moduleView{
		ID: m.ID, Title: m.Title, Summary: m.Summary,
		Benefits: m.Benefits, Objectives: m.Objectives, Entry: m.Entry,
		Downloads: downloadGroups(p, s.in.Downloads(m)),
		Data:      pageData{Links: s.moduleLinks(p), Tasks: map[string]taskData{}},
	}
	s.placeModule(p, m, &v)
	var err error
	if v.Description, err = s.prose(p, n, m.Description.Text, "about-"); err != nil {
		return v, err
	}
	for _, e := range m.Exits {
		if e != nil {
			v.Exits = append(v.Exits, exitView{Label: e.Label, Conditions: e.Conditions})
		}
	}
	v.KPIs = s.kpiCards(p, n, m)
	for _, r := range m.Related {
		v.Related = append(v.Related, s.moduleCard(p, r.ID, s.plannedTitle(r.ID), false))
	}
	if err := s.moduleMaps(p, n, m, &v); err != nil {
		return v, err
	}
	v.Roles, v.Systems, v.Documents = s.moduleEntries(p, n, m)
	return v, s.addTaskData(p, n, m, v.Data.Tasks)
}

// moduleMaps draws the module's overview and its process maps, and links
// each sub-process id to its section for the diagrams' script.
func (s *site) moduleMaps(p page, n names, m *blueprints.Module, v *moduleView) error {
	var err error
	opt := layout.Options{Brand: s.brand}
	if v.Overview, err = s.diagram(layout.Overview(n.sc, m, s.in.Ruler, opt), "ov"); err != nil {
		return err
	}
	for i, sp := range m.Subprocesses {
		if sp == nil {
			continue
		}
		sv, err := s.subView(p, n, m, sp, i+1)
		if err != nil {
			return err
		}
		v.Data.Links[sp.ID] = "#" + sv.Anchor
		v.Tasks += len(sv.Tasks)
		v.Subs = append(v.Subs, sv)
	}
	return nil
}

func (s *site) subView(p page, n names, m *blueprints.Module, sp *blueprints.Subprocess, i int) (subView, error) {
	sv := subView{ID: sp.ID, Anchor: subAnchor(sp.ID), Title: sp.Title}
	var err error
	if sv.Description, err = s.prose(p, n, sp.Description.Text, sv.Anchor+"-"); err != nil {
		return sv, err
	}
	pg := layout.Subprocess(n.sc, m, sp, s.in.Ruler, layout.Options{Brand: s.brand})
	if sv.Diagram, err = s.diagram(pg, "sp"+itoa(i)); err != nil {
		return sv, err
	}
	for _, t := range tasksOf(sp) {
		sv.Tasks = append(sv.Tasks, s.taskRow(p, n, usage{m: m, sp: sp, t: t}))
	}
	return sv, nil
}

// placeModule fills in the module's series and phase, for the
// breadcrumbs.
func (s *site) placeModule(p page, m *blueprints.Module, v *moduleView) {
	sr := s.set.SeriesByID(m.Series.ID)
	if sr == nil {
		return
	}
	v.Series, v.SeriesHref = sr.Title, p.url(homePath)
	for _, ph := range sr.Phases {
		for _, pm := range ph.Modules {
			if pm != nil && pm.Module.ID == m.ID {
				v.Phase = ph.Title
			}
		}
	}
}

// plannedTitle is the title a life cycle gives a module that may not be
// authored yet.
func (s *site) plannedTitle(id string) string {
	for _, sr := range s.set.Series {
		for _, ph := range sr.Phases {
			for _, pm := range ph.Modules {
				if pm != nil && pm.Module.ID == id {
					return pm.Title
				}
			}
		}
	}
	return ""
}

func (s *site) kpiCards(p page, n names, m *blueprints.Module) []kpiCard {
	var out []kpiCard
	for _, ref := range m.KPIs {
		k := n.kpi(ref.ID)
		if k == nil {
			continue
		}
		out = append(out, kpiCard{
			Name: k.Name, Href: p.url(entryPath(kpisDir, ref.ID)),
			Summary: s.plain(n, k.Definition.Text), Target: k.Target,
		})
	}
	return out
}

// moduleEntries lists the roles, systems and documents the module's tasks
// use, each once, in lane order for roles and first use for the rest.
func (s *site) moduleEntries(p page, n names, m *blueprints.Module) (roles, systems []linkView, docs []string) {
	used := map[string]bool{}
	var sysIDs, docIDs []string
	for _, sp := range m.Subprocesses {
		for _, t := range tasksOf(sp) {
			used["role:"+t.Role.ID] = true
			sysIDs = appendNew(sysIDs, used, "system:", t.Systems)
			docIDs = appendNew(docIDs, used, "doc:", t.Reads)
			docIDs = appendNew(docIDs, used, "doc:", t.Produces)
		}
	}
	for _, r := range n.sc.RoleOrder {
		if r != nil && used["role:"+r.ID] {
			roles = append(roles, linkView{r.Name, p.url(entryPath(rolesDir, r.ID))})
		}
	}
	for _, id := range sysIDs {
		if x := n.system(id); x != nil {
			systems = append(systems, linkView{x.Name, p.url(entryPath(systemsDir, id))})
		}
	}
	for _, id := range docIDs {
		if d := n.doc(id); d != nil {
			docs = append(docs, d.Name)
		}
	}
	return roles, systems, docs
}

// appendNew appends the ids of refs not seen before, marking them seen
// under prefix.
func appendNew(ids []string, seen map[string]bool, prefix string, refs []blueprints.Ref) []string {
	for _, r := range refs {
		if !seen[prefix+r.ID] {
			seen[prefix+r.ID] = true
			ids = append(ids, r.ID)
		}
	}
	return ids
}
