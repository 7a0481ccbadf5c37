package load

import (
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// The shipped maturity model and curriculum are written from the product
// pages they describe (Customer-Facing Service Operation; managing external
// IT services). These counts are those pages' own, level by level and
// module by module, so nothing of them can go missing unnoticed.

// seedLevel is what the maturity page lists at one level.
type seedLevel struct {
	name                         string
	practices, outcomes, metrics int
}

func seedLevels() []seedLevel {
	return []seedLevel{
		{"Initial", 9, 9, 13},
		{"Basic", 9, 9, 14},
		{"Intermediate", 14, 12, 13},
		{"Advanced", 12, 10, 14},
		{"Optimized", 17, 9, 12},
	}
}

// seedAreas are the capability areas that run through the levels, each
// described at every level.
func seedAreas() []string {
	return []string{
		"point-of-contact", "customer-communication", "service-restoration", "incident-resolution",
		"imac-requests", "decommissioning", "request-handling", "service-level-reporting", "service-analytics",
	}
}

func loadShippedSet(t *testing.T) *blueprints.Set {
	t.Helper()
	set, diags := Dir(os.DirFS(".."), "blueprints")
	if diags.Errors() > 0 {
		t.Fatalf("shipped content does not load:\n%v", diags)
	}
	return set
}

func TestShippedMaturityMatchesSeed(t *testing.T) {
	set := loadShippedSet(t)
	m := set.MaturityModel("customer-facing-service-operation")
	if m == nil || len(set.Maturity) != 1 {
		t.Fatalf("want one model, customer-facing-service-operation; have %d", len(set.Maturity))
	}
	if len(m.Areas) != len(seedAreas()) {
		t.Fatalf("%d areas, want %d", len(m.Areas), len(seedAreas()))
	}
	for i, id := range seedAreas() {
		a := m.Areas[i]
		if a.ID != id || len(a.POMs) != len(seedLevels()) {
			t.Errorf("area %d: %s with %d levels, want %s at every level", i, a.ID, len(a.POMs), id)
		}
	}
	total := 0
	for n, want := range seedLevels() {
		lv := m.Level(n + 1)
		if lv == nil || lv.Name != want.name {
			t.Fatalf("level %d: %+v, want %s", n+1, lv, want.name)
		}
		got := seedLevel{name: lv.Name}
		for _, a := range m.Areas {
			if p := a.POM(n + 1); p != nil {
				got.practices += len(p.Practices)
				got.outcomes += len(p.Outcomes)
				got.metrics += len(p.Metrics)
			}
		}
		if got != want {
			t.Errorf("level %d: %+v, want %+v", n+1, got, want)
		}
		total += got.practices
	}
	if n := len(m.Practices()); n != 61 || total != 61 {
		t.Errorf("%d practices, want 61", n)
	}
}

func TestShippedCurriculumMatchesSeed(t *testing.T) {
	set := loadShippedSet(t)
	c := set.Curriculum("managing-external-it-services")
	if c == nil || len(set.Curricula) != 1 {
		t.Fatalf("want one curriculum, managing-external-it-services; have %d", len(set.Curricula))
	}
	titles := []string{
		"Defining Service Boundaries and Scope", "Contract Design and SLA Engineering",
		"Transition Planning and Knowledge Transfer", "Governance and Performance Oversight",
		"Integration with Internal ITSM Processes", "Security, Compliance, and Risk Management",
		"Cost Management and Value Optimization", "Continuous Improvement and Exit Planning",
	}
	if len(c.Units) != len(titles) {
		t.Fatalf("%d modules, want %d", len(c.Units), len(titles))
	}
	for i, u := range c.Units {
		if u.Title != titles[i] || len(u.Topics) != 6 {
			t.Errorf("module %d: %q with %d topics, want %q with 6", i+1, u.Title, len(u.Topics), titles[i])
		}
	}
	if n := len(c.Topics()); n != 48 {
		t.Errorf("%d topics, want 48", n)
	}
}

// TestShippedLinksBetweenModels checks the links the issue names: the
// decommissioning practices lead to MSP-11b, the upgrade (IMAC) practices
// to MSP-05h, and "mean time to restore service" to a KPI.
func TestShippedLinksBetweenModels(t *testing.T) {
	m := loadShippedSet(t).MaturityModel("customer-facing-service-operation")
	if m == nil {
		t.Fatal("no model")
	}
	for area, module := range map[string]string{"decommissioning": "MSP-11b", "imac-requests": "MSP-05h"} {
		for _, p := range m.Area(area).POMs {
			for _, pr := range p.Practices {
				if !hasRef(pr.Modules, module) && !(area == "imac-requests" && pr.Level == 5) {
					t.Errorf("practice %s does not name %s", pr.ID, module)
				}
			}
		}
	}
	restored := 0
	for _, p := range m.Area("service-restoration").POMs {
		for _, mt := range p.Metrics {
			if mt.Text == "Mean time to restore service." {
				restored++
				if mt.KPI.ID != "mean-time-to-restore-service" {
					t.Errorf("level %d: mean time to restore service has KPI %q", p.Level, mt.KPI.ID)
				}
			}
		}
	}
	if restored != 4 {
		t.Errorf("mean time to restore service is measured at %d levels, want 4", restored)
	}
}

func hasRef(refs []blueprints.Ref, id string) bool {
	for _, r := range refs {
		if r.ID == id {
			return true
		}
	}
	return false
}
