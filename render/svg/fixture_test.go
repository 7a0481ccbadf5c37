package svg

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// goAdvance is the advance width of r in the Go Regular or Go Bold font,
// in 1/1000 em, rounded as fpdf does; the table covers printable ASCII.
// It lets fixtures carry the widths the layout would measure without this
// package depending on font parsing.
func goAdvance(r rune, bold bool) int {
	regular := [95]int16{278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 584, 584, 316, 584, 316, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 306, 306, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 399, 496, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 247, 253, 500, 268, 833, 556, 556, 556, 556, 333, 500, 283, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584}
	heavy := [95]int16{278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 558, 584, 278, 584, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 453, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 289, 288, 556, 298, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584}
	if r < 32 || r > 126 {
		return 556
	}
	if bold {
		return int(heavy[r-32])
	}
	return int(regular[r-32])
}

// measure is the width of s at size points.
func measure(s string, size float64, bold bool) float64 {
	units := 0
	for _, r := range s {
		units += goAdvance(r, bold)
	}
	return float64(units) * size / 1000
}

// textAt is a measured line starting at x with baseline y.
func textAt(s string, x, y, size float64, bold bool, class string) geom.Text {
	return geom.Text{Text: s, X: x, Y: y, Width: measure(s, size, bold), Size: size, Bold: bold, Class: class}
}

// centred stacks lines in the middle of r, shifted right by dx (left for
// the connector, whose point takes room on the right).
func centred(r geom.Rect, dx, size float64, bold bool, class string, lines ...string) []geom.Text {
	lh := size * 1.2
	top := r.Y + r.H/2 - float64(len(lines))*lh/2
	out := make([]geom.Text, 0, len(lines))
	for i, s := range lines {
		w := measure(s, size, bold)
		t := textAt(s, r.X+r.W/2+dx-w/2, top+float64(i)*lh+lh/2+0.35*size, size, bold, class)
		out = append(out, t)
	}
	return out
}

func node(id, shape, role, stage string, r geom.Rect, lines ...string) geom.Box {
	dx := 0.0
	if shape == geom.ShapeConnector {
		dx = -r.H / 4
	}
	return geom.Box{
		ID: id, Shape: shape, Rect: r, Role: role, Stage: stage,
		Lines:   centred(r, dx, 9, false, "task", lines...),
		Tooltip: role + " (" + stage + "): " + join(lines),
	}
}

func join(lines []string) string {
	var b bytes.Buffer
	for i, s := range lines {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s)
	}
	return b.String()
}

func pts(xy ...float64) []geom.Point {
	out := make([]geom.Point, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		out = append(out, geom.Point{X: xy[i], Y: xy[i+1]})
	}
	return out
}

func label(s string, x, y float64) *geom.Text {
	t := textAt(s, x, y, 8, false, "edge-label")
	return &t
}

// lane builds lane i (80 pt high from y 66) with its label in the header.
func lane(i int, role, stage string, label ...string) geom.Lane {
	y := 66 + float64(i)*80
	header := geom.Rect{X: 20, Y: y, W: 110, H: 80}
	return geom.Lane{
		Role: role, Stage: stage,
		Band:   geom.Rect{X: 20, Y: y, W: 920, H: 80},
		Header: header,
		Label:  centred(header, 0, 10, true, "lane", label...),
	}
}

func regionLine(class, text string, y float64) geom.RegionLine {
	return geom.RegionLine{Class: class, X1: 20, X2: 940, Y: y, Label: textAt(text, 138, y+2.8, 8, false, "line-label")}
}

// processPage is a hand-built process map using every task shape, five
// lanes in four stages, the three region lines, labelled edges, a title
// block and a legend: what layout will produce for a small sub-process.
func processPage() geom.Page {
	return geom.Page{
		Kind: geom.KindSubprocess, ID: "MSP-11b/11b.03/1", Title: "11b.03 Systems Management Deactivation",
		Module: "MSP-11b", Subprocess: "11b.03", Number: 1, Of: 1, Width: 960, Height: 560,
		Diagram: geom.Rect{X: 20, Y: 66, W: 920, H: 400},
		Lanes: []geom.Lane{
			lane(0, "client", "customer", "Client"),
			lane(1, "service-desk", "onstage", "Service Desk"),
			lane(2, "noc-engineer", "backstage", "NOC Engineer"),
			lane(3, "account-manager", "backstage", "Account", "Manager"),
			lane(4, "psa", "support", "PSA / RMM"),
		},
		Lines: []geom.RegionLine{
			regionLine(geom.LineOfInteraction, "Line of interaction", 146),
			regionLine(geom.LineOfVisibility, "Line of visibility", 226),
			regionLine(geom.LineOfInternalInteraction, "Line of internal interaction", 386),
		},
		Boxes:      processBoxes(),
		Edges:      processEdges(),
		TitleBlock: processTitle(),
		Legend:     processLegend(),
	}
}

