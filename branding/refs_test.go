package branding

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestExpandRefs(t *testing.T) {
	set := testSet()
	sc := blueprints.NewScope(set, set.Modules[0])
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"The {role:noc-engineer} uses the {system:psa}.", "The NOC Engineer uses the PSA."},
		{"{doc:statement-of-work}, {kpi:ticket-volume}", "Statement of Work, Ticket Volume"},
		{"module-local {role:dispatcher} and {system:phone}", "module-local Ticket Dispatcher and Phone System"},
		{"unknown {role:nobody} {doc:psa} {team:x}", "unknown {role:nobody} {doc:psa} {team:x}"},
		{"{doc:ticket-log}s", "Ticket Logs"},
	}
	for _, tt := range tests {
		if got := ExpandRefs(tt.in, sc); got != tt.want {
			t.Errorf("ExpandRefs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := ExpandRefs("{role:noc-engineer}", nil); got != "{role:noc-engineer}" {
		t.Errorf("nil scope: got %q", got)
	}
}
