package branding

import "github.com/blueprint-tools/blueprint/blueprints"

// testSet builds a small set in code, touching every text field Apply
// personalizes. Each call returns a fresh set, so tests can compare an
// input after Apply with an untouched twin.
func testSet() *blueprints.Set {
	return &blueprints.Set{
		Series: []*blueprints.Series{{
			ID: "msp", Title: "Managed Services", Summary: "Every ticket counts.",
			Description: blueprints.Prose{Text: "Tickets and more tickets."},
			Tiers:       []string{"essentials", "premium"},
			Phases: []*blueprints.Phase{{
				ID: "support", Title: "Ticket handling", Summary: "Closing tickets.",
				Modules: []*blueprints.PhaseModule{
					{Module: blueprints.Ref{ID: "MSP-02"}, Title: "Ticket Triage", Planned: true},
				},
			}},
		}},
		Catalogues: []*blueprints.Catalogue{{
			Series:  blueprints.Ref{ID: "msp"},
			Entries: catalogueEntries(),
		}},
		Modules: []*blueprints.Module{testModule()},
		Guides: []*blueprints.Guide{{
			ID: "how-to-read", Title: "How to read a ticket",
			Body: blueprints.Prose{Text: "# Tickets\n\nThe {role:service-desk-analyst} opens a ticket."},
		}},
	}
}

func catalogueEntries() blueprints.Entries {
	return blueprints.Entries{
		Roles: []*blueprints.Role{
			{ID: "noc-engineer", Name: "NOC Engineer", Description: blueprints.Prose{Text: "Works tickets in the {system:psa}."},
				Stages: []blueprints.Stage{blueprints.StageBackstage}},
			{ID: "service-desk-analyst", Name: "Ticket Analyst", Description: blueprints.Prose{Text: "Logs tickets."}},
		},
		Systems: []*blueprints.System{
			{ID: "psa", Name: "PSA", Category: "Ticket system", Description: blueprints.Prose{Text: "Tickets, projects."}},
			{ID: "rmm", Name: "RMM", Category: "RMM", Description: blueprints.Prose{Text: "Raises tickets from alerts."}},
		},
		Documents: []*blueprints.Document{
			{ID: "statement-of-work", Name: "Statement of Work", Description: blueprints.Prose{Text: "Scope."}},
			{ID: "ticket-log", Name: "Ticket Log", Description: blueprints.Prose{Text: "Every ticket."}},
		},
		KPIs: []*blueprints.KPI{{
			ID: "ticket-volume", Name: "Ticket Volume", Definition: blueprints.Prose{Text: "Tickets per month."},
			Formula: "tickets / months", Unit: "count", Target: "< 100 tickets", Direction: blueprints.LowerIsBetter,
		}},
	}
}

func testModule() *blueprints.Module {
	return &blueprints.Module{
		ID: "MSP-01", Series: blueprints.Ref{ID: "msp"},
		Title: "Ticket Intake", Summary: "From call to ticket.",
		Description: blueprints.Prose{Text: "The {role:noc-engineer} closes each ticket in the {system:psa}."},
		Benefits:    []string{"Fewer lost tickets"}, Objectives: []string{"Log every ticket"},
		Entry: []string{"A ticket is open"},
		Exits: []*blueprints.Exit{{ID: "resolved", Label: "Ticket resolved", Conditions: []string{"The ticket is closed"}}},
		KPIs:  []blueprints.Ref{{ID: "ticket-volume"}}, Related: []blueprints.Ref{{ID: "MSP-02"}},
		Roles: []blueprints.Ref{{ID: "noc-engineer"}},
		Own: blueprints.Entries{
			Roles:     []*blueprints.Role{{ID: "dispatcher", Name: "Ticket Dispatcher", Description: blueprints.Prose{Text: "Routes tickets."}}},
			Systems:   []*blueprints.System{{ID: "phone", Name: "Phone System", Category: "Ticket intake"}},
			Documents: []*blueprints.Document{{ID: "intake-form", Name: "Intake Form"}},
		},
		Subprocesses: []*blueprints.Subprocess{{
			ID: "01.01", Title: "Ticket logging", Description: blueprints.Prose{Text: "Log the ticket."},
			Tasks: []*blueprints.Task{
				{ID: "01.01.01", Kind: blueprints.KindDecision, Label: "Ticket valid?",
					Description: blueprints.Prose{Text: "Check the {doc:ticket-log}."},
					Role:        blueprints.Ref{ID: "dispatcher"}, Stage: blueprints.StageBackstage,
					Systems: []blueprints.Ref{{ID: "psa"}}, Reads: []blueprints.Ref{{ID: "ticket-log"}},
					Produces: []blueprints.Ref{{ID: "intake-form"}}, Tiers: []blueprints.Ref{{ID: "premium"}},
					Next: []blueprints.Flow{{To: blueprints.Ref{ID: "01.01.02"}, Label: "Ticket ok", Branch: true}}},
				{ID: "01.01.02", Kind: blueprints.KindEnd, Label: "Ticket logged", Role: blueprints.Ref{ID: "noc-engineer"}},
			},
		}},
	}
}

// testBrand renames catalogue and module-local entries and has a
// vocabulary, listed shortest first to show that order does not matter.
func testBrand() *blueprints.Brand {
	return &blueprints.Brand{
		ID: "acme", Name: "Acme IT",
		Roles: map[string]blueprints.Rename{
			"noc-engineer": {Name: "Network Operations Technician"},
			"dispatcher":   {Name: "Ticket Coordinator"},
		},
		Systems:   map[string]blueprints.Rename{"psa": {Name: "ConnectWise Manage"}, "phone": {Name: "RingCentral"}},
		Documents: map[string]blueprints.Rename{"statement-of-work": {Name: "Scope of Services"}},
		Vocabulary: []blueprints.Word{
			{From: "ticket", To: "service request"},
			{From: "ticket log", To: "request register"},
		},
	}
}
