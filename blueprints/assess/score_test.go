package assess

import (
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// testModel has three levels and two areas. Area "a" has one practice per
// level, with two at level 2; area "b" has no practices at level 2, so
// that level passes through for it.
func testModel() *blueprints.MaturityModel {
	pom := func(level int, ids ...string) *blueprints.POM {
		p := &blueprints.POM{Level: level}
		for _, id := range ids {
			p.Practices = append(p.Practices, &blueprints.Practice{ID: id, Level: level})
		}
		return p
	}
	return &blueprints.MaturityModel{
		ID:     "m",
		Levels: []*blueprints.MaturityLevel{{Number: 1, Name: "Initial"}, {Number: 2, Name: "Basic"}, {Number: 3, Name: "Intermediate"}},
		Areas: []*blueprints.CapabilityArea{
			{ID: "a", POMs: []*blueprints.POM{pom(1, "a1"), pom(2, "a2x", "a2y"), pom(3, "a3")}},
			{ID: "b", POMs: []*blueprints.POM{pom(1, "b1"), pom(3, "b3")}},
		},
	}
}

func TestScore(t *testing.T) {
	tests := []struct {
		name    string
		inPlace string // practice ids, space-separated
		levels  [2]int // areas a and b
		overall int
		next    string // Result.Next ids
		ahead   string // area a's Ahead ids
	}{
		{"nothing in place", "", [2]int{0, 0}, 0, "a1 b1", ""},
		{"level 1 everywhere; b passes level 2", "a1 b1", [2]int{1, 2}, 1, "a2x a2y", ""},
		{"part of a level does not count", "a1 a2x b1", [2]int{1, 2}, 1, "a2y", ""},
		{"a level-3 practice with a level-1 gap does not count", "a3 b1", [2]int{0, 2}, 0, "a1", "a3"},
		{"a gap at level 2 holds level 3 back", "a1 a2x a3 b1 b3", [2]int{1, 3}, 1, "a2y", "a3"},
		{"a level without practices passes through", "a1 b1 b3", [2]int{1, 3}, 1, "a2x a2y", ""},
		{"the lowest area sets the overall level", "a1 a2x a2y a3 b1", [2]int{3, 2}, 2, "b3", ""},
		{"everything in place", "a1 a2x a2y a3 b1 b3", [2]int{3, 3}, 3, "", ""},
		{"unknown ids are ignored", "zz a1", [2]int{1, 0}, 0, "b1", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Fields(tt.inPlace)
			r := Score(testModel(), func(id string) bool { return slices.Contains(in, id) })
			got := [2]int{r.Areas[0].Level, r.Areas[1].Level}
			if got != tt.levels || r.Level != tt.overall {
				t.Errorf("levels %v overall %d, want %v overall %d", got, r.Level, tt.levels, tt.overall)
			}
			if g := ids(r.Next); g != tt.next {
				t.Errorf("next %q, want %q", g, tt.next)
			}
			if g := ids(r.Areas[0].Ahead); g != tt.ahead {
				t.Errorf("ahead %q, want %q", g, tt.ahead)
			}
		})
	}
}

func TestScoreCells(t *testing.T) {
	r := Score(testModel(), InPlace(&blueprints.Assessment{InPlace: []blueprints.Ref{{ID: "a1"}, {ID: "a2x"}, {ID: "b1"}}}))
	a := r.Areas[0].Cells
	if len(a) != 3 || a[1].Done != 1 || a[1].Total != 2 || !a[0].Reached || a[1].Reached || a[1].Complete() {
		t.Errorf("area a cells: %+v", a)
	}
	b := r.Areas[1].Cells
	if b[1].Total != 0 || !b[1].Complete() || !b[1].Reached || b[2].Reached {
		t.Errorf("area b cells: %+v", b)
	}
	if r.InPlace != 3 || r.Total != 6 {
		t.Errorf("counts %d of %d, want 3 of 6", r.InPlace, r.Total)
	}
}

func TestScoreWithoutAnswers(t *testing.T) {
	r := Score(testModel(), nil)
	if r.Level != 0 || r.InPlace != 0 || ids(r.Next) != "a1 b1" {
		t.Errorf("got level %d, %d in place, next %q", r.Level, r.InPlace, ids(r.Next))
	}
	if InPlace(nil)("a1") {
		t.Error("a nil assessment has a practice in place")
	}
	empty := Score(&blueprints.MaturityModel{}, nil)
	if empty.Level != 0 || len(empty.Areas) != 0 {
		t.Errorf("empty model: %+v", empty)
	}
}

func ids(ps []*blueprints.Practice) string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return strings.Join(out, " ")
}
