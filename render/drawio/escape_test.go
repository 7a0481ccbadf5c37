package drawio

import (
	"bytes"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/fixture"
)

// hostile is content that breaks XML or HTML written carelessly.
const hostile = `<script>alert("x")</script> & ]]> 'q'`

// TestHostileTextSurvivesAsText puts markup, ampersands, quotes and a
// CDATA end into labels, tooltips, ids and names: the file parses, every
// label reads back as the text it was, and no label holds live markup
// (draw.io renders labels as HTML).
func TestHostileTextSurvivesAsText(t *testing.T) {
	p := fixture.ProcessPage()
	p.Title = hostile
	p.Boxes[1].ID = hostile
	p.Boxes[1].Lines[0].Text = hostile
	p.Boxes[1].Tooltip = hostile
	p.Lanes[0].Label[0].Text = hostile
	p.Edges[1].From = hostile
	p.Edges[3].Label.Text = hostile
	p.TitleBlock.Texts[0].Text = hostile + "\x00"
	th := fixture.Theme(t)
	th.Name = hostile
	data, f := write(t, []geom.Page{p}, th)
	d := f.Diagrams[0]
	if d.Name != hostile {
		t.Errorf("diagram is named %q", d.Name)
	}
	cells := d.cells()
	task := cells["task-"+hostile]
	if !strings.HasPrefix(plain(task.Value), hostile) || task.data["tooltip"] != hostile {
		t.Errorf("task reads %q with tooltip %q", plain(task.Value), task.data["tooltip"])
	}
	if e := cells["edge-"+hostile+"-11b.03.02"]; e.Source != "task-"+hostile {
		t.Errorf("edge from the hostile task starts at %q", e.Source)
	}
	found := map[string]bool{}
	for _, c := range cells {
		found[plain(c.Value)] = true
		if strings.Contains(c.Value, "<script") {
			t.Errorf("cell %s holds live markup: %q", c.ID, c.Value)
		}
	}
	for _, want := range []string{hostile, hostile + "\ufffd"} {
		if !found[want] {
			t.Errorf("no cell reads %q", want)
		}
	}
	if bytes.Contains(data, []byte("<script")) {
		t.Error("the file holds a raw <script")
	}
}
