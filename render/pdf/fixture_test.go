package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// fixture builds pages by hand, measuring text with the fonts the PDF
// embeds, as layout will.
type fixture struct{ r *measure.Ruler }

func newFixture() fixture { return fixture{r: measure.Default()} }

// text is a measured line starting at x with baseline y.
func (fx fixture) text(s string, x, y, size float64, bold bool, class string) geom.Text {
	return geom.Text{Text: s, X: x, Y: y, Width: fx.r.Width(s, size, bold), Size: size, Bold: bold, Class: class}
}

// centred stacks lines in the middle of r, shifted right by dx.
func (fx fixture) centred(r geom.Rect, dx, size float64, bold bool, class string, lines ...string) []geom.Text {
	lh := fx.r.LineHeight(size)
	top := r.Y + r.H/2 - float64(len(lines))*lh/2
	out := make([]geom.Text, 0, len(lines))
	for i, s := range lines {
		w := fx.r.Width(s, size, bold)
		out = append(out, fx.text(s, r.X+r.W/2+dx-w/2, top+float64(i)*lh+lh/2+0.35*size, size, bold, class))
	}
	return out
}

func (fx fixture) node(id, shape, stage string, r geom.Rect, lines ...string) geom.Box {
	dx := 0.0
	if shape == geom.ShapeConnector {
		dx = -r.H / 4
	}
	return geom.Box{ID: id, Shape: shape, Rect: r, Stage: stage, Lines: fx.centred(r, dx, 9, false, "task", lines...)}
}

func pts(xy ...float64) []geom.Point {
	out := make([]geom.Point, 0, len(xy)/2)
	for i := 0; i+1 < len(xy); i += 2 {
		out = append(out, geom.Point{X: xy[i], Y: xy[i+1]})
	}
	return out
}

// lane builds lane i (80 pt high from y 66) with its label in the header.
func (fx fixture) lane(i int, role, stage string, label ...string) geom.Lane {
	y := 66 + float64(i)*80
	header := geom.Rect{X: 20, Y: y, W: 110, H: 80}
	return geom.Lane{Role: role, Stage: stage, Band: geom.Rect{X: 20, Y: y, W: 920, H: 80}, Header: header,
		Label: fx.centred(header, 0, 10, true, "lane", label...)}
}

func (fx fixture) regionLine(class, text string, y float64) geom.RegionLine {
	return geom.RegionLine{Class: class, X1: 20, X2: 940, Y: y, Label: fx.text(text, 138, y+2.8, 8, false, "line-label")}
}

// processPage is sub-process 11b.03 page n of of: five lanes in four
// stages, every task shape, the three region lines, labelled edges, a
// title block and a legend. Its connector leads to sub-process 11b.04.
func (fx fixture) processPage(sp, title string, n, of int) geom.Page {
	id := "MSP-11b/" + sp + "/" + string(rune('0'+n))
	return geom.Page{
		Kind: geom.KindSubprocess, ID: id, Title: sp + " " + title, Module: "MSP-11b", Subprocess: sp,
		Number: n, Of: of, Width: 960, Height: 560, Diagram: geom.Rect{X: 20, Y: 66, W: 920, H: 400},
		Lanes: []geom.Lane{
			fx.lane(0, "client", "customer", "Client"),
			fx.lane(1, "service-desk", "onstage", "Service Desk"),
			fx.lane(2, "noc-engineer", "backstage", "NOC Engineer"),
			fx.lane(3, "account-manager", "backstage", "Account", "Manager"),
			fx.lane(4, "psa", "support", "PSA / RMM"),
		},
		Lines: []geom.RegionLine{
			fx.regionLine(geom.LineOfInteraction, "Line of interaction", 146),
			fx.regionLine(geom.LineOfVisibility, "Line of visibility", 226),
			fx.regionLine(geom.LineOfInternalInteraction, "Line of internal interaction", 386),
		},
		Boxes:      fx.processBoxes(sp),
		Edges:      fx.processEdges(sp),
		TitleBlock: fx.titleBlock(sp+" "+title, n, of),
		Legend:     fx.legend(),
	}
}

