package validate

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// addModule adds module id, written in file, with one sub-process sub that
// runs from a start to an end, and lists it in the series.
func addModule(s *blueprints.Set, file, id, sub, start, end string) {
	startTask := &blueprints.Task{
		ID: start, Kind: blueprints.KindStart, Pos: at(file, 12, 8),
		Role: refAt("pm", at(file, 13, 10)), Stage: "backstage", StagePos: at(file, 14, 11),
		Next: []blueprints.Flow{{To: refAt(end, at(file, 15, 11))}},
	}
	endTask := &blueprints.Task{
		ID: end, Kind: blueprints.KindEnd, Pos: at(file, 24, 8),
		Role: refAt("pm", at(file, 25, 10)), Stage: "backstage", StagePos: at(file, 26, 11),
	}
	s.Modules = append(s.Modules, &blueprints.Module{
		ID: id, File: file, Pos: at(file, 2, 6), Series: refAt("msp", at(file, 3, 10)),
		Subprocesses: []*blueprints.Subprocess{{
			ID: sub, Pos: at(file, 10, 6), Tasks: []*blueprints.Task{startTask, endTask},
		}},
	})
	ph := s.Series[0].Phases[0]
	ph.Modules = append(ph.Modules, &blueprints.PhaseModule{Module: refAt(id, at("s.toml", 30, 8))})
}

func TestDuplicateIDs(t *testing.T) {
	runRules(t, []ruleCase{
		{"module", func(s *blueprints.Set) {
			addModule(s, "n.toml", "MSP-01", "03.01", "03.01.01", "03.01.02")
		}, []string{
			`n.toml:2:6: module "MSP-01": duplicate id, first defined at m.toml:2:6`,
			`s.toml:30:8: phase "run": module "MSP-01" is already listed in phase "run"`,
		}},
		{"module first by position, not by load order", func(s *blueprints.Set) {
			addModule(s, "a.toml", "MSP-01", "03.01", "03.01.01", "03.01.02")
			s.Series[0].Phases[0].Modules = s.Series[0].Phases[0].Modules[:2]
		}, []string{
			`m.toml:2:6: module "MSP-01": duplicate id, first defined at a.toml:2:6`,
		}},
		{"sub-process across modules", func(s *blueprints.Set) {
			addModule(s, "n.toml", "MSP-03", "01.02", "03.01.01", "03.01.02")
		}, []string{
			`n.toml:10:6: sub-process "01.02": duplicate id, first defined at m.toml:190:6`,
		}},
		{"task across modules", func(s *blueprints.Set) {
			addModule(s, "n.toml", "MSP-03", "03.01", "01.01.01", "03.01.02")
		}, []string{
			`n.toml:12:8: task "01.01.01": duplicate id, first defined at m.toml:30:8`,
		}},
		{"series", func(s *blueprints.Set) {
			s.Series = append(s.Series, &blueprints.Series{ID: "msp", Pos: at("s2.toml", 2, 6)})
		}, []string{
			`s2.toml:2:6: series "msp": duplicate id, first defined at s.toml:2:6`,
		}},
		{"phase within a series", func(s *blueprints.Set) {
			s.Series[0].Phases = append(s.Series[0].Phases, &blueprints.Phase{ID: "run", Pos: at("s.toml", 20, 6)})
		}, []string{
			`s.toml:20:6: phase "run": duplicate id, first defined at s.toml:10:6`,
		}},
		{"catalogue role", func(s *blueprints.Set) {
			cat(s).Roles = append(cat(s).Roles, &blueprints.Role{ID: "pm", Pos: at("c.toml", 40, 6)})
		}, []string{
			`c.toml:40:6: role "pm": duplicate id, first defined at c.toml:10:6`,
		}},
		{"catalogue kpi", func(s *blueprints.Set) {
			cat(s).KPIs = append(cat(s).KPIs, &blueprints.KPI{ID: "rate", Pos: at("c.toml", 40, 6)})
		}, []string{
			`c.toml:40:6: kpi "rate": duplicate id, first defined at c.toml:32:6`,
		}},
		{"module's own system", func(s *blueprints.Set) {
			mod(s).Own.Systems = []*blueprints.System{
				{ID: "x", Pos: at("m.toml", 300, 6)}, {ID: "x", Pos: at("m.toml", 304, 6)},
			}
		}, []string{
			`m.toml:304:6: system "x": duplicate id, first defined at m.toml:300:6`,
		}},
		{"own entry shadows the catalogue's", func(s *blueprints.Set) {
			mod(s).Own.Documents = []*blueprints.Document{{ID: "plan", Pos: at("m.toml", 300, 6)}}
		}, []string{
			`c.toml:28:6: warning: document "plan": no module uses it`,
			`m.toml:300:6: warning: document "plan": shadows the catalogue's document defined at c.toml:28:6`,
		}},
		{"exit within a module", func(s *blueprints.Set) {
			mod(s).Exits = append(mod(s).Exits, &blueprints.Exit{ID: "done", Pos: at("m.toml", 17, 6)})
		}, []string{
			`m.toml:17:6: exit "done": duplicate id, first defined at m.toml:11:6`,
		}},
		{"second catalogue of a series", func(s *blueprints.Set) {
			s.Catalogues = append(s.Catalogues, &blueprints.Catalogue{
				Series: refAt("msp", at("c2.toml", 2, 10)), Pos: at("c2.toml", 2, 10),
			})
		}, []string{
			`c2.toml:2:10: catalogue "msp": duplicate catalogue of the series, first defined at c.toml:2:10`,
		}},
		{"guide", func(s *blueprints.Set) {
			s.Guides = []*blueprints.Guide{
				{ID: "how-to-read", Body: blueprints.Prose{Pos: at("msp/guides/how-to-read.md", 1, 1)}},
				{ID: "how-to-read", Body: blueprints.Prose{Pos: at("extra/guides/how-to-read.md", 1, 1)}},
			}
		}, []string{
			`msp/guides/how-to-read.md:1:1: guide "how-to-read": duplicate id, first defined at extra/guides/how-to-read.md:1:1`,
		}},
		{"empty ids are the loader's", func(s *blueprints.Set) {
			mod(s).Exits = append(mod(s).Exits, &blueprints.Exit{Pos: at("m.toml", 17, 6)}, &blueprints.Exit{Pos: at("m.toml", 18, 6)})
		}, nil},
	})
}
