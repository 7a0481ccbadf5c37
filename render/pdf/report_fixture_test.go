package pdf

import (
	"fmt"

	"github.com/blueprint-tools/blueprint/render/doc"
)

// taskHeader is the header row of the long table.
func taskHeader() []string {
	return []string{"Task", "Sub-process", "Role", "Stage", "Systems and documents"}
}

// longReport is a Task Report whose table runs over three pages, with
// paragraphs, a list, a sub-heading and text that needs escaping.
func longReport(rows int) doc.Report {
	table := &doc.Table{Header: taskHeader(), Widths: []float64{3, 1.2, 1.6, 1, 2.4}}
	for i := range rows {
		desc := fmt.Sprintf("Task %03d: confirm the backup retention period with the client contact", i+1)
		if i%7 == 3 {
			desc += " and record the agreed schedule, the contacts to notify and the fallback plan in the PSA ticket"
		}
		table.Rows = append(table.Rows, []string{desc, "11b.03", "NOC Engineer", []string{"customer", "onstage", "backstage", "support"}[i%4], "RMM, PSA; Deactivation checklist"})
	}
	return doc.Report{
		Kind: "tasks", Title: "Task Report", Subtitle: "MSP-11b Service Deactivation", Brand: "Northwind Managed IT",
		Sections: []doc.Section{
			{ID: "summary", Heading: "Summary", Blocks: []doc.Block{
				{Paragraph: "Every task of the module, onstage and backstage, with its sub-process, role, stage, systems and documents. " +
					"Text that needs escaping stays text: <script>alert(1)</script> (parentheses) and a back\\slash; Übergabe – café; Сервер."},
				{List: []string{"Onstage tasks are seen by the client.", "Backstage tasks are not; they keep the service running behind the line of visibility, which this long item wraps past."}},
			}},
			{ID: "tasks", Heading: "Tasks", Blocks: []doc.Block{
				{Heading: "All sub-processes"},
				{Table: table},
				{Paragraph: "End of the task list."},
			}},
		},
	}
}
