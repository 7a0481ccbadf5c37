package validate

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestReferences(t *testing.T) {
	runRules(t, []ruleCase{
		{"role with a did-you-mean", func(s *blueprints.Set) {
			task(s, "01.02.02").Role.ID = "noc"
		}, []string{
			`m.toml:214:10: task "01.02.02": role "noc" is not defined (did you mean "noc-engineer"?)`,
		}},
		{"role with nothing close", func(s *blueprints.Set) {
			task(s, "01.01.02").Role.ID = "billing"
		}, []string{
			`m.toml:44:10: task "01.01.02": role "billing" is not defined`,
		}},
		{"module-local role is a candidate", func(s *blueprints.Set) {
			mod(s).Own.Roles = []*blueprints.Role{{ID: "auditor", Pos: at("m.toml", 300, 6)}}
			task(s, "01.01.02").Role.ID = "auditr"
		}, []string{
			`m.toml:44:10: task "01.01.02": role "auditr" is not defined (did you mean "auditor"?)`,
		}},
		{"module-local entries resolve", func(s *blueprints.Set) {
			mod(s).Own.Systems = []*blueprints.System{{ID: "vault", Pos: at("m.toml", 300, 6)}}
			task(s, "01.01.02").Systems[0].ID = "vault"
		}, nil},
		{"system", func(s *blueprints.Set) {
			task(s, "01.01.05").Systems[0].ID = "rmn"
		}, []string{
			`c.toml:24:6: warning: system "rmm": no module uses it`,
			`m.toml:82:14: task "01.01.05": system "rmn" is not defined (did you mean "rmm"?)`,
		}},
		{"document read", func(s *blueprints.Set) {
			task(s, "01.01.02").Reads[0].ID = "plann"
		}, []string{
			`m.toml:47:12: task "01.01.02": document "plann" is not defined (did you mean "plan"?)`,
		}},
		{"document produced", func(s *blueprints.Set) {
			task(s, "01.01.02").Produces[0].ID = "planz"
		}, []string{
			`m.toml:48:15: task "01.01.02": document "planz" is not defined (did you mean "plan"?)`,
		}},
		{"module kpi", func(s *blueprints.Set) {
			mod(s).KPIs[0].ID = "rates"
		}, []string{
			`c.toml:32:6: warning: kpi "rate": no module uses it`,
			`m.toml:6:10: module "MSP-01": kpi "rates" is not defined (did you mean "rate"?)`,
		}},
	})
}

