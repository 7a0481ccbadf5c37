package site

import (
	"html/template"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// systemView is a system's page: its touchpoint matrix (which tasks of
// which sub-processes use it, by stage) and the tasks themselves.
type systemView struct {
	ID, Name, Category string
	Description        template.HTML
	Stages             []string // the matrix's columns
	Matrix             []matrixRow
	Groups             []moduleGroup
	Total, Modules     int
}

// matrixRow is one sub-process in the touchpoint matrix.
type matrixRow struct {
	Module, Sub linkView
	Cells       [][]linkView // per stage, the tasks that use the system
}

func (s *site) systemPages() error {
	list := listView{Kind: "Systems", Intro: "The tools the tasks use, from the PSA and RMM to the backup console, and where each one is touched.", Columns: [2]string{"System", "Tasks"}}
	for _, e := range s.cat.systems.list {
		p := newPage(entryPath(systemsDir, e.ID))
		n := names{cat: s.cat}
		desc, err := s.prose(p, n, e.V.Description.Text, "about-")
		if err != nil {
			return err
		}
		v := systemView{ID: e.ID, Name: e.V.Name, Category: e.V.Category, Description: desc,
			Stages: stageNames(blueprints.Stages), Groups: s.groupUses(p, e.Uses, false), Total: len(e.Uses)}
		v.Matrix = s.matrix(p, e.Uses)
		v.Modules = len(v.Groups)
		if err := s.render("system.html", p, frame{Title: e.V.Name, Description: s.plain(n, e.V.Description.Text), Nav: "systems", Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: e.V.Name, Path: p.path, Note: e.V.Category, Count: len(e.Uses), CountWord: "task"})
		s.indexEntry("system", e.V.Name, systemContext(e.V), p.path, s.plain(n, e.V.Description.Text))
	}
	return s.listPage(systemsDir, list)
}

func systemContext(x *blueprints.System) string {
	if x.Category != "" && x.Category != x.Name {
		return "System · " + x.Category
	}
	return "System"
}

// matrix makes one row per sub-process that uses the system, with its
// tasks in the column of their stage.
func (s *site) matrix(p page, uses []usage) []matrixRow {
	var out []matrixRow
	var last *blueprints.Subprocess
	for _, u := range uses {
		if u.sp != last {
			last = u.sp
			row := s.taskRow(p, s.names(u.m), u)
			out = append(out, matrixRow{Module: row.Module, Sub: row.Sub, Cells: make([][]linkView, len(blueprints.Stages))})
		}
		cells := out[len(out)-1].Cells
		for i, st := range blueprints.Stages {
			if u.t.Stage == st {
				cells[i] = append(cells[i], linkView{u.t.Label, p.url(ModulePath(u.m) + "#" + taskAnchor(u.t.ID))})
			}
		}
	}
	return out
}
