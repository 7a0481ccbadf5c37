package drawio

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// textAt is a line starting at x with baseline y; its width is a fair
// guess (half an em a character), which is all these tests need.
func textAt(s string, x, y, size float64, class string) geom.Text {
	return geom.Text{Text: s, X: x, Y: y, Width: float64(len(s)) * size / 2, Size: size, Class: class}
}

// centred stacks lines in the middle of r.
func centred(r geom.Rect, size float64, class string, lines ...string) []geom.Text {
	lh := size * 1.2
	top := r.Y + r.H/2 - float64(len(lines))*lh/2
	out := make([]geom.Text, 0, len(lines))
	for i, s := range lines {
		w := float64(len(s)) * size / 2
		out = append(out, textAt(s, r.X+r.W/2-w/2, top+float64(i)*lh+0.8*size, size, class))
	}
	return out
}

// node is a task-like box with its lines centred, as layout centres them:
// a connector's clear of its point.
func node(id, shape, role, stage string, r geom.Rect, lines ...string) geom.Box {
	b := geom.Box{ID: id, Shape: shape, Rect: r, Role: role, Stage: stage,
		Lines: centred(r, 8, "task", lines...), Tooltip: role + " (" + stage + ")"}
	if shape == geom.ShapeConnector {
		for i := range b.Lines {
			b.Lines[i].X -= r.ConnectorTip() / 2
		}
	}
	return b
}

func pts(xy ...float64) []geom.Point {
	out := make([]geom.Point, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		out = append(out, geom.Point{X: xy[i], Y: xy[i+1]})
	}
	return out
}

func lane(i int, role, stage, label string) geom.Lane {
	y := 66 + float64(i)*80
	header := geom.Rect{X: 20, Y: y, W: 110, H: 80}
	return geom.Lane{Role: role, Stage: stage, Band: geom.Rect{X: 20, Y: y, W: 920, H: 80},
		Header: header, Label: centred(header, 8, "lane", label)}
}

// processPage is a hand-built process map with every task shape, four
// lanes, two region lines, labelled edges, a title block and a legend.
func processPage() geom.Page {
	line := func(class, text string, y float64) geom.RegionLine {
		return geom.RegionLine{Class: class, X1: 20, X2: 940, Y: y, Label: textAt(text, 23, y-3, 7, "line-label")}
	}
	conn := node("11b.03.06", geom.ShapeConnector, "noc-engineer", "backstage", geom.Rect{X: 560, Y: 244, W: 110, H: 44}, "To 11b.04")
	conn.Link = "11b.04"
	return geom.Page{
		Kind: geom.KindSubprocess, ID: "MSP-11b/11b.03/1", Title: "11b.03 Systems Management Deactivation",
		Module: "MSP-11b", Subprocess: "11b.03", Number: 1, Of: 1, Width: 960, Height: 560,
		Lanes: []geom.Lane{
			lane(0, "client", "customer", "Client"), lane(1, "service-desk", "onstage", "Service Desk"),
			lane(2, "noc-engineer", "backstage", "NOC Engineer"), lane(3, "psa", "support", "PSA"),
		},
		Lines: []geom.RegionLine{
			line(geom.LineOfInteraction, "Line of interaction", 146),
			line(geom.LineOfVisibility, "Line of visibility", 226),
		},
		Boxes: []geom.Box{
			node("11b.03.start", geom.ShapeStart, "client", "customer", geom.Rect{X: 150, Y: 91, W: 80, H: 30}, "Request"),
			node("11b.03.01", geom.ShapeTask, "client", "customer", geom.Rect{X: 270, Y: 84, W: 110, H: 44}, "Submit deactivation", "request"),
			node("11b.03.02", geom.ShapeTask, "service-desk", "onstage", geom.Rect{X: 420, Y: 164, W: 110, H: 44}, "Log request"),
			node("11b.03.03", geom.ShapeDecision, "service-desk", "onstage", geom.Rect{X: 565, Y: 156, W: 100, H: 60}, "Approved?"),
			node("11b.03.04", geom.ShapeTask, "noc-engineer", "backstage", geom.Rect{X: 700, Y: 244, W: 110, H: 44}, "Remove agent"),
			conn,
			node("11b.03.end", geom.ShapeEnd, "psa", "support", geom.Rect{X: 835, Y: 330, W: 80, H: 30}, "Done"),
		},
		Edges: []geom.Edge{
			{From: "11b.03.start", To: "11b.03.01", Points: pts(230, 106, 270, 106)},
			{From: "11b.03.01", To: "11b.03.02", Points: pts(380, 106, 400, 106, 400, 186, 420, 186)},
			{From: "11b.03.02", To: "11b.03.03", Points: pts(530, 186, 565, 186)},
			{From: "11b.03.03", To: "11b.03.04", Points: pts(665, 186, 682, 186, 682, 266, 700, 266), Label: ptr(textAt("yes", 686, 236, 7, "edge-label"))},
			{From: "11b.03.03", To: "11b.03.06", Points: pts(615, 216, 615, 244), Label: ptr(textAt("no", 619, 232, 7, "edge-label"))},
			{From: "11b.03.04", To: "11b.03.end", Points: pts(810, 266, 875, 266, 875, 330)},
		},
		TitleBlock: &geom.TitleBlock{
			Rect: geom.Rect{X: 20, Y: 10, W: 920, H: 46}, Logo: geom.Rect{X: 28, Y: 15, W: 72, H: 36},
			Texts: []geom.Text{textAt("MSP-11b Service Deactivation", 110, 30, 12, "title"), textAt("page 1 of 1", 880, 46, 8, "title-page")},
		},
		Legend: &geom.Legend{Rect: geom.Rect{X: 20, Y: 474, W: 920, H: 40}, Items: []geom.Box{
			{Shape: geom.ShapeTask, Rect: geom.Rect{X: 30, Y: 488, W: 30, H: 14}, Lines: []geom.Text{textAt("Task", 64, 498, 7, "legend")}},
			{Shape: geom.ShapeLine, Class: geom.LineOfVisibility, Rect: geom.Rect{X: 120, Y: 495, W: 30}, Lines: []geom.Text{textAt("Line of visibility", 154, 498, 7, "legend")}},
		}},
	}
}

