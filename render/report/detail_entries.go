package report

import (
	"cmp"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/doc"
)

func rolesSection(rows []entryRow) doc.Section {
	s := doc.Section{ID: "roles", Heading: "Roles"}
	if len(rows) == 0 {
		return s
	}
	t := &doc.Table{Header: []string{"Role", "Description", "Stages", "Used in"}, Widths: []float64{1.4, 3.6, 1.1, 1.9}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Description, strings.Join(r.Stages, ", "), r.usedIn()})
	}
	s.Blocks = []doc.Block{
		{Paragraph: "The people and teams who perform the tasks of this module, the stages of the blueprint they work in here, and how many tasks they perform, in total and per sub-process."},
		{Table: t},
	}
	return s
}

func systemsSection(rows []entryRow) doc.Section {
	s := doc.Section{ID: "systems", Heading: "Systems"}
	if len(rows) == 0 {
		return s
	}
	t := &doc.Table{Header: []string{"System", "Category", "Description", "Used in tasks"}, Widths: []float64{1.4, 1, 3.2, 2.4}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Category, r.Description, r.usedIn()})
	}
	s.Blocks = []doc.Block{
		{Paragraph: "The tools the tasks of this module use. Task ids refer to the Task Report; the first part of a task id is its sub-process."},
		{Table: t},
	}
	return s
}

func documentsSection(rows []entryRow) doc.Section {
	s := doc.Section{ID: "documents", Heading: "Documents"}
	if len(rows) == 0 {
		return s
	}
	t := &doc.Table{Header: []string{"Document", "Description", "Read in tasks", "Produced in tasks"}, Widths: []float64{1.4, 3.4, 1.6, 1.6}}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{r.Name, r.Description, strings.Join(r.ReadBy, ", "), strings.Join(r.ProducedBy, ", ")})
	}
	s.Blocks = []doc.Block{
		{Paragraph: "The documents the tasks of this module read or produce. Task ids refer to the Task Report."},
		{Table: t},
	}
	return s
}

// kpiSection gives each KPI a sub-heading and its facts as a list: KPIs
// are few, and their definitions and formulas are too long for the narrow
// columns of a table on portrait paper.
func kpiSection(rows []entryRow) doc.Section {
	s := doc.Section{ID: "kpis", Heading: "KPIs"}
	if len(rows) == 0 {
		return s
	}
	s.Blocks = []doc.Block{{Paragraph: "These metrics and KPIs provide an indication of process performance:"}}
	for _, r := range rows {
		s.Blocks = append(s.Blocks, doc.Block{Heading: cmp.Or(r.Name, r.ID)})
		if r.Description != "" {
			s.Blocks = append(s.Blocks, doc.Block{Paragraph: r.Description})
		}
		if facts := r.kpiFacts(); len(facts) > 0 {
			s.Blocks = append(s.Blocks, doc.Block{List: facts})
		}
	}
	return s
}

// kpiFacts are a KPI's formula, unit, target and direction, those it has.
func (r entryRow) kpiFacts() []string {
	var out []string
	for _, f := range [][2]string{{"Formula", r.Formula}, {"Unit", r.Unit}, {"Target", r.Target}, {"Direction", r.Direction}} {
		if f[1] != "" {
			out = append(out, f[0]+": "+f[1])
		}
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
