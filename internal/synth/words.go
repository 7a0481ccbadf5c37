package synth

import (
	"math/rand"
	"strings"
)

// roleNames are role titles of every length, so lane headers wrap.
var roleNames = []string{
	"Client Contact", "Client Stakeholders", "Client Key Users", "Account Manager",
	"Activation Project Manager", "Service Desk Analyst", "NOC Engineer",
	"Systems Administrator", "Service Delivery Manager", "Finance", "Third-Party Vendor",
	"Backup Specialist", "Network Engineer", "Security Analyst",
}

var verbs = []string{
	"Confirm", "Schedule", "Review", "Update", "Notify", "Document", "Disable",
	"Archive", "Verify", "Approve", "Prepare", "Send", "Record", "Escalate", "Remove",
	"Decommission", "Reconcile", "Hand over",
}

var objects = []string{
	"the service agreement", "backup retention period", "monitoring agents",
	"credentials", "the final invoice", "the change request", "user accounts",
	"the deactivation checklist", "licences", "firewall rules", "DNS records",
	"the statement of work", "remote access", "the asset register", "ticket queue",
	"configuration baseline", "client sign-off", "the runbook", "café Wi‑Fi portal",
}

var tails = []string{
	"", "", "", "in the PSA", "with the client", "for every site", "before go-live",
	"and record the outcome in the documentation platform", "per the backout plan",
}

var questions = []string{
	"Client approves?", "Backups verified?", "Hosted services move to a third party?",
	"Issues found?", "Within budget?", "Rework needed?", "All agents removed?",
	"Does the client want to keep the historical monitoring data exported?", "OK?",
}

var branchSets = [][]string{
	{"Yes", "No"}, {"Approved", "Rejected"}, {"Pass", "Fail"},
	{"Yes", "No", "Partly"}, {"Now", "Later", "Never"},
}

// label makes a task label of two to a dozen words; a few are long, a few
// carry a rune the default font lacks.
func label(rng *rand.Rand) string {
	parts := []string{verbs[rng.Intn(len(verbs))], objects[rng.Intn(len(objects))]}
	if t := tails[rng.Intn(len(tails))]; t != "" {
		parts = append(parts, t)
	}
	switch rng.Intn(40) {
	case 0:
		parts = append(parts, "(Supercalifragilisticexpialidocious-configuration)")
	case 1:
		parts = append(parts, "✓")
	}
	return strings.Join(parts, " ")
}

func question(rng *rand.Rand) string { return questions[rng.Intn(len(questions))] }
