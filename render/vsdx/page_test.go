package vsdx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/fixture"
)

// TestTasksAreShapes checks that every box of the map is one shape with
// its label as text, its id, role and stage as shape data, and its
// outline: a diamond for a decision, round corners for the rest.
func TestTasksAreShapes(t *testing.T) {
	page := fixture.ProcessPage()
	_, p := write(t, []geom.Page{page}, fixture.Theme(t), Options{})
	pg := p.page(t, 1)
	for _, b := range page.Boxes {
		s, ok := pg.byData(b.ID)
		if !ok {
			t.Errorf("no shape carries box %s", b.ID)
			continue
		}
		if got, want := s.text(), label(b); got != want {
			t.Errorf("box %s reads %q, want %q", b.ID, got, want)
		}
		if s.data("Role") != b.Role || s.data("Stage") != b.Stage {
			t.Errorf("box %s has role %q and stage %q", b.ID, s.data("Role"), s.data("Stage"))
		}
		checkPlaced(t, s, b.Rect, page.Height)
		checkOutline(t, s, b.Shape)
	}
}

// label is a box's lines as one line of text.
func label(b geom.Box) string {
	var parts []string
	for _, l := range b.Lines {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, " ")
}

// checkPlaced fails unless the shape's pin and size put it over r, with y
// measured from the bottom of the page in inches.
func checkPlaced(t *testing.T, s xShape, r geom.Rect, pageH float64) {
	t.Helper()
	want := map[string]float64{
		"PinX": (r.X + r.W/2) / 72, "PinY": (pageH - r.Y - r.H/2) / 72, "Width": r.W / 72, "Height": r.H / 72,
	}
	for cell, v := range want {
		if got := s.num(t, cell); !near(got, v) {
			t.Errorf("shape %d: %s = %v, want %v", s.ID, cell, got, v)
		}
	}
}

// checkOutline fails unless the shape's first geometry draws its shape.
func checkOutline(t *testing.T, s xShape, shape string) {
	t.Helper()
	var geo xSection
	for _, sec := range s.Sections {
		if sec.N == "Geometry" {
			geo = sec
			break
		}
	}
	var types []string
	for _, r := range geo.Rows {
		types = append(types, r.T)
	}
	got := strings.Join(types, " ")
	want := map[string]string{
		geom.ShapeDecision:  "RelMoveTo RelLineTo RelLineTo RelLineTo RelLineTo",
		geom.ShapeConnector: "RelMoveTo RelLineTo RelLineTo RelLineTo RelLineTo RelLineTo",
	}[shape]
	if want == "" {
		want = "MoveTo LineTo ArcTo LineTo ArcTo LineTo ArcTo LineTo ArcTo"
	}
	if got != want {
		t.Errorf("shape %d (%s) has geometry %q, want %q", s.ID, shape, got, want)
	}
}

// TestEdgesAreGlued checks that every edge is a 1-D connector along the
// layout's route whose two ends are glued to the boxes it joins, so Visio
// keeps them attached when a box moves.
func TestEdgesAreGlued(t *testing.T) {
	page := fixture.ProcessPage()
	_, p := write(t, []geom.Page{page}, fixture.Theme(t), Options{})
	pg := p.page(t, 1)
	glue := map[int]map[string]int{} // connector -> end cell -> box sheet
	for _, c := range pg.Connects {
		if c.ToCell != "PinX" || c.ToPart != partWhole || (c.FromCell == "BeginX") != (c.FromPart == partBegin) {
			t.Errorf("connect %+v is not dynamic glue to a whole shape", c)
		}
		if glue[c.FromSheet] == nil {
			glue[c.FromSheet] = map[string]int{}
		}
		glue[c.FromSheet][c.FromCell] = c.ToSheet
	}
	if len(pg.Connects) != 2*len(page.Edges) {
		t.Errorf("%d connects for %d edges, want two each", len(pg.Connects), len(page.Edges))
	}
	for _, e := range page.Edges {
		s, ok := pg.byData(e.From + " -> " + e.To)
		if !ok {
			t.Errorf("no connector for %s -> %s", e.From, e.To)
			continue
		}
		from, _ := pg.byData(e.From)
		to, _ := pg.byData(e.To)
		if glue[s.ID]["BeginX"] != from.ID || glue[s.ID]["EndX"] != to.ID {
			t.Errorf("connector %s -> %s is glued to sheets %v, want begin %d and end %d", e.From, e.To, glue[s.ID], from.ID, to.ID)
		}
		checkEnds(t, s, e, page.Height)
		if f := s.cell("BegTrigger").F; f != "_XFTRIGGER(Sheet."+strconv.Itoa(from.ID)+"!EventXFMod)" {
			t.Errorf("connector %s -> %s: BegTrigger = %q", e.From, e.To, f)
		}
		if s.num(t, "ObjType") != 2 {
			t.Errorf("connector %s -> %s is not routable", e.From, e.To)
		}
	}
}

