package suggest

import "testing"

func TestClosest(t *testing.T) {
	roles := []string{"client-contact", "noc-engineer", "account-manager", "service-desk", "start"}
	tests := []struct{ name, want string }{
		{"noc", "noc-engineer"},
		{"noc-enginer", "noc-engineer"},
		{"strat", "start"},
		{"acount-manager", "account-manager"},
		{"Service-Desk", "service-desk"},
		{"billing", ""},
		{"x", ""},
		{"noc-engineer", ""}, // an exact match is not a suggestion
	}
	for _, tt := range tests {
		if got := Closest(tt.name, roles); got != tt.want {
			t.Errorf("Closest(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestHint(t *testing.T) {
	if got := Hint("rmmm", []string{"psa", "rmm"}); got != ` (did you mean "rmm"?)` {
		t.Errorf("Hint = %q", got)
	}
	if got := Hint("zzz", []string{"psa", "rmm"}); got != "" {
		t.Errorf("Hint = %q, want empty", got)
	}
}