func TestModuleReferences(t *testing.T) {
	runRules(t, []ruleCase{
		{"module series, without a cascade", func(s *blueprints.Set) {
			mod(s).Series.ID = "msx"
		}, []string{
			`m.toml:3:10: module "MSP-01": series "msx" is not defined (did you mean "msp"?)`,
		}},
		{"catalogue series, listing the valid ones", func(s *blueprints.Set) {
			cat(s).Series.ID = "global"
		}, []string{
			`c.toml:2:10: catalogue "global": series "global" is not defined (series: msp)`,
		}},
		{"catalogue series with a did-you-mean", func(s *blueprints.Set) {
			cat(s).Series.ID = "mps"
		}, []string{
			`c.toml:2:10: catalogue "mps": series "mps" is not defined (did you mean "msp"?)`,
		}},
		{"related module", func(s *blueprints.Set) {
			mod(s).Related[0].ID = "MSP-2"
		}, []string{
			`m.toml:7:12: module "MSP-01": related module "MSP-2" is not defined (did you mean "MSP-02"?)`,
		}},
		{"related to itself", func(s *blueprints.Set) {
			mod(s).Related[0].ID = "MSP-01"
		}, []string{
			`m.toml:7:12: module "MSP-01": lists itself as related`,
		}},
		{"lane order role", func(s *blueprints.Set) {
			mod(s).Roles[1].ID = "pn"
		}, []string{
			`m.toml:8:20: module "MSP-01": role "pn" is not defined (did you mean "pm"?)`,
		}},
		{"lane order role twice", func(s *blueprints.Set) {
			mod(s).Roles[2].ID = "pm"
		}, []string{
			`m.toml:8:30: module "MSP-01": role "pm" is listed twice in roles`,
		}},
		{"lane order is not a use", func(s *blueprints.Set) {
			cat(s).Roles = append(cat(s).Roles, &blueprints.Role{ID: "auditor", Pos: at("c.toml", 38, 6)})
			mod(s).Roles = append(mod(s).Roles, refAt("auditor", at("m.toml", 8, 40)))
		}, []string{
			`c.toml:38:6: warning: role "auditor": no module uses it`,
		}},
		{"tier with a did-you-mean", func(s *blueprints.Set) {
			task(s, "01.01.02").Tiers[0].ID = "premum"
		}, []string{
			`m.toml:51:12: task "01.01.02": tier "premum" is not a tier of series "msp" (did you mean "premium"?)`,
		}},
		{"tier listing the valid ones", func(s *blueprints.Set) {
			task(s, "01.01.02").Tiers[0].ID = "gold"
		}, []string{
			`m.toml:51:12: task "01.01.02": tier "gold" is not a tier of series "msp" (tiers: essentials, premium)`,
		}},
		{"tier of a series without tiers", func(s *blueprints.Set) {
			s.Series[0].Tiers = nil
		}, []string{
			`m.toml:51:12: task "01.01.02": tier "premium" is not a tier of series "msp" (the series defines no tiers)`,
		}},
		{"end outcome with a did-you-mean", func(s *blueprints.Set) {
			task(s, "01.01.04").Outcome.ID = "dne"
		}, []string{
			`m.toml:74:13: task "01.01.04": outcome "dne" is not an exit of module "MSP-01" (did you mean "done"?)`,
		}},
		{"end outcome listing the exits", func(s *blueprints.Set) {
			task(s, "01.01.04").Outcome.ID = "failed"
		}, []string{
			`m.toml:74:13: task "01.01.04": outcome "failed" is not an exit of module "MSP-01" (exits: done, backed-out)`,
		}},
		{"end outcome of a module without exits", func(s *blueprints.Set) {
			mod(s).Exits = nil
			task(s, "01.02.03").Outcome = blueprints.Ref{}
		}, []string{
			`m.toml:74:13: task "01.01.04": outcome "done" is not an exit of module "MSP-01" (the module has no [[exit]])`,
		}},
		{"outcome on a task that is not an end is the loader's", func(s *blueprints.Set) {
			task(s, "01.01.02").Outcome = refAt("nothing", at("m.toml", 50, 13))
		}, nil},
		{"connector target", func(s *blueprints.Set) {
			task(s, "01.01.05").Target.ID = "01.03"
		}, []string{
			`m.toml:86:8: task "01.01.05": connector target "01.03" is neither a sub-process of module "MSP-01" nor a module (did you mean "01.01"?)`,
		}},
		{"connector to a planned module", func(s *blueprints.Set) {
			task(s, "01.01.05").Target.ID = "MSP-02"
		}, nil},
		{"target on a task that is not a connector is the loader's", func(s *blueprints.Set) {
			task(s, "01.01.02").Target = refAt("nowhere", at("m.toml", 50, 8))
		}, nil},
	})
}

func TestStages(t *testing.T) {
	runRules(t, []ruleCase{
		{"role not allowed onstage", func(s *blueprints.Set) {
			task(s, "01.01.02").Role.ID = "noc-engineer"
		}, []string{
			`m.toml:45:11: task "01.01.02": role "noc-engineer" does not work onstage (its stages: backstage)`,
		}},
		{"provider role as the customer", func(s *blueprints.Set) {
			task(s, "01.01.03").Stage = "customer"
		}, []string{
			`m.toml:57:11: task "01.01.03": role "pm" does not work as the customer (its stages: onstage, backstage)`,
		}},
		{"customer role in support", func(s *blueprints.Set) {
			task(s, "01.01.01").Stage = "support"
		}, []string{
			`m.toml:33:11: task "01.01.01": role "client" does not work in support (its stages: customer)`,
		}},
		{"a role without stages works anywhere", func(s *blueprints.Set) {
			cat(s).Roles[2].Stages = nil
			task(s, "01.02.02").Stage = "onstage"
		}, nil},
		{"module-local role shadows the catalogue's stages", func(s *blueprints.Set) {
			mod(s).Own.Roles = []*blueprints.Role{{ID: "pm", Pos: at("m.toml", 300, 6), Stages: []blueprints.Stage{"backstage"}}}
		}, []string{
			`c.toml:10:6: warning: role "pm": no module uses it`,
			`m.toml:45:11: task "01.01.02": role "pm" does not work onstage (its stages: backstage)`,
			`m.toml:300:6: warning: role "pm": shadows the catalogue's role defined at c.toml:10:6`,
		}},
	})
}
