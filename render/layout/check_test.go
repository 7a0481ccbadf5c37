package layout

import (
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// goodPage is a small page that keeps every invariant: two tasks in one
// lane joined by an edge, a decision below in a second lane.
func goodPage() geom.Page {
	text := func(s string, x, y float64) geom.Text {
		return geom.Text{Text: s, X: x, Y: y, Width: 30, Size: 8}
	}
	return geom.Page{
		Width: 400, Height: 300,
		Diagram: geom.Rect{X: 10, Y: 10, W: 380, H: 200},
		Lanes: []geom.Lane{
			{Role: "a", Stage: "onstage", Band: geom.Rect{X: 10, Y: 10, W: 380, H: 100}, Header: geom.Rect{X: 10, Y: 10, W: 60, H: 100},
				Label: []geom.Text{text("Role A", 15, 60)}},
			{Role: "b", Stage: "backstage", Band: geom.Rect{X: 10, Y: 120, W: 380, H: 90}, Header: geom.Rect{X: 10, Y: 120, W: 60, H: 90}},
		},
		Lines: []geom.RegionLine{{Class: geom.LineOfVisibility, X1: 10, X2: 390, Y: 115, Label: text("Line", 12, 113)}},
		Boxes: []geom.Box{
			{ID: "t1", Shape: geom.ShapeTask, Rect: geom.Rect{X: 100, Y: 40, W: 80, H: 40}, Role: "a", Stage: "onstage",
				Lines: []geom.Text{text("one", 110, 62)}},
			{ID: "t2", Shape: geom.ShapeTask, Rect: geom.Rect{X: 250, Y: 40, W: 80, H: 40}, Role: "a", Stage: "onstage"},
			{ID: "d", Shape: geom.ShapeDecision, Rect: geom.Rect{X: 100, Y: 140, W: 100, H: 50}, Role: "b", Stage: "backstage",
				Lines: []geom.Text{text("ok?", 135, 168)}},
		},
		Edges: []geom.Edge{
			{From: "t1", To: "t2", Points: []geom.Point{{X: 180, Y: 60}, {X: 250, Y: 60}}},
			{From: "d", To: "t2", Points: []geom.Point{{X: 200, Y: 165}, {X: 290, Y: 165}, {X: 290, Y: 80}},
				Label: &geom.Text{Text: "Yes", X: 203, Y: 160, Width: 12, Size: 7}},
		},
		TitleBlock: &geom.TitleBlock{Rect: geom.Rect{X: 10, Y: 220, W: 380, H: 30}, Texts: []geom.Text{text("Title", 20, 240)}},
		Legend:     &geom.Legend{Rect: geom.Rect{X: 10, Y: 255, W: 380, H: 30}},
	}
}

func TestCheckAcceptsAGoodPage(t *testing.T) {
	if probs := Check(goodPage()); len(probs) > 0 {
		t.Fatalf("Check(goodPage) = %v, want none", probs)
	}
}

// Each case breaks one invariant of goodPage; Check must name it, and
// the ids involved.
func TestCheckFindsEachBrokenInvariant(t *testing.T) {
	tests := []struct {
		name  string
		kind  ProblemKind
		words []string
		edit  func(p *geom.Page)
	}{
		{"boxes overlap", BoxOverlap, []string{`"t1"`, `"t2"`}, func(p *geom.Page) { p.Boxes[1].Rect.X = 150 }},
		{"edge through a box", EdgeThroughBox, []string{`"t1"`}, func(p *geom.Page) {
			p.Edges[1].Points = []geom.Point{{X: 200, Y: 165}, {X: 210, Y: 165}, {X: 210, Y: 120}, {X: 140, Y: 120}, {X: 140, Y: 60}, {X: 250, Y: 60}}
		}},
		{"edge through a diamond", EdgeThroughBox, []string{`"d"`}, func(p *geom.Page) {
			p.Edges[0].Points = []geom.Point{{X: 180, Y: 60}, {X: 220, Y: 60}, {X: 220, Y: 160}, {X: 150, Y: 160}, {X: 150, Y: 200}}
			p.Edges[0].To = "t1"
		}},
		{"shared segment", SharedSegment, []string{"t1 -> t2", "d -> t2"}, func(p *geom.Page) {
			p.Edges[1].Points = []geom.Point{{X: 200, Y: 165}, {X: 230, Y: 165}, {X: 230, Y: 60}, {X: 250, Y: 60}}
		}},
		{"text outside its box", TextOutside, []string{`"one"`, `"t1"`}, func(p *geom.Page) { p.Boxes[0].Lines[0].X = 170 }},
		{"text outside a diamond", TextOutside, []string{`"ok?"`, `"d"`}, func(p *geom.Page) { p.Boxes[2].Lines[0].X = 108 }},
		{"text outside a lane header", TextOutside, []string{`"Role A"`}, func(p *geom.Page) { p.Lanes[0].Label[0].Y = 200 }},
		{"text outside the title block", TextOutside, []string{`"Title"`}, func(p *geom.Page) { p.TitleBlock.Texts[0].Y = 210 }},
		{"label on a box", LabelOnBox, []string{`"Yes"`, `"d"`}, func(p *geom.Page) { p.Edges[1].Label.X = 185 }},
		{"outside the page", OutsidePage, []string{`"t2"`}, func(p *geom.Page) { p.Width = 320 }},
		{"lane short of the width", LaneProblem, []string{"a/onstage"}, func(p *geom.Page) { p.Lanes[0].Band.W = 300 }},
		{"lanes overlap", LaneProblem, []string{"overlap"}, func(p *geom.Page) { p.Lanes[1].Band.Y = 100 }},
		{"lanes out of stage order", LaneProblem, []string{"below"}, func(p *geom.Page) {
			p.Lanes[0].Stage, p.Lanes[1].Stage = "support", "customer"
			p.Boxes[0].Stage, p.Boxes[1].Stage, p.Boxes[2].Stage = "support", "support", "customer"
		}},
		{"task outside its lane", LaneProblem, []string{`"d"`}, func(p *geom.Page) { p.Boxes[2].Stage = "onstage" }},
		{"slanted segment", BadSegment, []string{"t1 -> t2"}, func(p *geom.Page) { p.Edges[0].Points[1].Y = 70 }},
		{"empty segment", BadSegment, []string{"t1 -> t2"}, func(p *geom.Page) {
			p.Edges[0].Points = []geom.Point{{X: 180, Y: 60}, {X: 180, Y: 60}, {X: 250, Y: 60}}
		}},
		{"edge starts off its box", DetachedEdge, []string{"start", `"t1"`}, func(p *geom.Page) { p.Edges[0].Points[0].X = 185 }},
		{"edge ends off its box", DetachedEdge, []string{"end", `"t2"`}, func(p *geom.Page) { p.Edges[1].Points[2].Y = 85 }},
		{"edge from an unknown box", DetachedEdge, []string{`"nope"`}, func(p *geom.Page) { p.Edges[0].From = "nope" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goodPage()
			tt.edit(&p)
			probs := Check(p)
			i := slices.IndexFunc(probs, func(pr Problem) bool {
				if pr.Kind != tt.kind {
					return false
				}
				for _, w := range tt.words {
					if !strings.Contains(pr.Message, w) {
						return false
					}
				}
				return true
			})
			if i < 0 {
				t.Fatalf("Check = %v, want a %s problem naming %s", probs, tt.kind, strings.Join(tt.words, " and "))
			}
		})
	}
}

// Check reports every problem, not just the first.
func TestCheckReportsEveryProblem(t *testing.T) {
	p := goodPage()
	p.Boxes[1].Rect.X = 150     // overlap
	p.Edges[0].Points[1].Y = 70 // slanted
	p.Lanes[0].Band.W = 300     // short lane
	kinds := map[ProblemKind]bool{}
	for _, pr := range Check(p) {
		kinds[pr.Kind] = true
	}
	for _, k := range []ProblemKind{BoxOverlap, BadSegment, LaneProblem} {
		if !kinds[k] {
			t.Errorf("Check missed %s among %v", k, kinds)
		}
	}
}

func TestPhasesMayHoldBlocks(t *testing.T) {
	p := geom.Page{Width: 200, Height: 200, Diagram: geom.Rect{W: 200, H: 200}, Boxes: []geom.Box{
		{ID: "ph", Shape: geom.ShapePhase, Rect: geom.Rect{X: 10, Y: 10, W: 100, H: 150}},
		{ID: "m", Shape: geom.ShapeBlock, Rect: geom.Rect{X: 20, Y: 40, W: 80, H: 30}},
	}}
	if probs := Check(p); len(probs) > 0 {
		t.Errorf("a phase holding a block: %v", probs)
	}
	p.Boxes[1].Rect.X = 90
	if probs := Check(p); len(probs) == 0 {
		t.Error("a block sticking out of its phase is not reported")
	}
}

func TestCrossingsAndBends(t *testing.T) {
	p := goodPage()
	if c, b := Crossings(p), Bends(p); c != 0 || b != 1 {
		t.Errorf("Crossings, Bends = %d, %d, want 0, 1", c, b)
	}
	p.Edges = append(p.Edges, geom.Edge{From: "x", To: "y", Points: []geom.Point{{X: 240, Y: 30}, {X: 240, Y: 100}, {X: 300, Y: 100}}})
	// It crosses t1 -> t2 going down, then d -> t2 going right.
	if c := Crossings(p); c != 2 {
		t.Errorf("Crossings = %d, want 2", c)
	}
}
