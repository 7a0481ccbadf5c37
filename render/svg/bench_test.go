package svg

import (
	"fmt"
	"io"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// bigPage is a synthetic map of the size of the largest shipped blueprint:
// 210 tasks in 10 lanes, each joined to the next by a three-bend edge.
func bigPage() geom.Page {
	p := processPage()
	p.Boxes, p.Edges = nil, nil
	for i := range 210 {
		r := geom.Rect{X: 150 + float64(i/10)*130, Y: 70 + float64(i%10)*40, W: 110, H: 30}
		b := node(fmt.Sprintf("t%03d", i), geom.ShapeTask, "noc-engineer", "backstage", r, "Check backup", "job status")
		p.Boxes = append(p.Boxes, b)
		if i > 0 {
			prev := p.Boxes[i-1].Rect
			e := geom.Edge{From: p.Boxes[i-1].ID, To: b.ID, Points: pts(prev.Right(), prev.Y+15, prev.Right()+10, prev.Y+15, prev.Right()+10, r.Y+15, r.X, r.Y+15)}
			if i%7 == 0 {
				e.Label = label("yes", prev.Right()+12, r.Y+10)
			}
			p.Edges = append(p.Edges, e)
		}
	}
	return p
}

func BenchmarkRenderProcessMap(b *testing.B) {
	p, th := processPage(), brandTheme()
	for b.Loop() {
		if err := Render(io.Discard, p, th, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRender210Tasks(b *testing.B) {
	p, th := bigPage(), brandTheme()
	for b.Loop() {
		if err := Render(io.Discard, p, th, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
