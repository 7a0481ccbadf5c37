package kit

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// Syllabus is curriculum c as a report: its description and units, then
// each unit ("Module 1: ...") with its topics and, for each topic, the
// blueprint modules, KPIs and maturity practices it concerns. set must be
// personalized; brand is the provider's display name. Render it with
// render/pdf's Report, landscape.
func Syllabus(set *blueprints.Set, c *blueprints.Curriculum, brand string) doc.Report {
	l := newLinkNames(set, c.Series.ID)
	sections := []doc.Section{syllabusOverview(l, c)}
	for i, u := range c.Units {
		sections = append(sections, syllabusUnit(l, i+1, u))
	}
	return doc.Report{Kind: "syllabus", Title: "Syllabus", Subtitle: c.Title, Brand: brand, Sections: sections}
}

// unitHeading is how a unit is titled: "Module 1: Defining Service
// Boundaries and Scope", numbered from 1 in curriculum order.
func unitHeading(n int, u *blueprints.Unit) string {
	return "Module " + strconv.Itoa(n) + ": " + u.Title
}

func syllabusOverview(l linkNames, c *blueprints.Curriculum) doc.Section {
	s := doc.Section{ID: "overview", Heading: "Overview"}
	if c.Summary != "" {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: c.Summary})
	}
	for _, p := range l.paragraphs(c.Description) {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: p})
	}
	t := &doc.Table{Header: []string{"Module", "Title", "Topics"}, Widths: []float64{0.8, 4, 0.8}}
	for i, u := range c.Units {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), u.Title, strconv.Itoa(len(u.Topics))})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	return s
}

func syllabusUnit(l linkNames, n int, u *blueprints.Unit) doc.Section {
	s := doc.Section{ID: "module-" + strconv.Itoa(n), Heading: unitHeading(n, u)}
	if u.Summary != "" {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: u.Summary})
	}
	t := &doc.Table{Header: []string{"Topic", "What it covers", "Blueprints", "KPIs", "Practices"}, Widths: []float64{0.5, 3.6, 1.6, 1.3, 1.5}}
	for _, tp := range u.Topics {
		t.Rows = append(t.Rows, []string{tp.ID, tp.Text, l.list(tp.Modules, l.module), l.list(tp.KPIs, l.kpi), l.list(tp.Practices, l.practice)})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	return s
}