// overviewPage is a module overview: a phase band, two linked blocks and
// an entry conditions box with a heading, joined by edges.
func overviewPage() geom.Page {
	block := func(id string, x float64) geom.Box {
		r := geom.Rect{X: x, Y: 120, W: 100, H: 44}
		return geom.Box{ID: id, Shape: geom.ShapeBlock, Rect: r, Link: id, Lines: centred(r, 8, "block", id, "Sub-process")}
	}
	cond := geom.Box{ID: "entry", Shape: geom.ShapeCondition, Rect: geom.Rect{X: 30, Y: 110, W: 100, H: 64}, Lines: []geom.Text{
		textAt("Entry conditions", 35, 124, 8, "condition-title"), textAt("Notice signed", 35, 136, 8, "condition"),
	}}
	cond.Lines[0].Bold = true
	return geom.Page{
		Kind: geom.KindOverview, ID: "MSP-11b/overview", Title: "MSP-11b Service Deactivation overview", Module: "MSP-11b",
		Number: 1, Of: 1, Width: 500, Height: 240,
		Boxes: []geom.Box{
			{ID: "phase", Shape: geom.ShapePhase, Rect: geom.Rect{X: 20, Y: 90, W: 460, H: 110}},
			cond, block("11b.03", 160), block("11b.04", 300),
		},
		Edges: []geom.Edge{
			{From: "entry", To: "11b.03", Points: pts(130, 142, 160, 142)},
			{From: "11b.03", To: "11b.04", Points: pts(260, 142, 300, 142)},
		},
		Texts: []geom.Text{textAt("Deactivation", 28, 104, 10, "phase")},
	}
}

func ptr[T any](v T) *T { return &v }

// theme is a brand with its own colours and a PNG logo.
func theme(t testing.TB) geom.Theme {
	return geom.Theme{Name: "Northwind Managed IT", Logo: pngLogo(t),
		Colors: map[string]string{"primary": "#0B3D6B", "accent": "#E07B00", "onstage": "not a colour"}}
}

// pngLogo is a 40x20 PNG: a 2:1 logo.
func pngLogo(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for y := range 20 {
		for x := range 40 {
			img.Set(x, y, color.RGBA{0x0b, 0x3d, 0x6b, 0xff})
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