func (fx fixture) processBoxes(sp string) []geom.Box {
	conn := fx.node(sp+".06", geom.ShapeConnector, "backstage", geom.Rect{X: 700, Y: 324, W: 110, H: 44}, "To 11b.04", "Billing closure")
	conn.Link = "11b.04"
	return []geom.Box{
		fx.node(sp+".start", geom.ShapeStart, "customer", geom.Rect{X: 150, Y: 91, W: 80, H: 30}, "Request"),
		fx.node(sp+".01", geom.ShapeTask, "customer", geom.Rect{X: 260, Y: 84, W: 120, H: 44}, "Übergabe – café", "(request) <script>"),
		fx.node(sp+".02", geom.ShapeTask, "onstage", geom.Rect{X: 420, Y: 164, W: 110, H: 44}, `Log as \ PSA`, "ticket"),
		fx.node(sp+".03", geom.ShapeDecision, "onstage", geom.Rect{X: 565, Y: 156, W: 100, H: 60}, "Approved?"),
		fx.node(sp+".04", geom.ShapeTask, "backstage", geom.Rect{X: 700, Y: 244, W: 110, H: 44}, "Remove RMM agent", "Сервер 服务器"),
		conn,
		fx.node(sp+".05", geom.ShapeTask, "support", geom.Rect{X: 830, Y: 404, W: 90, H: 44}, "Close PSA", "ticket"),
		fx.node(sp+".end", geom.ShapeEnd, "customer", geom.Rect{X: 835, Y: 91, W: 80, H: 30}, "Done"),
	}
}

func (fx fixture) processEdges(sp string) []geom.Edge {
	label := func(s string, x, y float64) *geom.Text { t := fx.text(s, x, y, 8, false, "edge-label"); return &t }
	return []geom.Edge{
		{From: sp + ".start", To: sp + ".01", Points: pts(230, 106, 260, 106)},
		{From: sp + ".01", To: sp + ".02", Points: pts(380, 106, 400, 106, 400, 186, 420, 186)},
		{From: sp + ".02", To: sp + ".03", Points: pts(530, 186, 565, 186)},
		{From: sp + ".03", To: sp + ".04", Points: pts(665, 186, 682, 186, 682, 266, 700, 266), Label: label("yes", 686, 236)},
		{From: sp + ".03", To: sp + ".06", Points: pts(615, 216, 615, 346, 700, 346), Label: label("no", 619, 250)},
		{From: sp + ".04", To: sp + ".05", Points: pts(810, 266, 820, 266, 820, 426, 830, 426)},
		{From: sp + ".05", To: sp + ".end", Points: pts(875, 404, 875, 121)},
	}
}

func (fx fixture) titleBlock(sub string, n, of int) *geom.TitleBlock {
	right := "Page " + string(rune('0'+n)) + " of " + string(rune('0'+of))
	return &geom.TitleBlock{
		Rect: geom.Rect{X: 20, Y: 10, W: 920, H: 46},
		Logo: geom.Rect{X: 28, Y: 15, W: 72, H: 36},
		Texts: []geom.Text{
			fx.text("Northwind Managed IT", 110, 30, 13, true, "title"),
			fx.text("MSP-11b Service Deactivation - "+sub, 110, 46, 10, false, "subtitle"),
			fx.text(right, 930-fx.r.Width(right, 10, false), 46, 10, false, "page-number"),
		},
	}
}

func (fx fixture) legendItem(shape, stage string, r geom.Rect, text string) geom.Box {
	return geom.Box{Shape: shape, Stage: stage, Rect: r, Lines: []geom.Text{fx.text(text, r.Right()+6, r.Y+r.H/2+3, 8, false, "legend")}}
}

func (fx fixture) legend() *geom.Legend {
	return &geom.Legend{
		Rect: geom.Rect{X: 20, Y: 474, W: 920, H: 76},
		Items: []geom.Box{
			fx.legendItem(geom.ShapeTask, "customer", geom.Rect{X: 30, Y: 498, W: 36, H: 18}, "Customer task"),
			fx.legendItem(geom.ShapeTask, "onstage", geom.Rect{X: 150, Y: 498, W: 36, H: 18}, "Onstage task"),
			fx.legendItem(geom.ShapeTask, "backstage", geom.Rect{X: 270, Y: 498, W: 36, H: 18}, "Backstage task"),
			fx.legendItem(geom.ShapeTask, "support", geom.Rect{X: 390, Y: 498, W: 36, H: 18}, "Support process"),
			fx.legendItem(geom.ShapeLine, "", geom.Rect{X: 510, Y: 498, W: 36, H: 18}, "Line of visibility"),
			fx.legendItem(geom.ShapeDecision, "", geom.Rect{X: 30, Y: 523, W: 36, H: 22}, "Decision"),
			fx.legendItem(geom.ShapeStart, "", geom.Rect{X: 150, Y: 525, W: 36, H: 18}, "Start"),
			fx.legendItem(geom.ShapeEnd, "", geom.Rect{X: 270, Y: 525, W: 36, H: 18}, "End"),
			fx.legendItem(geom.ShapeConnector, "", geom.Rect{X: 390, Y: 525, W: 36, H: 18}, "Continues elsewhere"),
		},
		Texts: []geom.Text{fx.text("Legend", 30, 490, 10, true, "legend-title")},
	}
}

