package vsdx

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/fixture"
)

// hostile is content that breaks XML written carelessly.
const hostile = `<script>alert("x")</script> & ]]> 'q'`

// TestHostileTextSurvivesAsText puts markup, ampersands, quotes and a
// CDATA end into every text and attribute the package carries: each part
// still parses and the text reads back unchanged.
func TestHostileTextSurvivesAsText(t *testing.T) {
	page := fixture.ProcessPage()
	page.Title = hostile
	page.Boxes[1].Lines[0].Text = hostile
	page.Boxes[1].Tooltip = hostile
	page.Boxes[1].Role = hostile
	page.Lanes[0].Label[0].Text = hostile
	page.Edges[3].Label.Text = hostile
	page.TitleBlock.Texts[0].Text = hostile + "\x00\x1b"
	th := fixture.Theme(t)
	th.Name = hostile
	_, p := write(t, []geom.Page{page}, th, Options{Title: hostile})
	for _, name := range p.names {
		if strings.HasSuffix(name, ".xml") || strings.HasSuffix(name, ".rels") {
			wellFormed(t, name, p.parts[name])
		}
	}
	pg := p.page(t, 1)
	task, _ := pg.byData(page.Boxes[1].ID)
	if !strings.HasPrefix(task.text(), hostile) || task.cell("Comment").V != hostile || task.data("Role") != hostile {
		t.Errorf("task text %q, comment %q, role %q", task.text(), task.cell("Comment").V, task.data("Role"))
	}
	texts := map[string]bool{}
	for _, s := range pg.Shapes {
		texts[s.text()] = true
	}
	for _, want := range []string{hostile, hostile + "\ufffd\ufffd"} {
		if !texts[want] {
			t.Errorf("no shape reads %q", want)
		}
	}
	var ps xPages
	decode(t, p, "visio/pages/pages.xml", &ps)
	if ps.Pages[0].Name != hostile {
		t.Errorf("page is named %q", ps.Pages[0].Name)
	}
	var core struct {
		Title   string `xml:"title"`
		Creator string `xml:"creator"`
	}
	if err := xml.Unmarshal(p.parts["docProps/core.xml"], &core); err != nil || core.Title != hostile || core.Creator != hostile {
		t.Errorf("core properties: %+v, %v", core, err)
	}
}
