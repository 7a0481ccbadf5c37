package report

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// Tasks builds the Task Report of module m: a summary of the sub-processes
// and then, per sub-process, every step with its role, stage, systems,
// documents, effort, value class and description. Steps are tasks,
// decisions (with their branches), and the start and end events (an end
// with the outcome it reaches); connectors are left out, since they only
// continue a map on another page. set must already be personalized;
// brandName is the brand's display name.
func Tasks(set *blueprints.Set, m *blueprints.Module, brandName string) doc.Report {
	mm := newModule(set, m)
	sections := []doc.Section{mm.taskSummary()}
	for _, sp := range mm.m.Subprocesses {
		if sp != nil {
			sections = append(sections, mm.subprocessTasks(sp))
		}
	}
	return doc.Report{
		Kind:     "tasks",
		Title:    "Task Report",
		Subtitle: strings.TrimSpace(mm.m.ID + " " + mm.m.Title),
		Brand:    brandName,
		Sections: nonEmpty(sections),
	}
}

// taskSummary counts the steps of each sub-process per stage and sums
// their effort, with a legend of the stages for readers new to service
// blueprints.
func (mm *module) taskSummary() doc.Section {
	s := doc.Section{ID: "summary", Heading: "Summary"}
	if len(mm.m.Subprocesses) == 0 {
		return s
	}
	t := &doc.Table{
		Header: []string{"Sub-process", "Tasks", "Customer", "Onstage", "Backstage", "Support", "Effort (h)"},
		Widths: []float64{3.2, 0.7, 0.9, 0.9, 0.9, 0.9, 0.9},
	}
	var total []taskRow
	for _, sp := range mm.m.Subprocesses {
		if sp == nil {
			continue
		}
		rows := mm.tasks(sp)
		total = append(total, rows...)
		t.Rows = append(t.Rows, countRow(sp.ID+" "+sp.Title, rows))
	}
	t.Rows = append(t.Rows, countRow("Total", total))
	s.Blocks = []doc.Block{
		{Paragraph: "This report lists every onstage and backstage task of the module, sub-process by sub-process, in the order of the process maps. Each task names the role that performs it and the stage of the blueprint it belongs to:"},
		{List: []string{
			"Customer: what the client's people do.",
			"Onstage: what the provider does in view of the client.",
			"Backstage: what the provider does out of the client's view.",
			"Support: the systems and third parties the work relies on.",
		}},
		{Table: t},
		{Paragraph: "Effort is the sum of the estimates of the tasks that give one; a decision's branches are each counted, so a single run of the process usually takes less."},
	}
	return s
}

// countRow is one line of the summary: steps per stage and effort.
func countRow(name string, rows []taskRow) []string {
	perStage := map[string]int{}
	var h float64
	for _, r := range rows {
		perStage[r.Stage]++
		h += r.Hours
	}
	out := []string{name, itoa(len(rows))}
	for _, st := range blueprints.Stages {
		out = append(out, itoa(perStage[st.Title()]))
	}
	return append(out, formatHours(h))
}

func (mm *module) subprocessTasks(sp *blueprints.Subprocess) doc.Section {
	s := doc.Section{ID: "sp-" + sp.ID, Heading: strings.TrimSpace(sp.ID + " " + sp.Title)}
	if d := mm.prose(sp.Description); d != "" {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: d})
	}
	rows := mm.tasks(sp)
	if len(rows) == 0 {
		return s
	}
	t := &doc.Table{
		Header: []string{"ID", "Task", "Description", "Role", "Stage", "Systems", "Documents", "Effort", "Value"},
		Widths: []float64{1, 1.5, 2.9, 1.25, 0.9, 1.3, 1.6, 0.7, 1.05},
	}
	for _, r := range rows {
		t.Rows = append(t.Rows, []string{
			r.ID, r.taskCell(), r.descriptionCell(), r.Role, r.Stage,
			joinNames(r.Systems), r.documentsCell(), r.EffortText, r.Value,
		})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	return s
}

// taskCell is the label, with the kind in front for the steps that are
// not plain tasks, so a reader of the table tells an event from work.
func (r taskRow) taskCell() string {
	if r.Kind == blueprints.KindTask {
		return r.Label
	}
	return kindName(r.Kind) + ": " + r.Label
}

// descriptionCell is the description, followed by a decision's branches
// or an end's outcome.
func (r taskRow) descriptionCell() string {
	parts := []string{r.Description}
	switch {
	case len(r.Branches) > 0:
		parts = append(parts, strings.Join(r.Branches, "; ")+".")
	case r.Kind == blueprints.KindEnd && r.Outcome != "":
		parts = append(parts, "Outcome: "+r.Outcome+".")
	}
	return strings.TrimSpace(strings.Join(parts, " "))
}

// documentsCell names what a task reads and what it produces.
func (r taskRow) documentsCell() string {
	var parts []string
	if len(r.Reads) > 0 {
		parts = append(parts, "Reads: "+joinNames(r.Reads)+".")
	}
	if len(r.Produces) > 0 {
		parts = append(parts, "Produces: "+joinNames(r.Produces)+".")
	}
	return strings.Join(parts, " ")
}
