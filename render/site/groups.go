package site

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// moduleGroup is a module's share of a role's or system's tasks, by
// sub-process.
type moduleGroup struct {
	Module linkView
	Subs   []subGroup
	Count  int
}

type subGroup struct {
	Sub   linkView
	Tasks []taskRow
	// HideRole drops the role column where every task has the same role.
	HideRole bool
}

// groupUses groups uses (in module and flow order) by module and
// sub-process, as rows for page p.
func (s *site) groupUses(p page, uses []usage, hideRole bool) []moduleGroup {
	var out []moduleGroup
	for _, u := range uses {
		row := s.taskRow(p, s.names(u.m), u)
		if len(out) == 0 || out[len(out)-1].Module != row.Module {
			out = append(out, moduleGroup{Module: row.Module})
		}
		g := &out[len(out)-1]
		if len(g.Subs) == 0 || g.Subs[len(g.Subs)-1].Sub != row.Sub {
			g.Subs = append(g.Subs, subGroup{Sub: row.Sub, HideRole: hideRole})
		}
		sg := &g.Subs[len(g.Subs)-1]
		sg.Tasks = append(sg.Tasks, row)
		g.Count++
	}
	return out
}

// names resolves references in module m's scope; scopes are built once
// per module and build.
func (s *site) names(m *blueprints.Module) names {
	if s.scopes == nil {
		s.scopes = map[*blueprints.Module]*blueprints.Scope{}
	}
	sc := s.scopes[m]
	if sc == nil {
		sc = blueprints.NewScope(s.set, m)
		s.scopes[m] = sc
	}
	return names{sc: sc, cat: s.cat}
}

// stageNames are the stages in diagram order with their labels, for
// matrices and chips.
func stageNames(stages []blueprints.Stage) []string {
	var out []string
	for _, st := range stages {
		out = append(out, st.Title())
	}
	return out
}

// stageCount is how many of a role's tasks sit in one stage.
type stageCount struct {
	Stage, Label string
	N            int
	Share        string // its share of all, as a CSS percentage: "62.5%"
}

// stageCounts counts uses by stage, in diagram order, leaving out stages
// without any.
func stageCounts(uses []usage) []stageCount {
	var out []stageCount
	for _, st := range blueprints.Stages {
		n := 0
		for _, u := range uses {
			if u.t.Stage == st {
				n++
			}
		}
		if n > 0 {
			share := strconv.FormatFloat(100*float64(n)/float64(len(uses)), 'f', 1, 64) + "%"
			out = append(out, stageCount{string(st), st.Title(), n, share})
		}
	}
	return out
}
