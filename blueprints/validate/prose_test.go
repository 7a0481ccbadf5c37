package validate

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestProse(t *testing.T) {
	runRules(t, []ruleCase{
		{"module description", func(s *blueprints.Set) {
			mod(s).Description.Text = "Led by the {role:pn}."
		}, []string{
			`m.toml:5:27: module "MSP-01": role "pn" in {role:pn} is not defined (did you mean "pm"?)`,
		}},
		{"task description, second line", func(s *blueprints.Set) {
			task(s, "01.01.02").Description.Text = "The {role:pm} checks\nthe {doc:plann}."
		}, []string{
			`m.toml:53:5: task "01.01.02": document "plann" in {doc:plann} is not defined (did you mean "plan"?)`,
		}},
		{"unknown token kind", func(s *blueprints.Set) {
			sub(s, 0).Description.Text = "Uses the {team:psa}."
		}, []string{
			`m.toml:22:25: sub-process "01.01": unknown reference kind "team" in {team:psa} (kinds: role, system, doc, kpi)`,
		}},
		{"series description", func(s *blueprints.Set) {
			s.Series[0].Description.Text = "Run by the {role:pmm}."
		}, []string{
			`s.toml:5:27: series "msp": role "pmm" in {role:pmm} is not defined (did you mean "pm"?)`,
		}},
		{"catalogue description", func(s *blueprints.Set) {
			cat(s).Roles[2].Description.Text = "Watches the {system:rmn}."
		}, []string{
			`c.toml:16:28: role "noc-engineer": system "rmn" in {system:rmn} is not defined (did you mean "rmm"?)`,
		}},
		{"kpi definition", func(s *blueprints.Set) {
			cat(s).KPIs[0].Definition.Text = "Plans per {kpi:rat}."
		}, []string{
			`c.toml:33:25: kpi "rate": kpi "rat" in {kpi:rat} is not defined (did you mean "rate"?)`,
		}},
		{"module's own entry description", func(s *blueprints.Set) {
			mod(s).Own.Documents = []*blueprints.Document{{ID: "memo", Pos: at("m.toml", 300, 6),
				Description: blueprints.Prose{Text: "For the {role:client-x}.", Pos: at("m.toml", 301, 16)}}}
			task(s, "01.01.02").Reads[0].ID = "memo"
		}, []string{
			`m.toml:301:24: document "memo": role "client-x" in {role:client-x} is not defined (did you mean "client"?)`,
		}},
		{"guide", func(s *blueprints.Set) {
			s.Guides = []*blueprints.Guide{{ID: "how-to-read",
				Body: blueprints.Prose{Text: "# Read\n\nAsk the {role:nope}.", Pos: at("guides/how-to-read.md", 1, 1)}}}
		}, []string{
			`guides/how-to-read.md:3:9: guide "how-to-read": role "nope" in {role:nope} is not defined`,
		}},
		{"several tokens on one line", func(s *blueprints.Set) {
			mod(s).Description.Text = "{role:pm} and {system:psx} and {kpi:rate}"
		}, []string{
			`m.toml:5:30: module "MSP-01": system "psx" in {system:psx} is not defined (did you mean "psa"?)`,
		}},
		{"prose counts as a use", func(s *blueprints.Set) {
			mod(s).KPIs = nil
			mod(s).Description.Text = "Measured by {kpi:rate}."
		}, nil},
		{"token kind with a did-you-mean", func(s *blueprints.Set) {
			mod(s).Description.Text = "By {Role:pm}."
		}, []string{
			`m.toml:5:19: module "MSP-01": unknown reference kind "Role" in {Role:pm} (did you mean "role"?)`,
		}},
		{"braces that are not tokens", func(s *blueprints.Set) {
			mod(s).Description.Text = "Use { x }, {role:}, {:pm}, {role:-x} and {role:pm"
		}, nil},
	})
}

func TestAdvance(t *testing.T) {
	tests := []struct {
		start  blueprints.Pos
		text   string
		offset int
		want   string
	}{
		{at("f", 3, 5), "abc", 2, "f:3:7"},
		{at("f", 3, 5), "ab\ncd", 4, "f:4:2"},
		{at("f", 3, 5), "é{", 2, "f:3:7"}, // columns count bytes, as the loader's
		{blueprints.Pos{File: "f"}, "a\nb", 2, "f"},
	}
	for _, tt := range tests {
		if got := advance(tt.start, tt.text, tt.offset).String(); got != tt.want {
			t.Errorf("advance(%v, %q, %d) = %s, want %s", tt.start, tt.text, tt.offset, got, tt.want)
		}
	}
}

func TestUnused(t *testing.T) {
	runRules(t, []ruleCase{
		{"role", func(s *blueprints.Set) {
			cat(s).Roles = append(cat(s).Roles, &blueprints.Role{ID: "auditor", Pos: at("c.toml", 38, 6)})
		}, []string{
			`c.toml:38:6: warning: role "auditor": no module uses it`,
		}},
		{"system", func(s *blueprints.Set) {
			cat(s).Systems = append(cat(s).Systems, &blueprints.System{ID: "backup", Pos: at("c.toml", 38, 6)})
		}, []string{
			`c.toml:38:6: warning: system "backup": no module uses it`,
		}},
		{"document", func(s *blueprints.Set) {
			task(s, "01.01.02").Reads = nil
			task(s, "01.01.02").Produces = nil
			task(s, "01.01.02").Description.Text = ""
		}, []string{
			`c.toml:28:6: warning: document "plan": no module uses it`,
		}},
		{"only module uses count, not catalogue prose", func(s *blueprints.Set) {
			task(s, "01.01.05").Systems = nil
		}, []string{
			`c.toml:24:6: warning: system "rmm": no module uses it`,
		}},
	})
}