func processBoxes() []geom.Box {
	c1 := node("11b.03.06", geom.ShapeConnector, "account-manager", "backstage", geom.Rect{X: 700, Y: 324, W: 110, H: 44}, "To 11b.04", "Billing closure")
	c1.Link = "11b.04"
	e := node("11b.03.end", geom.ShapeEnd, "client", "customer", geom.Rect{X: 835, Y: 91, W: 80, H: 30}, "Done")
	e.Class = "outcome-succeeded"
	return []geom.Box{
		node("11b.03.start", geom.ShapeStart, "client", "customer", geom.Rect{X: 150, Y: 91, W: 80, H: 30}, "Request"),
		node("11b.03.01", geom.ShapeTask, "client", "customer", geom.Rect{X: 270, Y: 84, W: 110, H: 44}, "Submit deactivation", "request"),
		node("11b.03.02", geom.ShapeTask, "service-desk", "onstage", geom.Rect{X: 420, Y: 164, W: 110, H: 44}, "Log request as", "PSA ticket"),
		node("11b.03.03", geom.ShapeDecision, "service-desk", "onstage", geom.Rect{X: 565, Y: 156, W: 100, H: 60}, "Approved?"),
		node("11b.03.04", geom.ShapeTask, "noc-engineer", "backstage", geom.Rect{X: 700, Y: 244, W: 110, H: 44}, "Remove RMM agent", "and monitors"),
		c1,
		node("11b.03.05", geom.ShapeTask, "psa", "support", geom.Rect{X: 830, Y: 404, W: 90, H: 44}, "Close PSA", "ticket"),
		e,
	}
}

func processEdges() []geom.Edge {
	return []geom.Edge{
		{From: "11b.03.start", To: "11b.03.01", Points: pts(230, 106, 270, 106)},
		{From: "11b.03.01", To: "11b.03.02", Points: pts(380, 106, 400, 106, 400, 186, 420, 186)},
		{From: "11b.03.02", To: "11b.03.03", Points: pts(530, 186, 565, 186)},
		{From: "11b.03.03", To: "11b.03.04", Points: pts(665, 186, 682, 186, 682, 266, 700, 266), Label: label("yes", 686, 236)},
		{From: "11b.03.03", To: "11b.03.06", Points: pts(615, 216, 615, 346, 700, 346), Label: label("no", 619, 250)},
		{From: "11b.03.04", To: "11b.03.05", Points: pts(810, 266, 820, 266, 820, 426, 830, 426)},
		{From: "11b.03.05", To: "11b.03.end", Points: pts(875, 404, 875, 121)},
	}
}

func processTitle() *geom.TitleBlock {
	right := "Page 1 of 1"
	return &geom.TitleBlock{
		Rect: geom.Rect{X: 20, Y: 10, W: 920, H: 46},
		Logo: geom.Rect{X: 28, Y: 15, W: 36, H: 36},
		Texts: []geom.Text{
			textAt("Northwind Managed IT", 74, 30, 13, true, "title"),
			textAt("MSP-11b Service Deactivation - 11b.03 Systems Management Deactivation", 74, 46, 10, false, "subtitle"),
			textAt(right, 930-measure(right, 10, false), 46, 10, false, "page-number"),
		},
	}
}

// legendItem is a sample shape with its label to the right.
func legendItem(shape, stage string, r geom.Rect, text string) geom.Box {
	return geom.Box{Shape: shape, Stage: stage, Rect: r, Lines: []geom.Text{textAt(text, r.Right()+6, r.Y+r.H/2+3, 8, false, "legend")}}
}

func processLegend() *geom.Legend {
	return &geom.Legend{
		Rect: geom.Rect{X: 20, Y: 474, W: 920, H: 76},
		Items: []geom.Box{
			legendItem(geom.ShapeTask, "customer", geom.Rect{X: 30, Y: 498, W: 36, H: 18}, "Customer task"),
			legendItem(geom.ShapeTask, "onstage", geom.Rect{X: 150, Y: 498, W: 36, H: 18}, "Onstage task"),
			legendItem(geom.ShapeTask, "backstage", geom.Rect{X: 270, Y: 498, W: 36, H: 18}, "Backstage task"),
			legendItem(geom.ShapeTask, "support", geom.Rect{X: 390, Y: 498, W: 36, H: 18}, "Support process"),
			legendItem(geom.ShapeDecision, "", geom.Rect{X: 30, Y: 523, W: 36, H: 22}, "Decision"),
			legendItem(geom.ShapeStart, "", geom.Rect{X: 150, Y: 525, W: 36, H: 18}, "Start"),
			legendItem(geom.ShapeEnd, "", geom.Rect{X: 270, Y: 525, W: 36, H: 18}, "End"),
			legendItem(geom.ShapeConnector, "", geom.Rect{X: 390, Y: 525, W: 36, H: 18}, "Continues elsewhere"),
		},
		Texts: []geom.Text{textAt("Legend", 30, 490, 10, true, "legend-title")},
	}
}

