package blueprints

import "testing"

func TestTitles(t *testing.T) {
	stages := map[Stage]string{StageCustomer: "Customer", StageOnstage: "Onstage", StageBackstage: "Backstage", StageSupport: "Support", "other": "other"}
	for s, want := range stages {
		if got := s.Title(); got != want {
			t.Errorf("Stage(%q).Title() = %q, want %q", s, got, want)
		}
	}
	values := map[ValueClass]string{ValueAdd: "Value-add", BusinessNonValueAdd: "Business non-value-add", NonValueAdd: "Non-value-add", "": ""}
	for v, want := range values {
		if got := v.Title(); got != want {
			t.Errorf("ValueClass(%q).Title() = %q, want %q", v, got, want)
		}
	}
}
