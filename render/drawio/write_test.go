package drawio

import (
	"bytes"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/fixture"
)

// write runs Write and parses the result.
func write(t testing.TB, pages []geom.Page, th geom.Theme) ([]byte, xFile) {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, pages, th); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), parse(t, buf.Bytes())
}

// styleOf reads a style string into its names and key=value pairs.
func styleOf(s string) map[string]string {
	out := map[string]string{}
	for _, part := range strings.Split(s, ";") {
		if k, v, ok := strings.Cut(part, "="); ok {
			out[k] = v
		} else if part != "" {
			out[part] = ""
		}
	}
	return out
}

func fnum(t testing.TB, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return v
}

// TestPagesBecomeDiagrams checks a diagram per page, named by its title
// and sized to it, holding every box as a cell with its label, tasks in
// their lanes, and every edge joining two cells.
func TestPagesBecomeDiagrams(t *testing.T) {
	pages := []geom.Page{fixture.OverviewPage(), fixture.ProcessPage()}
	_, f := write(t, pages, fixture.Theme(t))
	if len(f.Diagrams) != 2 {
		t.Fatalf("%d diagrams, want 2", len(f.Diagrams))
	}
	for i, p := range pages {
		d := f.Diagrams[i]
		if d.Name != p.Title || d.ID != p.ID {
			t.Errorf("diagram %d is %q (%s), want %q (%s)", i+1, d.Name, d.ID, p.Title, p.ID)
		}
		if d.Model.PageWidth != p.Width {
			t.Errorf("diagram %d is %v wide, want %v", i+1, d.Model.PageWidth, p.Width)
		}
		checkDiagram(t, p, d)
	}
}

// TestLanesAreSwimlanes checks that every lane is a horizontal swimlane
// with its header as wide as the layout's and the role's name.
func TestLanesAreSwimlanes(t *testing.T) {
	p := fixture.ProcessPage()
	_, f := write(t, []geom.Page{p}, fixture.Theme(t))
	cells := f.Diagrams[0].cells()
	for _, l := range p.Lanes {
		c, ok := cells["lane-"+l.Role+"-"+l.Stage]
		if !ok {
			t.Errorf("no lane cell for %s/%s", l.Role, l.Stage)
			continue
		}
		st := styleOf(c.Style)
		if _, ok := st["swimlane"]; !ok || st["horizontal"] != "0" || fnum(t, st["startSize"]) != l.Header.W {
			t.Errorf("lane %s has style %q", c.ID, c.Style)
		}
		if plain(c.Value) != l.Label[0].Text || c.Parent != "1" {
			t.Errorf("lane %s reads %q in %q", c.ID, plain(c.Value), c.Parent)
		}
	}
}

// TestEdgesFollowTheRoute checks that each edge leaves and enters its
// cells where the route does, runs through its bends, and carries its
// label where layout put it.
func TestEdgesFollowTheRoute(t *testing.T) {
	p := fixture.ProcessPage()
	_, f := write(t, []geom.Page{p}, fixture.Theme(t))
	cells := f.Diagrams[0].cells()
	for _, e := range p.Edges {
		c, ok := cells["edge-"+e.From+"-"+e.To]
		if !ok {
			t.Errorf("no edge %s -> %s", e.From, e.To)
			continue
		}
		if c.Source != "task-"+e.From || c.Target != "task-"+e.To {
			t.Errorf("edge %s joins %s and %s", c.ID, c.Source, c.Target)
		}
		st := styleOf(c.Style)
		if st["edgeStyle"] != "orthogonalEdgeStyle" {
			t.Errorf("edge %s is not orthogonal: %q", c.ID, c.Style)
		}
		checkEnd(t, c.ID, st, "exit", box(p, e.From).Rect, e.Points[0])
		checkEnd(t, c.ID, st, "entry", box(p, e.To).Rect, e.Points[len(e.Points)-1])
		bends := e.Points[1 : len(e.Points)-1]
		if len(c.Geometry.Points) != len(bends) {
			t.Errorf("edge %s has %d waypoints, want %d", c.ID, len(c.Geometry.Points), len(bends))
			continue
		}
		for i, b := range bends {
			if w := c.Geometry.Points[i]; !near(w.X, b.X) || !near(w.Y, b.Y) {
				t.Errorf("edge %s: waypoint %d at %v,%v, want %v", c.ID, i, w.X, w.Y, b)
			}
		}
		checkLabel(t, c, e)
	}
}

