package load

import (
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func loadTask(t *table) *blueprints.Task {
	task := &blueprints.Task{Kind: blueprints.KindTask}
	task.ID, task.Pos = t.named("task")
	if kind, pos := t.str("kind"); kind != "" {
		task.Kind, _ = oneOf(t, "kind", kind, pos, blueprints.Kinds)
	}
	task.Label, _ = t.required("label")
	task.Description = t.prose("description")
	task.Role.ID, task.Role.Pos = t.required("role")
	var st string
	st, task.StagePos = t.required("stage")
	if st != "" {
		task.Stage, _ = stage(t, "stage", st, task.StagePos)
	}
	task.Systems = t.strs("systems")
	task.Reads = t.strs("reads")
	task.Produces = t.strs("produces")
	for _, r := range t.strs("next") {
		task.Next = append(task.Next, blueprints.Flow{To: r})
	}
	for _, bt := range t.tables("branches", t.subject+" branch") {
		task.Next = append(task.Next, loadBranch(bt))
	}
	loadKindKeys(t, task)
	loadEffort(t, task)
	if v, pos := t.str("value"); v != "" {
		task.Value, _ = oneOf(t, "value", v, pos, blueprints.ValueClasses)
	}
	task.Tiers = t.strs("tiers")
	t.done()
	return task
}

func loadBranch(t *table) blueprints.Flow {
	f := blueprints.Flow{Branch: true}
	f.Label, _ = t.str("label")
	f.To.ID, f.To.Pos = t.required("to")
	t.done()
	return f
}

// loadKindKeys reads the keys that belong to one kind of task only: a
// connector's target and an end's outcome.
func loadKindKeys(t *table, task *blueprints.Task) {
	task.Target.ID, task.Target.Pos = t.str("to")
	_, hasTo := t.m["to"]
	switch {
	case task.Kind == blueprints.KindConnector && !hasTo:
		t.errorf(t.pos(), "missing key \"to\" (a connector names the sub-process or module it leads to)")
	case task.Kind != blueprints.KindConnector && hasTo:
		t.errorf(t.keyPos("to"), "\"to\" is only for connectors (use \"next\" for the flow)")
	}
	task.Outcome.ID, task.Outcome.Pos = t.str("outcome")
	if _, hasOutcome := t.m["outcome"]; hasOutcome && task.Kind != blueprints.KindEnd {
		t.errorf(t.keyPos("outcome"), "\"outcome\" is only for end tasks")
	}
}

func loadEffort(t *table, task *blueprints.Task) {
	text, pos := t.str("effort")
	if text == "" {
		return
	}
	d, ok := parseEffort(text)
	if !ok {
		t.errorf(pos, "effort %q is not a duration (write e.g. \"30m\", \"2h\", \"1h30m\" or \"1d\")", text)
		return
	}
	task.Effort = blueprints.Effort{Text: text, Duration: d}
}

// workday is what "1d" of effort means: one working day.
const workday = 8 * time.Hour

// parseEffort reads a positive Go duration, or a number of working days
// ("1d", "2.5d").
func parseEffort(s string) (time.Duration, bool) {
	if days, ok := strings.CutSuffix(s, "d"); ok {
		n, err := strconv.ParseFloat(days, 64)
		if err != nil || n <= 0 || n > 1000 {
			return 0, false
		}
		return time.Duration(n * float64(workday)), true
	}
	d, err := time.ParseDuration(s)
	return d, err == nil && d > 0
}
