package drawio

import (
	"encoding/xml"
	"html"
	"math"
	"regexp"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

type xFile struct {
	XMLName  xml.Name   `xml:"mxfile"`
	Diagrams []xDiagram `xml:"diagram"`
}

type xDiagram struct {
	ID    string `xml:"id,attr"`
	Name  string `xml:"name,attr"`
	Model struct {
		PageWidth  float64 `xml:"pageWidth,attr"`
		PageHeight float64 `xml:"pageHeight,attr"`
		Root       struct {
			Cells   []xCell `xml:"mxCell"`
			Objects []struct {
				Label string     `xml:"label,attr"`
				ID    string     `xml:"id,attr"`
				Attrs []xml.Attr `xml:",any,attr"`
				Cell  xCell      `xml:"mxCell"`
			} `xml:"UserObject"`
		} `xml:"root"`
	} `xml:"mxGraphModel"`
}

type xPoint struct {
	X  float64 `xml:"x,attr"`
	Y  float64 `xml:"y,attr"`
	As string  `xml:"as,attr"`
}

type xCell struct {
	ID       string `xml:"id,attr"`
	Value    string `xml:"value,attr"`
	Style    string `xml:"style,attr"`
	Vertex   string `xml:"vertex,attr"`
	Edge     string `xml:"edge,attr"`
	Parent   string `xml:"parent,attr"`
	Source   string `xml:"source,attr"`
	Target   string `xml:"target,attr"`
	Geometry struct {
		X      float64  `xml:"x,attr"`
		Y      float64  `xml:"y,attr"`
		W      float64  `xml:"width,attr"`
		H      float64  `xml:"height,attr"`
		Named  []xPoint `xml:"mxPoint"`
		Points []xPoint `xml:"Array>mxPoint"`
	} `xml:"mxGeometry"`
	// data holds a UserObject's properties.
	data map[string]string
}

// parse reads a .drawio file, failing the test when it is not one.
func parse(t testing.TB, data []byte) xFile {
	t.Helper()
	var f xFile
	if err := xml.Unmarshal(data, &f); err != nil {
		t.Fatalf("the file does not parse: %v", err)
	}
	return f
}

// cells are the diagram's cells, a UserObject's id, label and
// properties moved onto its mxCell.
func (d xDiagram) cells() map[string]xCell {
	out := map[string]xCell{}
	for _, c := range d.Model.Root.Cells {
		out[c.ID] = c
	}
	for _, o := range d.Model.Root.Objects {
		c := o.Cell
		c.ID, c.Value, c.data = o.ID, o.Label, map[string]string{}
		for _, a := range o.Attrs {
			c.data[a.Name.Local] = a.Value
		}
		out[c.ID] = c
	}
	return out
}

// count is how many cells the diagram holds, wrapped or not.
func (d xDiagram) count() int { return len(d.Model.Root.Cells) + len(d.Model.Root.Objects) }

// plain is an HTML label as the user reads it.
func plain(label string) string {
	s := strings.ReplaceAll(label, "<br>", " ")
	return html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(s, ""))
}

// label is a box's lines as one line of text.
func label(b geom.Box) string {
	var parts []string
	for _, l := range b.Lines {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, " ")
}

// near compares coordinates written with two decimals, a lane's and a
// task's rounding adding up.
func near(a, b float64) bool { return math.Abs(a-b) <= 0.011 }

// checkDiagram checks a diagram against its page: unique ids, every box a
// cell with its label (tasks inside the lane of their role and stage, at
// the same place on the page), every edge a cell joining two existing
// cells through the route's bends.
func checkDiagram(t *testing.T, p geom.Page, d xDiagram) {
	t.Helper()
	cells := d.cells()
	if len(cells) != d.count() {
		t.Errorf("%s: %d cells but only %d ids", p.ID, d.count(), len(cells))
	}
	for _, b := range p.Boxes {
		if b.ID != "" {
			checkBox(t, p, b, cells)
		}
	}
	edges := 0
	for _, c := range cells {
		if c.Edge != "1" || c.Source == "" && c.Target == "" {
			continue
		}
		edges++
		if _, ok := cells[c.Source]; !ok {
			t.Errorf("%s: edge %s starts at %q, which is no cell", p.ID, c.ID, c.Source)
		}
		if _, ok := cells[c.Target]; !ok {
			t.Errorf("%s: edge %s ends at %q, which is no cell", p.ID, c.ID, c.Target)
		}
	}
	if edges != len(p.Edges) {
		t.Errorf("%s: %d joined edges for %d flows", p.ID, edges, len(p.Edges))
	}
}

// checkBox finds the cell of box b and checks its label, parent and place.
func checkBox(t *testing.T, p geom.Page, b geom.Box, cells map[string]xCell) {
	t.Helper()
	var c xCell
	for _, cand := range cells {
		if cand.data["blueprintId"] == b.ID {
			c = cand
			break
		}
	}
	if c.ID == "" {
		t.Errorf("%s: no cell for box %s", p.ID, b.ID)
		return
	}
	if got := plain(c.Value); got != label(b) {
		t.Errorf("%s: box %s reads %q, want %q", p.ID, b.ID, got, label(b))
	}
	x, y := c.Geometry.X, c.Geometry.Y
	if lane, ok := cells[c.Parent]; ok && c.Parent != "1" {
		if !strings.HasPrefix(lane.Style, "swimlane;") {
			t.Errorf("%s: box %s sits in %s, which is no swimlane", p.ID, b.ID, c.Parent)
		}
		if len(p.Lanes) > 0 && (lane.data["role"] != b.Role || lane.data["stage"] != b.Stage) {
			t.Errorf("%s: task %s (%s, %s) sits in lane %s", p.ID, b.ID, b.Role, b.Stage, c.Parent)
		}
		x, y = x+lane.Geometry.X, y+lane.Geometry.Y
	} else if len(p.Lanes) > 0 && isTaskShape(b.Shape) {
		t.Errorf("%s: task %s sits on the page, not in a lane", p.ID, b.ID)
	}
	if !near(x, b.Rect.X) || !near(y, b.Rect.Y) || !near(c.Geometry.W, b.Rect.W) || !near(c.Geometry.H, b.Rect.H) {
		t.Errorf("%s: box %s at %v,%v %vx%v, want %+v", p.ID, b.ID, x, y, c.Geometry.W, c.Geometry.H, b.Rect)
	}
}
