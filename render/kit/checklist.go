package kit

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// checklistColumns is the header row of a role's checklist as CSV: an
// empty Done column to tick, then what the task is and needs.
func checklistColumns() []string {
	return []string{"Done", "Sub-process", "Task ID", "Task", "Kind", "Stage", "Systems", "Reads", "Produces", "Effort", "Notes"}
}

// checkItem is one line of a role's checklist.
type checkItem struct {
	sp *blueprints.Subprocess
	t  *blueprints.Task
}

// checklist lists the tasks and decisions of role in module order.
func checklist(m *blueprints.Module, role string) []checkItem {
	var out []checkItem
	for _, s := range steps(m) {
		if s.t.Role.ID == role && isWork(s.t) {
			out = append(out, checkItem(s))
		}
	}
	return out
}

// ChecklistMarkdown is the checklist of one role of module m: its tasks
// and decisions as Markdown task items, grouped by sub-process, each with
// the systems and documents it needs and its effort. brand is the
// provider's display name. set must be personalized.
func ChecklistMarkdown(set *blueprints.Set, m *blueprints.Module, role, brand string) []byte {
	n := newNames(set, m)
	var b strings.Builder
	b.WriteString("# Checklist: " + md(n.role(role)) + "\n\n")
	b.WriteString(md(m.ID + " " + m.Title))
	if brand != "" {
		b.WriteString(" · " + md(brand))
	}
	b.WriteString("\n\n")
	var cur *blueprints.Subprocess
	for _, it := range checklist(m, role) {
		if it.sp != cur {
			cur = it.sp
			b.WriteString("## " + md(it.sp.ID+" "+it.sp.Title) + "\n\n")
		}
		b.WriteString("- [ ] " + checkLine(n, it) + "\n")
	}
	return []byte(b.String())
}

// checkLine is one task of a checklist: its label, then what it needs.
func checkLine(n names, it checkItem) string {
	t := it.t
	line := md(t.Label)
	if t.Kind == blueprints.KindDecision {
		line = "Decide: " + line + " " + branches(t)
	}
	line += " (" + md(t.ID)
	if t.Effort.Text != "" {
		line += ", " + md(t.Effort.Text)
	}
	line += ")"
	for _, part := range []struct {
		label string
		list  []string
	}{
		{"in", n.systems(t.Systems)}, {"reads", n.documents(t.Reads)}, {"produces", n.documents(t.Produces)},
	} {
		if len(part.list) > 0 {
			line += "; " + part.label + " " + md(strings.Join(part.list, ", "))
		}
	}
	return line
}

// ChecklistCSV is the checklist of one role of module m as CSV, one row
// per task or decision under checklistColumns, encoded as the plan is.
func ChecklistCSV(set *blueprints.Set, m *blueprints.Module, role string) ([]byte, error) {
	n := newNames(set, m)
	records := [][]string{checklistColumns()}
	for _, it := range checklist(m, role) {
		t := it.t
		records = append(records, []string{
			"", strings.TrimSpace(it.sp.ID + " " + it.sp.Title), t.ID, t.Label, kindName(t.Kind), t.Stage.Title(),
			strings.Join(n.systems(t.Systems), "; "), strings.Join(n.documents(t.Reads), "; "),
			strings.Join(n.documents(t.Produces), "; "), t.Effort.Text, n.plain(t.Description),
		})
	}
	return csvBytes(records)
}