// logoSVG is a small vector logo with a gradient referenced by id, to
// prove ids and references are prefixed together.
const logoSVG = `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by an editor -->
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="120" height="60">
  <defs><linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#1f4e79"/><stop offset="1" stop-color="#2563eb"/></linearGradient></defs>
  <rect x="0" y="0" width="120" height="60" rx="10" fill="url(#g)"/>
  <path d="M20 45 C40 5, 80 5, 100 45" fill="none" stroke="#ffffff" stroke-width="8"/>
</svg>`

// brandTheme is a brand with its own primary colour and the vector logo.
func brandTheme() geom.Theme {
	return geom.Theme{
		Name:    "Northwind Managed IT",
		Colors:  map[string]string{"primary": "#0B3D6B", "accent": "#E07B00"},
		LogoSVG: []byte(logoSVG),
	}
}

// pngLogo is a 40x20 PNG: the raster logo path, at 2:1.
func pngLogo(t testing.TB) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for y := range 20 {
		for x := range 40 {
			c := color.RGBA{0x0b, 0x3d, 0x6b, 0xff}
			if x >= 20 {
				c = color.RGBA{0xe0, 0x7b, 0x00, 0xff}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func block(id, shape string, r geom.Rect, lines ...string) geom.Box {
	return geom.Box{ID: id, Shape: shape, Rect: r, Lines: centred(r, 0, 9, false, "block", lines...), Tooltip: join(lines)}
}

// overviewPage is a module overview: a phase band holding the module's
// sub-processes as blocks (one planned, the rest linked), entry and exit
// conditions and a heading, with the raster logo in the title block.
func overviewPage() geom.Page {
	blocks := []geom.Box{
		block("deactivation", geom.ShapePhase, geom.Rect{X: 20, Y: 90, W: 760, H: 170}),
		conditions("entry", geom.Rect{X: 30, Y: 130, W: 120, H: 90}, "Entry conditions", "Signed notice", "Final invoice agreed"),
	}
	for i, b := range []struct{ id, title string }{{"11b.01", "Notice review"}, {"11b.02", "Data hand-back"}, {"11b.03", "Systems management"}, {"11b.04", "Billing closure"}} {
		bx := block(b.id, geom.ShapeBlock, geom.Rect{X: 175 + float64(i)*115, Y: 145, W: 100, H: 60}, b.id, b.title)
		bx.Link = b.id
		if i == 3 {
			bx.Link, bx.Planned = "", true
		}
		blocks = append(blocks, bx)
	}
	exit := conditions("exit", geom.Rect{X: 650, Y: 130, W: 120, H: 90}, "Exit conditions", "Succeeded", "Backed out")
	exit.Class = "outcome-backed-out"
	blocks = append(blocks, exit)
	var edges []geom.Edge
	ids := []string{"entry", "11b.01", "11b.02", "11b.03", "11b.04", "exit"}
	for i := 0; i+1 < len(ids); i++ {
		from, to := blocks[i+1].Rect, blocks[i+2].Rect
		edges = append(edges, geom.Edge{From: ids[i], To: ids[i+1], Points: pts(from.Right(), 175, to.X, 175)})
	}
	return geom.Page{
		Kind: geom.KindOverview, ID: "MSP-11b/overview", Title: "MSP-11b Service Deactivation", Module: "MSP-11b",
		Number: 1, Of: 1, Width: 800, Height: 290, Diagram: geom.Rect{X: 20, Y: 66, W: 760, H: 204},
		Boxes: blocks, Edges: edges,
		Texts: []geom.Text{textAt("Deactivation", 28, 106, 11, true, "phase")},
		TitleBlock: &geom.TitleBlock{
			Rect: geom.Rect{X: 20, Y: 10, W: 760, H: 46}, Logo: geom.Rect{X: 28, Y: 15, W: 72, H: 36},
			Texts: []geom.Text{textAt("MSP-11b Service Deactivation", 110, 38, 13, true, "title")},
		},
	}
}

// conditions is an entry or exit conditions box: a heading, then items.
func conditions(id string, r geom.Rect, head string, items ...string) geom.Box {
	b := geom.Box{ID: id, Shape: geom.ShapeCondition, Rect: r, Tooltip: head}
	b.Lines = append(b.Lines, textAt(head, r.X+8, r.Y+18, 9, true, "condition-head"))
	for i, s := range items {
		b.Lines = append(b.Lines, textAt(s, r.X+8, r.Y+36+float64(i)*14, 8.5, false, "condition"))
	}
	return b
}
