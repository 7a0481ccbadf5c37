package site

import (
	"bytes"
	"html/template"
	"strconv"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/svg"
)

// diagramView is one diagram drawn inline in a page.
type diagramView struct {
	ID    string // the figure's id, also the SVG's id prefix
	Label string
	SVG   template.HTML
	// Width is the diagram's natural width in CSS pixels, which the page
	// uses to decide between fitting it to the column and scrolling it.
	Width string
	// Tasks counts the task boxes it holds; pages say "select a task" only
	// where there are some.
	Tasks int
}

// diagram renders p inline with ids prefixed by id, so several diagrams
// share one page. The SVG escapes every text and attribute itself.
func (s *site) diagram(p geom.Page, id string) (diagramView, error) {
	var buf bytes.Buffer
	if err := svg.Render(&buf, p, s.in.Theme, svg.Options{IDPrefix: id + "-"}); err != nil {
		return diagramView{}, err
	}
	tasks := 0
	for _, b := range p.Boxes {
		if b.Role != "" {
			tasks++
		}
	}
	return diagramView{
		ID:    id,
		Label: p.Title,
		SVG:   template.HTML(buf.String()),
		Width: strconv.Itoa(int(p.Width + 0.5)),
		Tasks: tasks,
	}, nil
}
