package kit

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// planColumns is the header row of the project plan. The first eight are
// Microsoft Project's own field names, so its import wizard maps them by
// itself: ID is the row number that Predecessors refer to, Outline Level
// makes each sub-process a summary task over its tasks, Resource Names is
// the role. Spreadsheets get the rest: the duration in hours to sum, the
// blueprint's task id, sub-process and stage, and the task's description.
func planColumns() []string {
	return []string{
		"ID", "Outline Level", "Name", "Duration", "Predecessors", "Resource Names", "Milestone", "Notes",
		"Duration (hours)", "Task ID", "Sub-process", "Stage", "Kind",
	}
}

// Plan is the project plan of module m as CSV: a summary row per
// sub-process (outline level 1), then one row per task of it (outline level
// 2) in the order written, connectors left out. A task's predecessors are
// the rows before it in the flow, through connectors from one sub-process
// to the next, without the links that close a loop. Start and end events
// are milestones of no duration; a task's duration is its effort, or empty
// when the content gives none. set must be personalized.
func Plan(set *blueprints.Set, m *blueprints.Module) ([]byte, error) {
	n := newNames(set, m)
	list := steps(m)
	preds := predecessors(m, list)
	rowOf := planRows(m, list)
	records := [][]string{planColumns()}
	var cur *blueprints.Subprocess
	for _, s := range list {
		if s.sp != cur {
			cur = s.sp
			records = append(records, summaryRow(len(records), s.sp))
		}
		records = append(records, taskRow(len(records), n, s, refRows(preds[s.t.ID], rowOf)))
	}
	return csvBytes(records)
}

// planRows numbers the rows as Plan writes them: each sub-process's summary
// row, then its tasks, counting from 1.
func planRows(m *blueprints.Module, list []step) map[string]int {
	rows := map[string]int{}
	var cur *blueprints.Subprocess
	n := 0
	for _, s := range list {
		if s.sp != cur {
			cur = s.sp
			n++
		}
		n++
		rows[s.t.ID] = n
	}
	return rows
}

func refRows(ids []string, rowOf map[string]int) string {
	var out []string
	for _, id := range ids {
		if r, ok := rowOf[id]; ok {
			out = append(out, strconv.Itoa(r))
		}
	}
	return strings.Join(out, ",")
}

func summaryRow(id int, sp *blueprints.Subprocess) []string {
	return []string{strconv.Itoa(id), "1", strings.TrimSpace(sp.ID + " " + sp.Title), "", "", "", "No", "", "", sp.ID, sp.ID, "", "Sub-process"}
}

func taskRow(id int, n names, s step, preds string) []string {
	t := s.t
	dur, hours, milestone := projectDuration(t.Effort), "", "No"
	if t.Effort.Duration > 0 {
		hours = strconv.FormatFloat(t.Effort.Duration.Hours(), 'f', -1, 64)
	}
	if t.Kind == blueprints.KindStart || t.Kind == blueprints.KindEnd {
		dur, hours, milestone = "0d", "0", "Yes"
	}
	return []string{
		strconv.Itoa(id), "2", t.Label, dur, preds, n.role(t.Role.ID), milestone, n.plain(t.Description),
		hours, t.ID, s.sp.ID, t.Stage.Title(), kindName(t.Kind),
	}
}

// projectDuration writes an effort as Microsoft Project reads durations:
// whole working days as "1d" (a day is 8 hours, as in the content),
// whole hours as "2h", less than an hour in minutes ("30m"), anything
// else in hours with decimals ("1.5h"). No effort gives "".
func projectDuration(e blueprints.Effort) string {
	d := e.Duration
	switch {
	case d <= 0:
		return ""
	case d%(8*time.Hour) == 0:
		return strconv.FormatInt(int64(d/(8*time.Hour)), 10) + "d"
	case d%time.Hour == 0:
		return strconv.FormatInt(int64(d/time.Hour), 10) + "h"
	case d < time.Hour:
		return strconv.FormatFloat(d.Minutes(), 'f', -1, 64) + "m"
	}
	return strconv.FormatFloat(math.Round(d.Hours()*100)/100, 'f', -1, 64) + "h"
}

// kindName is how a kind of step is printed.
func kindName(k blueprints.Kind) string {
	switch k {
	case blueprints.KindStart:
		return "Start"
	case blueprints.KindEnd:
		return "End"
	case blueprints.KindDecision:
		return "Decision"
	case blueprints.KindConnector:
		return "Connector"
	}
	return "Task"
}
