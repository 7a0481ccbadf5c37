package layout

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

func TestOverview(t *testing.T) {
	set := synth.Module(5, synth.Options{Tasks: 20, Lanes: 4, Subprocesses: 7, Out: 2, In: 1})
	m := set.Modules[0]
	p := Overview(blueprints.NewScope(set, m), m, measure.Default(), Options{})
	for _, pr := range Check(p) {
		t.Error(pr)
	}
	if p.Kind != geom.KindOverview || p.Module != m.ID {
		t.Errorf("kind %q module %q", p.Kind, p.Module)
	}
	shapes := map[string]int{}
	for _, b := range p.Boxes {
		shapes[b.Shape]++
		if b.Shape == geom.ShapeBlock && b.Link != b.ID {
			t.Errorf("block %s links to %q, want its sub-process", b.ID, b.Link)
		}
	}
	if shapes[geom.ShapeBlock] != 7 || shapes[geom.ShapeCondition] != 1+len(m.Exits) {
		t.Errorf("shapes %v, want 7 blocks and %d conditions", shapes, 1+len(m.Exits))
	}
	from := map[string]bool{}
	for _, e := range p.Edges {
		from[e.From+">"+e.To] = true
	}
	for _, want := range []string{"entry>syn.01", "syn.01>syn.02", "syn.06>syn.07", "syn.07>exit-succeeded"} {
		if !from[want] {
			t.Errorf("no edge %s among %v", want, from)
		}
	}
}

func TestOverviewOfEmptyModules(t *testing.T) {
	for _, m := range []*blueprints.Module{nil, {ID: "M"}, {ID: "M", Exits: []*blueprints.Exit{{ID: "a"}, {ID: "b"}, {ID: "c"}}}} {
		p := Overview(nil, m, measure.Default(), Options{})
		for _, pr := range Check(p) {
			t.Error(pr)
		}
	}
}

func TestLifecycle(t *testing.T) {
	set := synth.Module(1, synth.Options{})
	s := set.Series[0]
	s.Phases = append(s.Phases, &blueprints.Phase{ID: "empty", Title: "Nothing yet"}, &blueprints.Phase{ID: "big", Title: "Many"})
	for i := range 30 {
		s.Phases[2].Modules = append(s.Phases[2].Modules, &blueprints.PhaseModule{
			Module: blueprints.Ref{ID: "P" + string(rune('A'+i%26)) + string(rune('a'+i/26))}, Title: "A planned module with a long title", Planned: true})
	}
	p := Lifecycle(set, s, measure.Default(), Options{})
	for _, pr := range Check(p) {
		t.Error(pr)
	}
	var planned, authored int
	for _, b := range p.Boxes {
		switch {
		case b.Shape == geom.ShapeBlock && b.Planned:
			planned++
		case b.Shape == geom.ShapeBlock:
			authored++
		}
	}
	if authored != 1 || planned != 31 {
		t.Errorf("%d authored and %d planned blocks, want 1 and 31", authored, planned)
	}
	if len(p.Edges) != 2 {
		t.Errorf("%d edges between 3 phases, want 2", len(p.Edges))
	}
	if p.Width/p.Height > 3 || p.Height/p.Width > 1.5 {
		t.Errorf("life cycle is %.0f x %.0f; want about a landscape page", p.Width, p.Height)
	}
	for _, pr := range Check(Lifecycle(set, nil, measure.Default(), Options{})) {
		t.Error(pr)
	}
}
