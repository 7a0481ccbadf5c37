package blueprints

import (
	"reflect"
	"testing"
)

func TestRefs(t *testing.T) {
	tests := []struct {
		in   string
		want []RefToken
	}{
		{"", nil},
		{"no references {here} {role:} {:x} {role:-x} {role:a b}", nil},
		{"The {role:noc-engineer} uses the {system:psa}.", []RefToken{
			{Kind: "role", ID: "noc-engineer", Offset: 4, Len: 19},
			{Kind: "system", ID: "psa", Offset: 33, Len: 12},
		}},
		{"{doc:change-request}s", []RefToken{{Kind: "doc", ID: "change-request", Offset: 0, Len: 20}}},
		{"{{kpi:x.1_y}}", []RefToken{{Kind: "kpi", ID: "x.1_y", Offset: 1, Len: 11}}},
		{"é {sytem:psa}", []RefToken{{Kind: "sytem", ID: "psa", Offset: 3, Len: 11}}},
		{"{role:{role:a}", []RefToken{{Kind: "role", ID: "a", Offset: 6, Len: 8}}},
	}
	for _, tt := range tests {
		if got := Refs(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Refs(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestRefOffsetsPointAtTokens(t *testing.T) {
	text := "A {role:a}, then {doc:b-c} and {kpi:d}."
	for _, r := range Refs(text) {
		if got := text[r.Offset : r.Offset+r.Len]; got != r.String() {
			t.Errorf("text at %d = %q, want %q", r.Offset, got, r.String())
		}
	}
}

func TestRefAt(t *testing.T) {
	if tok, ok := RefAt("{system:rmm} rest"); !ok || tok != (RefToken{Kind: "system", ID: "rmm", Len: 12}) {
		t.Errorf("RefAt = %+v, %v", tok, ok)
	}
	for _, s := range []string{"", "x{role:a}", "{role:a", "{role a}", "{ro-le:a}"} {
		if _, ok := RefAt(s); ok {
			t.Errorf("RefAt(%q) found a reference", s)
		}
	}
}

func TestRefKnown(t *testing.T) {
	for _, k := range RefKinds() {
		if !(RefToken{Kind: k}).Known() {
			t.Errorf("kind %q not known", k)
		}
	}
	if (RefToken{Kind: "Role"}).Known() || (RefToken{Kind: "sytem"}).Known() {
		t.Error("unknown kind reported as known")
	}
}

func TestMapRefs(t *testing.T) {
	got := MapRefs("a {role:x} b {doc:y} c", func(r RefToken) (string, bool) {
		return "<" + r.ID + ">", r.Kind == RefRole
	})
	if want := "a <x> b {doc:y} c"; got != want {
		t.Errorf("MapRefs = %q, want %q", got, want)
	}
}
