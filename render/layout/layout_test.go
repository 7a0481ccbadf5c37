package layout

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// mapOf lays out the first sub-process of a synthetic module.
func mapOf(t testing.TB, r *measure.Ruler, seed int64, opt synth.Options) (geom.Page, *blueprints.Subprocess) {
	t.Helper()
	set := synth.Module(seed, opt)
	m := set.Modules[0]
	sp := m.Subprocesses[0]
	return Subprocess(blueprints.NewScope(set, m), m, sp, r, Options{Brand: "Northwind Managed IT"}), sp
}

func TestSubprocessKeepsInvariants(t *testing.T) {
	r := measure.Default()
	sizes := []synth.Options{
		{Tasks: 3, Lanes: 1},
		{Tasks: 12, Lanes: 2},
		{Tasks: 25, Lanes: 4, Decisions: 0.5},
		{Tasks: 40, Lanes: 6, Loops: 0.4, In: 2, Out: 2},
		{Tasks: 80, Lanes: 8, Forks: 0.3},
		{Tasks: 150, Lanes: 10, Decisions: 0.3, Loops: 0.2, In: 3, Out: 3},
		{Tasks: 300, Lanes: 10, Decisions: 0.4, Forks: 0.2, Loops: 0.2, In: 3, Out: 4},
	}
	for _, opt := range sizes {
		for seed := int64(1); seed <= 6; seed++ {
			t.Run(fmt.Sprintf("%d-tasks-%d-lanes-seed-%d", opt.Tasks, opt.Lanes, seed), func(t *testing.T) {
				t.Parallel()
				p, sp := mapOf(t, r, seed, opt)
				for _, pr := range Check(p) {
					t.Error(pr)
				}
				checkCompleteness(t, p, sp)
			})
		}
	}
}

// checkCompleteness checks that every task has a box, every flow an edge,
// every (role, stage) a lane, and that no text is under 7 pt.
func checkCompleteness(t *testing.T, p geom.Page, sp *blueprints.Subprocess) {
	t.Helper()
	if len(p.Boxes) != len(sp.Tasks) {
		t.Errorf("%d boxes for %d tasks", len(p.Boxes), len(sp.Tasks))
	}
	flows, lanes := 0, map[[2]string]bool{}
	for _, task := range sp.Tasks {
		flows += len(task.Next)
		lanes[[2]string{task.Role.ID, string(task.Stage)}] = true
	}
	if len(p.Edges) != flows {
		t.Errorf("%d edges for %d flows", len(p.Edges), flows)
	}
	if len(p.Lanes) != len(lanes) {
		t.Errorf("%d lanes for %d (role, stage) pairs", len(p.Lanes), len(lanes))
	}
	for _, b := range p.Boxes {
		for _, l := range b.Lines {
			if l.Size < minText {
				t.Errorf("text %q of %s is %v pt", l.Text, b.ID, l.Size)
			}
		}
	}
}

func TestSubprocessIsDeterministic(t *testing.T) {
	r := measure.Default()
	a, _ := mapOf(t, r, 9, synth.Options{Tasks: 120, Lanes: 8})
	b, _ := mapOf(t, r, 9, synth.Options{Tasks: 120, Lanes: 8})
	if !reflect.DeepEqual(a, b) {
		t.Error("the same sub-process laid out twice gave different pages")
	}
}

// Lanes follow stage order, then the module's role order; region lines
// lie between the regions present.
func TestLaneOrderAndRegionLines(t *testing.T) {
	r := measure.Default()
	set := synth.Module(3, synth.Options{Tasks: 60, Lanes: 8})
	m := set.Modules[0]
	sc := blueprints.NewScope(set, m)
	p := Subprocess(sc, m, m.Subprocesses[0], r, Options{})
	rank := map[string]int{}
	for i, role := range sc.RoleOrder {
		rank[role.ID] = i
	}
	for i := 1; i < len(p.Lanes); i++ {
		a, b := p.Lanes[i-1], p.Lanes[i]
		sa, sb := stageRank(blueprints.Stage(a.Stage)), stageRank(blueprints.Stage(b.Stage))
		if sa > sb || sa == sb && rank[a.Role] > rank[b.Role] {
			t.Errorf("lane %s/%s comes before %s/%s", a.Role, a.Stage, b.Role, b.Stage)
		}
	}
	var classes []string
	for _, l := range p.Lines {
		classes = append(classes, l.Class)
	}
	want := []string{geom.LineOfInteraction, geom.LineOfVisibility, geom.LineOfInternalInteraction}
	if !reflect.DeepEqual(classes, want) {
		t.Errorf("region lines %v, want %v", classes, want)
	}
}

