package branding

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestVocabularyReplace(t *testing.T) {
	words := []blueprints.Word{
		{From: "ticket", To: "service request"},
		{From: "service desk", To: "help desk"},
		{From: "service desk manager", To: "support lead"},
		{From: "documentation platform", To: "IT Glue"},
		{From: "query", To: "inquiry"},
		{From: "inbox", To: "queue"},
		{From: "request", To: "ask"},
		{From: "contact", To: "point of contact"},
	}
	tests := []struct{ name, in, want string }{
		{"lower", "open a ticket", "open a service request"},
		{"capital first letter", "Ticket opened", "Service request opened"},
		{"all caps keeps only the first capital", "TICKET", "Service request"},
		{"plural", "two tickets", "two service requests"},
		{"capital plural", "Tickets first", "Service requests first"},
		{"plural es", "shared inboxes", "shared queues"},
		{"plural ies", "open queries", "open inquiries"},
		{"prefix of a word", "ticketing tool", "ticketing tool"},
		{"suffix of a word", "eticket", "eticket"},
		{"punctuation is a boundary", "(ticket), ticket. ticket's", "(service request), service request. service request's"},
		{"hyphen is a boundary", "ticket-based", "service request-based"},
		{"digits are word runes", "ticket2", "ticket2"},
		{"replacement is not replaced again", "ticket", "service request"},
		{"longest phrase first", "the service desk manager", "the support lead"},
		{"shorter phrase", "the Service Desk team", "the Help Desk team"},
		{"title case after", "Ticket Volume", "Service Request Volume"},
		{"title case before", "Client Ticket", "Client Service Request"},
		{"title case across a dash", "Client Satisfaction - Ticket", "Client Satisfaction - Service Request"},
		{"sentence start", "Tickets go to the PSA", "Service requests go to the PSA"},
		{"capital word before a stop", "Open the PSA. Ticket numbers", "Open the PSA. Service request numbers"},
		{"small words stay lower", "Contact Owner", "Point of Contact Owner"},
		{"proper name in a title", "Documentation Platform Admin", "IT Glue Admin"},
		{"phrase across a line break", "the service\n  desk", "the help desk"},
		{"proper name kept", "the documentation platform", "the IT Glue"},
		{"role reference", "the {role:ticket} and {doc:ticket-log}", "the {role:ticket} and {doc:ticket-log}"},
		{"reference then word", "{doc:ticket}s and tickets", "{doc:ticket}s and service requests"},
		{"braces that are no reference", "{ticket}", "{service request}"},
		{"code span", "run `ticket list` for tickets", "run `ticket list` for service requests"},
		{"double code span", "``a ` ticket`` ticket", "``a ` ticket`` service request"},
		{"unclosed backtick", "a ` ticket", "a ` service request"},
		{"link target", "see [tickets](tickets.html#ticket)", "see [service requests](tickets.html#ticket)"},
		{"URL", "at https://example.com/ticket now", "at https://example.com/ticket now"},
		{"unicode neighbours", "éticket ticketé ticket", "éticket ticketé service request"},
		{"empty", "", ""},
	}
	v := newVocabulary(words)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := v.replace(tt.in); got != tt.want {
				t.Errorf("replace(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestVocabularyOrderIsDeterministic(t *testing.T) {
	a := []blueprints.Word{{From: "desk", To: "A"}, {From: "service desk", To: "B"}, {From: "service", To: "C"}}
	b := []blueprints.Word{a[2], a[1], a[0]}
	in := "service desk, desk, service"
	want := "B, A, C"
	for _, words := range [][]blueprints.Word{a, b} {
		if got := newVocabulary(words).replace(in); got != want {
			t.Errorf("replace with %v = %q, want %q", words, got, want)
		}
	}
}

func TestVocabularyExplicitPluralWins(t *testing.T) {
	v := newVocabulary([]blueprints.Word{
		{From: "point of contact", To: "contact person"},
		{From: "points of contact", To: "contact people"},
	})
	if got, want := v.replace("Points of contact and a point of contact"), "Contact people and a contact person"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestVocabularyEmptyFromIgnored(t *testing.T) {
	v := newVocabulary([]blueprints.Word{{From: "  ", To: "x"}})
	if got := v.replace("a b"); got != "a b" {
		t.Errorf("got %q", got)
	}
}

func TestPlural(t *testing.T) {
	for in, want := range map[string]string{
		"ticket": "tickets", "service request": "service requests", "box": "boxes",
		"batch": "batches", "bus": "buses", "query": "queries", "day": "days", "": "",
	} {
		if got := plural(in); got != want {
			t.Errorf("plural(%q) = %q, want %q", in, got, want)
		}
	}
}
