package build

import (
	"bytes"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// edit is a change to a build's input and the jobs whose fingerprint it
// must change; every other job's must stay.
type edit struct {
	name    string
	change  func(in *Input)
	changed func(in Input) []string
}

// modulesGroups lists the group of every module, for edits that reach all.
func moduleGroups(in Input) []string {
	var gs []string
	for _, m := range in.Set.Modules {
		gs = append(gs, "module/"+m.ID)
	}
	return gs
}

func allGroups(in Input) []string {
	var gs []string
	for _, j := range Jobs(in) {
		gs = append(gs, j.Group)
	}
	return gs
}

func groups(gs ...string) func(Input) []string { return func(Input) []string { return gs } }

func edits() []edit {
	return []edit{
		{"task label", func(in *Input) { in.Set.Modules[1].Subprocesses[0].Tasks[1].Label += " now" }, groups("module/MSP-05h")},
		{"task description", func(in *Input) { in.Set.Modules[2].Subprocesses[1].Tasks[0].Description.Text += " More." }, groups("module/MSP-11b")},
		{"module title", func(in *Input) { in.Set.Modules[0].Title = "Closeout" }, groups("module/MSP-01g", "series/msp")},
		{"module summary", func(in *Input) { in.Set.Modules[2].Summary += " Soon." }, groups("module/MSP-11b", "series/msp")},
		{"catalogue role name", func(in *Input) { in.Set.Catalogues[0].Roles[0].Name += " Lead" }, moduleGroups},
		{"phase title", func(in *Input) { in.Set.Series[0].Phases[0].Title = "Start" }, func(in Input) []string {
			return append(moduleGroups(in), "series/msp")
		}},
		{"planned module title", func(in *Input) { plannedModule(in, "MSP-11a").Title += " Review" }, func(in Input) []string {
			return append(moduleGroups(in), "series/msp")
		}},
		{"guide", func(in *Input) { in.Set.Guides[0].Body.Text += "\nMore." }, groups()},
		{"position only", func(in *Input) { in.Set.Modules[0].Pos.Line++ }, groups("module/MSP-01g")},
		{"brand colour", func(in *Input) { in.Theme.Colors["primary"] = "#000000" }, allGroups},
		{"fonts", func(in *Input) { in.Ruler = nil }, allGroups},
		{"date", func(in *Input) { in.Date = time.Unix(1700000000, 0) }, allGroups},
		{"tool", func(in *Input) { in.Tool = "blueprint v2" }, allGroups},
	}
}

// plannedModule finds a module the series lists as planned.
func plannedModule(in *Input, id string) *blueprints.PhaseModule {
	for _, ph := range in.Set.Series[0].Phases {
		for _, pm := range ph.Modules {
			if pm.Module.ID == id && pm.Planned {
				return pm
			}
		}
	}
	panic("no planned module " + id)
}

// fingerprints lists the fingerprint of every job and kind of in.
func fingerprints(t *testing.T, in Input) map[groupKind]Sum {
	t.Helper()
	sums, err := NewSums(in)
	if err != nil {
		t.Fatal(err)
	}
	out := map[groupKind]Sum{}
	for _, j := range Jobs(in) {
		for _, k := range j.Kinds {
			out[groupKind{j.Group, k}] = sums.For(k, j.Inputs...)
		}
	}
	return out
}

// changedGroups lists the groups whose fingerprint of some kind differs.
func changedGroups(a, b map[groupKind]Sum) []string {
	var gs []string
	for k, s := range a {
		if b[k] != s && !slices.Contains(gs, k.group) {
			gs = append(gs, k.group)
		}
	}
	sort.Strings(gs)
	return gs
}

// TestFingerprintsArePrecise checks that each edit changes the
// fingerprints of exactly the jobs whose files show what it changed.
func TestFingerprintsArePrecise(t *testing.T) {
	base := fingerprints(t, shippedInput(t, "northwind"))
	for _, e := range edits() {
		t.Run(e.name, func(t *testing.T) {
			in := shippedInput(t, "northwind")
			e.change(&in)
			// Jobs that read the whole set change with any edit; they
			// are precise by construction and left out here.
			want := slices.DeleteFunc(e.changed(in), readsWholeSet)
			sort.Strings(want)
			got := slices.DeleteFunc(changedGroups(base, fingerprints(t, in)), readsWholeSet)
			if !slices.Equal(got, want) {
				t.Errorf("changed %v, want %v", got, want)
			}
		})
	}
}

// TestFingerprintsAreSound makes every job's files before and after each
// edit: a job whose fingerprint did not change must make the same bytes,
// or Update would leave a stale file. It is the check that each job
// declares every part it reads.
func TestFingerprintsAreSound(t *testing.T) {
	if testing.Short() {
		t.Skip("makes every file a dozen times")
	}
	kinds := []string{"svg", "html", "csv"}
	baseIn := shippedInput(t, "northwind")
	baseIn.Formats = kinds
	base, baseSums := jobFiles(t, baseIn), fingerprints(t, baseIn)
	for _, e := range edits() {
		in := shippedInput(t, "northwind")
		in.Formats = kinds
		e.change(&in)
		sums := fingerprints(t, in)
		for k, files := range jobFiles(t, in) {
			if sums[k] == baseSums[k] && !sameFiles(files, base[k]) {
				t.Errorf("%s: %s %s makes other bytes under the same fingerprint", e.name, k.group, k.kind)
			}
		}
	}
}

// jobFiles makes every job's files, by group and kind.
func jobFiles(t *testing.T, in Input) map[groupKind][]File {
	t.Helper()
	out := map[groupKind][]File{}
	for _, j := range Jobs(in) {
		files, err := j.Make(j.Kinds)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			k := groupKind{j.Group, f.Kind}
			out[k] = append(out[k], f)
		}
	}
	return out
}