// Content the validator would reject still lays out: flows to unknown
// tasks, to the task itself and twice are left out; unknown stages, kinds
// and roles get lanes; empty labels show the id.
func TestSubprocessSurvivesBadContent(t *testing.T) {
	task := func(id string, kind blueprints.Kind, role, stage string, next ...string) *blueprints.Task {
		t := &blueprints.Task{ID: id, Kind: kind, Role: blueprints.Ref{ID: role}, Stage: blueprints.Stage(stage)}
		for _, n := range next {
			t.Next = append(t.Next, blueprints.Flow{To: blueprints.Ref{ID: n}})
		}
		return t
	}
	sp := &blueprints.Subprocess{ID: "x", Tasks: []*blueprints.Task{
		task("a", blueprints.KindStart, "r1", "customer", "b", "b", "a", "zz"),
		task("b", "weird", "r2", "nowhere", "c"),
		task("c", blueprints.KindDecision, "", "", "a", "d"),
		task("d", blueprints.KindEnd, "r1", "support"),
		task("d", blueprints.KindTask, "r1", "support", "a"),
		task("e", blueprints.KindConnector, "r1", "backstage"),
	}}
	for _, sc := range []*blueprints.Scope{nil, blueprints.NewScope(&blueprints.Set{}, &blueprints.Module{})} {
		p := Subprocess(sc, nil, sp, measure.Default(), Options{})
		for _, pr := range Check(p) {
			t.Error(pr)
		}
		if len(p.Edges) != 5 {
			t.Errorf("%d edges, want 5 (a->b, b->c, c->a, c->d, d->a)", len(p.Edges))
		}
	}
	for _, sp := range []*blueprints.Subprocess{nil, {ID: "empty"}} {
		p := Subprocess(nil, nil, sp, measure.Default(), Options{})
		for _, pr := range Check(p) {
			t.Error(pr)
		}
	}
}

func TestPlainText(t *testing.T) {
	set := synth.Module(1, synth.Options{Tasks: 5, Lanes: 1})
	sc := blueprints.NewScope(set, set.Modules[0])
	got := plainText("# Heading\n\nThe {role:role-1} uses the {system:psa} and **[the guide](http://x)**; see `code` and {kpi:nope}.\n- item_one", sc)
	want := "Heading The " + sc.Role("role-1").Name + " uses the PSA and the guide; see code and nope. item_one"
	if got != want {
		t.Errorf("plainText = %q\nwant        %q", got, want)
	}
}

// A brand's own font measures differently (here the bold font for all
// text, which is wider); the layout still keeps every invariant.
func TestBrandFontKeepsInvariants(t *testing.T) {
	bold := measure.Default().BoldTTF()
	r, err := measure.New(bold, bold)
	if err != nil {
		t.Fatal(err)
	}
	for seed := int64(1); seed <= 4; seed++ {
		set := synth.Module(seed, synth.Options{Tasks: 60, Lanes: 6, Subprocesses: 3})
		m := set.Modules[0]
		sc := blueprints.NewScope(set, m)
		pages := []geom.Page{Subprocess(sc, m, m.Subprocesses[0], r, Options{TaskSize: 9, Brand: "Contoso"}),
			Overview(sc, m, r, Options{}), Lifecycle(set, set.Series[0], r, Options{})}
		for _, p := range pages {
			for _, pr := range Check(p) {
				t.Errorf("seed %d %s: %v", seed, p.Kind, pr)
			}
		}
	}
}