func (fx fixture) block(id, shape string, r geom.Rect, lines ...string) geom.Box {
	return geom.Box{ID: id, Shape: shape, Rect: r, Lines: fx.centred(r, 0, 9, false, "block", lines...)}
}

// conditions is an entry or exit conditions box: a heading, then items.
func (fx fixture) conditions(id string, r geom.Rect, head string, items ...string) geom.Box {
	b := geom.Box{ID: id, Shape: geom.ShapeCondition, Rect: r}
	b.Lines = append(b.Lines, fx.text(head, r.X+8, r.Y+18, 9, true, "condition-head"))
	for i, s := range items {
		b.Lines = append(b.Lines, fx.text(s, r.X+8, r.Y+36+float64(i)*14, 8.5, false, "condition"))
	}
	return b
}

// overviewPage is the module overview: a phase band holding the
// sub-processes as linked blocks (one planned), entry and exit conditions.
func (fx fixture) overviewPage() geom.Page {
	boxes := []geom.Box{
		fx.block("deactivation", geom.ShapePhase, geom.Rect{X: 20, Y: 90, W: 760, H: 170}),
		fx.conditions("entry", geom.Rect{X: 30, Y: 130, W: 120, H: 90}, "Entry conditions", "Signed notice", "Final invoice agreed"),
	}
	for i, b := range []struct{ id, title string }{{"11b.01", "Notice review"}, {"11b.03", "Systems mgmt"}, {"11b.04", "Billing closure"}, {"11b.05", "Lessons learnt"}} {
		bx := fx.block(b.id, geom.ShapeBlock, geom.Rect{X: 175 + float64(i)*115, Y: 145, W: 100, H: 60}, b.id, b.title)
		bx.Link = b.id
		bx.Planned = i == 3
		boxes = append(boxes, bx)
	}
	boxes = append(boxes, fx.conditions("exit", geom.Rect{X: 650, Y: 130, W: 120, H: 90}, "Exit conditions", "Succeeded", "Backed out"))
	var edges []geom.Edge
	for i := 1; i+1 < len(boxes); i++ {
		edges = append(edges, geom.Edge{From: boxes[i].ID, To: boxes[i+1].ID, Points: pts(boxes[i].Rect.Right(), 175, boxes[i+1].Rect.X, 175)})
	}
	return geom.Page{
		Kind: geom.KindOverview, ID: "MSP-11b/overview", Title: "MSP-11b Service Deactivation", Module: "MSP-11b",
		Number: 1, Of: 1, Width: 800, Height: 290, Diagram: geom.Rect{X: 20, Y: 66, W: 760, H: 204},
		Boxes: boxes, Edges: edges,
		Texts: []geom.Text{fx.text("Deactivation", 28, 106, 11, true, "phase")},
		TitleBlock: &geom.TitleBlock{
			Rect: geom.Rect{X: 20, Y: 10, W: 760, H: 46}, Logo: geom.Rect{X: 28, Y: 15, W: 72, H: 36},
			Texts: []geom.Text{fx.text("MSP-11b Service Deactivation", 110, 38, 13, true, "title")},
		},
	}
}

// modulePages is a module's diagram PDF: the overview, 11b.03 on one page
// and 11b.04 on two.
func (fx fixture) modulePages() []geom.Page {
	return []geom.Page{
		fx.overviewPage(),
		fx.processPage("11b.03", "Systems Management Deactivation", 1, 1),
		fx.processPage("11b.04", "Billing Closure", 1, 2),
		fx.processPage("11b.04", "Billing Closure", 2, 2),
	}
}

// theme is the default palette with a raster logo.
func theme(t testing.TB) geom.Theme {
	return geom.Theme{Name: "Northwind Managed IT", Colors: palette.DefaultColors(), Logo: pngLogo(t)}
}

// pngLogo is a 40x20 PNG, two colours side by side.
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

// labels lists every text on pages, for checking extraction.
func labels(pages []geom.Page) []string {
	var out []string
	add := func(ts ...geom.Text) {
		for _, t := range ts {
			if strings.TrimSpace(t.Text) != "" {
				out = append(out, t.Text)
			}
		}
	}
	for _, p := range pages {
		for _, b := range p.Boxes {
			add(b.Lines...)
		}
		for _, l := range p.Lanes {
			add(l.Label...)
		}
		for _, r := range p.Lines {
			add(r.Label)
		}
		add(p.Texts...)
	}
	return out
}
