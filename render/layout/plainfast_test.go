package layout

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

// plainCases are descriptions whose markup tests the corners of
// plainText's patterns.
var plainCases = []string{
	"",
	"plain words only",
	"The {role:role-1} uses the {system:psa} and **[the guide](http://x)**; see `code` and {kpi:nope}.\n- item_one",
	"# Heading\n\n## Sub\n####### seven\n#nospace\n  - item\n+ plus\n-\n3. three\n12) twelve\n4x no\n> quote\n>no space\n\n\n  \t- deep",
	"_lead and trail_ __both__ snake_case _ a_ _b x__y *a*b**c `d`",
	"_ x", " _x", "_", "a_", "a _", "__", "___", "* _ *",
	"{role:}", "{role:a b}", "{role:a{b}", "{role:a", "{nope:x}", "{{role:r}}", "{doc:d}{kpi:k}{system:s}",
	"![img](a) [t](b) [no link] [x](y [a]b(c) ![](d) [](e) [a](b)(c) !![x](y)",
	"[multi\nline](u\nv) [x](",
	"1.\n2.x\n3.\t\n- \n-\n- x\n",
	"\n\n# a\n\n- b\n  > c\n",
	"héllo _wörld_ **naïve** {role:rôle}",
}

func TestTooltipTextMatchesPlainText(t *testing.T) {
	set := synth.Module(1, synth.Options{Tasks: 5, Lanes: 2})
	sc := blueprints.NewScope(set, set.Modules[0])
	for _, s := range plainCases {
		for _, scope := range []*blueprints.Scope{nil, sc} {
			if got, want := tooltipText(s, scope), plainText(s, scope); got != want {
				t.Errorf("tooltipText(%q) = %q, plainText gives %q", s, got, want)
			}
		}
	}
}

func FuzzTooltipText(f *testing.F) {
	for _, s := range plainCases {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := tooltipText(s, nil), plainText(s, nil); got != want {
			t.Errorf("tooltipText(%q) = %q, plainText gives %q", s, got, want)
		}
	})
}