func box(p geom.Page, id string) geom.Box {
	for _, b := range p.Boxes {
		if b.ID == id {
			return b
		}
	}
	return geom.Box{}
}

// checkEnd fails unless the style's exit (or entry) point is p on r.
func checkEnd(t *testing.T, id string, st map[string]string, side string, r geom.Rect, p geom.Point) {
	t.Helper()
	x := r.X + fnum(t, st[side+"X"])*r.W
	y := r.Y + fnum(t, st[side+"Y"])*r.H
	if !near(x, p.X) || !near(y, p.Y) {
		t.Errorf("edge %s: %s at %v,%v, want %v", id, side, x, y, p)
	}
}

// checkLabel fails unless the label, offset from the route's middle, sits
// where layout centred it.
func checkLabel(t *testing.T, c xCell, e geom.Edge) {
	t.Helper()
	if e.Label == nil {
		return
	}
	if plain(c.Value) != e.Label.Text {
		t.Errorf("edge %s is labelled %q, want %q", c.ID, plain(c.Value), e.Label.Text)
	}
	var off xPoint
	for _, pt := range c.Geometry.Named {
		if pt.As == "offset" {
			off = pt
		}
	}
	mid, want := midpoint(e.Points), labelCentre(*e.Label)
	if !near(mid.X+off.X, want.X) || !near(mid.Y+off.Y, want.Y) {
		t.Errorf("edge %s: label at %v,%v, want %v", c.ID, mid.X+off.X, mid.Y+off.Y, want)
	}
}

// TestShapesAndLinks checks the outline styles of the task shapes and
// that a connector links to the diagram of the sub-process it names.
func TestShapesAndLinks(t *testing.T) {
	next := fixture.ProcessPage()
	next.ID, next.Subprocess = "MSP-11b/11b.04/1", "11b.04"
	_, f := write(t, []geom.Page{fixture.ProcessPage(), next}, fixture.Theme(t))
	cells := f.Diagrams[0].cells()
	for id, want := range map[string]string{
		"task-11b.03.03": "rhombus", "task-11b.03.06": "shape=offPageConnector", "task-11b.03.start": "arcSize=50",
		"task-11b.03.01": "absoluteArcSize=1",
	} {
		if c := cells[id]; !strings.Contains(c.Style, want) {
			t.Errorf("%s has style %q, want %s", id, c.Style, want)
		}
	}
	if got := cells["task-11b.03.06"].data["link"]; got != "data:page/id,"+next.ID {
		t.Errorf("the connector links to %q", got)
	}
	if st := styleOf(cells["task-11b.03.06"].Style); st["direction"] != "north" || st["spacingRight"] == "" {
		t.Errorf("the connector does not point right with its text clear of the point: %v", st)
	}
}

// TestWriteIsDeterministic writes twice and compares bytes.
func TestWriteIsDeterministic(t *testing.T) {
	pages := []geom.Page{fixture.OverviewPage(), fixture.ProcessPage()}
	a, _ := write(t, pages, fixture.Theme(t))
	b, _ := write(t, pages, fixture.Theme(t))
	if !bytes.Equal(a, b) {
		t.Fatal("two writes of the same pages differ")
	}
	if err := Write(io.Discard, nil, fixture.Theme(t)); err == nil {
		t.Error("no error for a file without pages")
	}
	if err := Write(failWriter{}, pages, fixture.Theme(t)); err == nil {
		t.Error("no error from a failing writer")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, io.ErrClosedPipe }

// TestBarePage writes a page with nothing on it, no title and no size,
// and an edge without points or ends: the file still parses.
func TestBarePage(t *testing.T) {
	_, f := write(t, []geom.Page{{}, {Edges: []geom.Edge{{From: "a", To: "b"}}}}, geom.Theme{})
	if len(f.Diagrams) != 2 || f.Diagrams[0].ID == f.Diagrams[1].ID {
		t.Errorf("bare pages give diagrams %+v", f.Diagrams)
	}
}
