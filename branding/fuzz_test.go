package branding

import (
	"slices"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// FuzzVocabulary checks that the vocabulary never panics and never changes
// a reference, whatever the text.
func FuzzVocabulary(f *testing.F) {
	for _, s := range []string{
		"The {role:noc-engineer} closes Tickets.", "``a ` ticket`` ticket", "[t](x) https://t",
		"Ticket Volume - Service Desk", "{doc:ticket}s", "\xff ticket", "",
	} {
		f.Add(s)
	}
	v := newVocabulary([]blueprints.Word{
		{From: "ticket", To: "service request"}, {From: "service desk", To: "help desk"}, {From: "query", To: "inquiry"},
	})
	f.Fuzz(func(t *testing.T, in string) {
		out := v.replace(in)
		if !slices.Equal(refStrings(in), refStrings(out)) {
			t.Errorf("references changed: %q -> %q", in, out)
		}
	})
}

func refStrings(s string) []string {
	var out []string
	for _, r := range blueprints.Refs(s) {
		out = append(out, r.String())
	}
	return out
}