func sameFiles(a, b []File) bool {
	return slices.EqualFunc(a, b, func(x, y File) bool { return x.Path == y.Path && bytes.Equal(x.Data, y.Data) })
}

func TestCanonicalEncoding(t *testing.T) {
	sum := func(v any) Sum {
		c := newCanon()
		if err := c.value(reflect.ValueOf(v), 0); err != nil {
			t.Fatal(err)
		}
		return c.sum()
	}
	type pair struct{ A, B string }
	distinct := []any{
		[]string{"ab"}, []string{"a", "b"}, []string{"a", ""}, "ab", pair{"a", "b"}, pair{"ab", ""},
		[]byte("ab"), map[string]string{"a": "b"}, map[string]string{"ab": ""}, (*pair)(nil), &pair{},
		0, 1, false, true, 0.5, uint(1),
	}
	seen := map[Sum]int{}
	for i, v := range distinct {
		s := sum(v)
		if j, ok := seen[s]; ok {
			t.Errorf("%#v and %#v encode alike", distinct[j], v)
		}
		seen[s] = i
	}
	big := map[string]int{}
	for i := range 100 {
		big[string(rune('a'+i%26))+string(rune('a'+i/26))] = i
	}
	if a, b := sum(big), sum(big); a != b {
		t.Error("a map encodes differently twice")
	}
	c := newCanon()
	if err := c.value(reflect.ValueOf(map[int]string{1: "x"}), 0); err == nil {
		t.Error("a map with int keys must be refused, not hashed loosely")
	}
	if err := c.value(reflect.ValueOf(func() {}), 0); err == nil {
		t.Error("a func must be refused")
	}
}

func TestSumsWith(t *testing.T) {
	in := shippedInput(t, "default")
	s, err := NewSums(in)
	if err != nil {
		t.Fatal(err)
	}
	a := s.With("templates", []byte("v1"))
	b := s.With("templates", []byte("v2"))
	if a.For("html", "templates") == b.For("html", "templates") {
		t.Error("an extra part does not reach the fingerprint")
	}
	if s.For("html", "templates") == a.For("html", "templates") {
		t.Error("an absent part hashes like a present one")
	}
	if s.For("svg", PartTool, PartBrand) != s.For("svg", PartBrand, PartTool, PartTool) {
		t.Error("the order or repetition of parts changes the fingerprint")
	}
	if s.For("svg", PartTool) == s.For("pdf", PartTool) {
		t.Error("the kind does not reach the fingerprint")
	}
	whole := s.For("html", PartSet)
	if whole != a.For("html", PartSet) {
		t.Error("With changed the whole set's fingerprint")
	}
	in.Set.Guides[0].Title += "!"
	edited, err := NewSums(in)
	if err != nil {
		t.Fatal(err)
	}
	if edited.For("html", PartSet) == whole || edited.For("html", PartGuides) == s.For("html", PartGuides) {
		t.Error("a guide's title does not reach PartSet and PartGuides")
	}
}

// readsWholeSet reports whether the job of group declares PartSet.
func readsWholeSet(group string) bool {
	return group == siteGroup || strings.HasPrefix(group, "maturity/") || strings.HasPrefix(group, "curriculum/")
}
