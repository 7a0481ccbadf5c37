package validate

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func phaseModules(s *blueprints.Set) []*blueprints.PhaseModule {
	return s.Series[0].Phases[0].Modules
}

func TestSeries(t *testing.T) {
	runRules(t, []ruleCase{
		{"authored entry with a did-you-mean", func(s *blueprints.Set) {
			phaseModules(s)[0].Module.ID = "MSP-1"
		}, []string{
			`m.toml:2:6: warning: module "MSP-01": is not listed in any phase of series "msp"`,
			`s.toml:13:8: phase "run": module "MSP-1" is not defined (did you mean "MSP-01"?)`,
		}},
		{"authored entry that does not exist", func(s *blueprints.Set) {
			ph := s.Series[0].Phases[0]
			ph.Modules = append(ph.Modules, &blueprints.PhaseModule{Module: refAt("ONB-42", at("s.toml", 19, 8))})
		}, []string{
			`s.toml:19:8: phase "run": module "ONB-42" is not defined (if it is not written yet, set planned = true and give it a title)`,
		}},
		{"planned entry without a title", func(s *blueprints.Set) {
			phaseModules(s)[1].Title = ""
		}, []string{
			`s.toml:16:8: phase "run": planned module "MSP-02" has no title (a planned module is drawn with its title)`,
		}},
		{"planned entry that is authored", func(s *blueprints.Set) {
			phaseModules(s)[0].Planned = true
			phaseModules(s)[0].Title = "Module"
		}, []string{
			`s.toml:13:8: warning: phase "run": module "MSP-01" is authored but marked planned (remove planned = true)`,
		}},
		{"module listed twice", func(s *blueprints.Set) {
			s.Series[0].Phases = append(s.Series[0].Phases, &blueprints.Phase{
				ID: "later", Pos: at("s.toml", 20, 6),
				Modules: []*blueprints.PhaseModule{{Module: refAt("MSP-01", at("s.toml", 23, 8))}},
			})
		}, []string{
			`s.toml:23:8: phase "later": module "MSP-01" is already listed in phase "run"`,
		}},
		{"module in no phase", func(s *blueprints.Set) {
			s.Series[0].Phases[0].Modules = phaseModules(s)[1:]
		}, []string{
			`m.toml:2:6: warning: module "MSP-01": is not listed in any phase of series "msp"`,
		}},
		{"module listed by another series", func(s *blueprints.Set) {
			s.Series = append(s.Series, &blueprints.Series{
				ID: "other", Pos: at("s2.toml", 2, 6),
				Phases: []*blueprints.Phase{{ID: "x", Pos: at("s2.toml", 5, 6),
					Modules: []*blueprints.PhaseModule{{Module: refAt("MSP-01", at("s2.toml", 8, 8))}}}},
			})
		}, []string{
			`s2.toml:8:8: phase "x": module "MSP-01" belongs to series "msp", not "other"`,
		}},
		{"tier listed twice", func(s *blueprints.Set) {
			s.Series[0].Tiers = []string{"premium", "essentials", "premium"}
		}, []string{
			`s.toml:2:6: series "msp": tier "premium" is listed twice`,
		}},
	})
}
