package site

import (
	"html/template"
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// roleView is a role's page: every task the role does, across modules.
type roleView struct {
	ID, Name    string
	Description template.HTML
	Stages      []stageCount // where the role's tasks sit
	Systems     []countLink  // the systems its tasks use, most used first
	Groups      []moduleGroup
	Total       int
}

func (s *site) rolePages() error {
	list := listView{Kind: "Roles", Intro: "The people and teams who perform the tasks of the blueprints, on the client's side and the provider's.", Columns: [2]string{"Role", "Tasks"}}
	for _, e := range s.cat.roles.list {
		p := newPage(entryPath(rolesDir, e.ID))
		desc, err := s.prose(p, names{cat: s.cat}, e.V.Description.Text, "about-")
		if err != nil {
			return err
		}
		v := roleView{ID: e.ID, Name: e.V.Name, Description: desc, Stages: stageCounts(e.Uses),
			Groups: s.groupUses(p, e.Uses, true), Total: len(e.Uses), Systems: s.systemCounts(p, e.Uses)}
		if err := s.render("role.html", p, frame{Title: e.V.Name, Description: s.plain(names{cat: s.cat}, e.V.Description.Text), Nav: "roles", Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: e.V.Name, Path: p.path, Note: joinStages(e.V.Stages), Count: len(e.Uses), CountWord: "task"})
		s.indexEntry("role", e.V.Name, "Role", p.path, s.plain(names{cat: s.cat}, e.V.Description.Text))
	}
	return s.listPage(rolesDir, list)
}

// countLink is an entry with how often it occurs.
type countLink struct {
	Text, Href string
	N          int
}

// systemCounts counts the systems that uses name, most used first, then
// in catalogue order.
func (s *site) systemCounts(p page, uses []usage) []countLink {
	counts := map[string]int{}
	for _, u := range uses {
		for _, ref := range u.t.Systems {
			counts[ref.ID]++
		}
	}
	var out []countLink
	for _, e := range s.cat.systems.list {
		if n := counts[e.ID]; n > 0 {
			out = append(out, countLink{e.V.Name, p.url(entryPath(systemsDir, e.ID)), n})
		}
	}
	slices.SortStableFunc(out, func(a, b countLink) int { return b.N - a.N })
	return out
}

func joinStages(st []blueprints.Stage) string {
	out := ""
	for i, name := range stageNames(st) {
		if i > 0 {
			out += " · "
		}
		out += name
	}
	return out
}
