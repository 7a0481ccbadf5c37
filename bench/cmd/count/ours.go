package main

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/blueprint-tools/blueprint/bench/internal/metric"
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// ours loads, validates and lays out every sub-process of the folder, and
// counts all their pages together. The content is not personalized: the
// synthetic roles are not in any brand's rename tables, so a brand would
// change nothing the counts see.
func ours(dir string) (column, error) {
	set, diags := load.Dir(os.DirFS(dir), filepath.ToSlash(dir))
	if diags.Errors() == 0 {
		diags = append(diags, validate.Set(set)...)
	}
	if diags.Errors() > 0 {
		return column{}, fmt.Errorf("content is invalid:\n%v", diags)
	}
	c := column{name: "ours", extra: map[string]int{}}
	var all metric.Drawing
	for _, m := range set.Modules {
		sc := blueprints.NewScope(set, m)
		for _, sp := range m.Subprocesses {
			p := layout.Subprocess(sc, m, sp, measure.Default(), layout.Options{})
			addPage(&all, p)
			c.extra["layout.Crossings"] += layout.Crossings(p)
			c.extra["layout.Bends"] += layout.Bends(p)
			c.extra["layout.Check problems"] += len(layout.Check(p))
			c.extra["pages"]++
		}
	}
	c.r = metric.Count(all)
	return c, nil
}

// addPage adds a page's boxes and edges. Pages do not share coordinates,
// so boxes and edges of different pages must not meet: each page is
// shifted below the previous one.
func addPage(d *metric.Drawing, p geom.Page) {
	dy := 0.0
	for _, b := range d.Boxes {
		dy = max(dy, b.CY+b.HH)
	}
	if len(d.Boxes) > 0 {
		dy += 1000
	}
	for _, b := range p.Boxes {
		r := b.Rect
		shape := metric.Rect
		if b.Shape == geom.ShapeDecision {
			shape = metric.Diamond
		}
		d.Boxes = append(d.Boxes, metric.Box{ID: p.ID + "#" + b.ID, Shape: shape, CX: r.X + r.W/2, CY: r.Y + r.H/2 + dy, HW: r.W / 2, HH: r.H / 2})
	}
	for _, e := range p.Edges {
		ps := make([]metric.Point, len(e.Points))
		for i, q := range e.Points {
			ps[i] = metric.Point{X: q.X, Y: q.Y + dy}
		}
		d.Edges = append(d.Edges, metric.Edge{From: p.ID + "#" + e.From, To: p.ID + "#" + e.To, Path: ps})
	}
}