// checkEnds fails unless the connector begins and ends where the edge
// does and its geometry runs through every point of the route.
func checkEnds(t *testing.T, s xShape, e geom.Edge, pageH float64) {
	t.Helper()
	first, last := e.Points[0], e.Points[len(e.Points)-1]
	for cell, want := range map[string]float64{
		"BeginX": first.X / 72, "BeginY": (pageH - first.Y) / 72, "EndX": last.X / 72, "EndY": (pageH - last.Y) / 72,
	} {
		if got := s.num(t, cell); !near(got, want) {
			t.Errorf("connector %s -> %s: %s = %v, want %v", e.From, e.To, cell, got, want)
		}
		if !strings.HasPrefix(s.cell(cell).F, "_WALKGLUE(") {
			t.Errorf("connector %s -> %s: %s has formula %q, want walking glue", e.From, e.To, cell, s.cell(cell).F)
		}
	}
	rows := s.Sections[0].Rows
	if len(rows) != len(e.Points) {
		t.Fatalf("connector %s -> %s has %d geometry rows for %d points", e.From, e.To, len(rows), len(e.Points))
	}
	for i, r := range rows {
		x, y := xShape{Cells: r.Cells}.num(t, "X"), xShape{Cells: r.Cells}.num(t, "Y")
		p := e.Points[i]
		if !near(x, (p.X-first.X)/72) || !near(y, (first.Y-p.Y)/72) {
			t.Errorf("connector %s -> %s: point %d at (%v, %v) in, want (%v, %v)", e.From, e.To, i, x, y, (p.X-first.X)/72, (first.Y-p.Y)/72)
		}
	}
}

// TestLanesAndLines checks the lanes (band and labelled header) and the
// region lines (dashed or dotted 1-D lines with their labels).
func TestLanesAndLines(t *testing.T) {
	page := fixture.ProcessPage()
	_, p := write(t, []geom.Page{page}, fixture.Theme(t), Options{})
	pg := p.page(t, 1)
	headers := map[string]bool{}
	for _, s := range pg.Shapes {
		if s.data("Kind") == "lane" && s.text() != "" {
			headers[s.data("Role")+"/"+s.text()] = true
		}
	}
	for _, l := range page.Lanes {
		if !headers[l.Role+"/"+l.Label[0].Text] {
			t.Errorf("no lane header %q for role %s", l.Label[0].Text, l.Role)
		}
	}
	for _, r := range page.Lines {
		s, ok := findKind(pg, r.Class)
		if !ok {
			t.Errorf("no %s", r.Class)
			continue
		}
		if s.text() != r.Label.Text || s.cell("LinePattern").V == "1" {
			t.Errorf("%s reads %q with pattern %s", r.Class, s.text(), s.cell("LinePattern").V)
		}
	}
}

func findKind(pg xPage, kind string) (xShape, bool) {
	for _, s := range pg.Shapes {
		if s.data("Kind") == kind {
			return s, true
		}
	}
	return xShape{}, false
}

// TestConnectorLinksToItsPage checks that an off-page connector becomes a
// Visio hyperlink to the page of the sub-process it names.
func TestConnectorLinksToItsPage(t *testing.T) {
	next := fixture.ProcessPage()
	next.ID, next.Subprocess, next.Title = "MSP-11b/11b.04/1", "11b.04", "11b.04 Billing Closure"
	_, p := write(t, []geom.Page{fixture.ProcessPage(), next}, fixture.Theme(t), Options{})
	s, _ := p.page(t, 1).byData("11b.03.06")
	for _, sec := range s.Sections {
		if sec.N == "Hyperlink" {
			if got := (xShape{Cells: sec.Rows[0].Cells}).cell("SubAddress").V; got != next.Title {
				t.Errorf("connector leads to %q, want %q", got, next.Title)
			}
			return
		}
	}
	t.Error("the connector has no hyperlink")
}
