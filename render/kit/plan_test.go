package kit

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// readCSV parses a kit CSV: it must start with the byte-order mark, use
// CRLF and parse as CSV with a fixed number of fields.
func readCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	body, ok := bytes.CutPrefix(data, []byte("\uFEFF"))
	if !ok {
		t.Fatal("no byte-order mark")
	}
	if !bytes.HasSuffix(body, []byte("\r\n")) {
		t.Error("lines do not end in CRLF")
	}
	records, err := csv.NewReader(bytes.NewReader(body)).ReadAll()
	if err != nil {
		t.Fatalf("not CSV: %v", err)
	}
	return records
}

// TestPlanShippedModules opens each shipped module's plan as CSV: the
// expected columns, a summary row per sub-process, one row per task (every
// kind but connectors) with its role and duration, and predecessors that
// name earlier rows of the same file without a cycle.
func TestPlanShippedModules(t *testing.T) {
	set := shipped(t, "northwind")
	for _, m := range set.Modules {
		t.Run(m.ID, func(t *testing.T) {
			data, err := Plan(set, m)
			if err != nil {
				t.Fatal(err)
			}
			rows := readCSV(t, data)
			if !slices.Equal(rows[0], planColumns()) {
				t.Fatalf("header %q", rows[0])
			}
			col := columns(rows[0])
			tasks, subs := map[string]int{}, 0
			for i, r := range rows[1:] {
				if r[col["ID"]] != strconv.Itoa(i+1) {
					t.Errorf("row %d has ID %s", i+1, r[col["ID"]])
				}
				switch r[col["Outline Level"]] {
				case "1":
					subs++
				case "2":
					tasks[r[col["Task ID"]]]++
				default:
					t.Errorf("row %d: outline level %q", i+1, r[col["Outline Level"]])
				}
			}
			want := steps(m)
			if subs != len(m.Subprocesses) || len(tasks) != len(want) || len(rows)-1 != len(want)+subs {
				t.Errorf("%d sub-process rows and %d task rows for %d sub-processes and %d tasks", subs, len(tasks), len(m.Subprocesses), len(want))
			}
			for _, s := range want {
				if tasks[s.t.ID] != 1 {
					t.Errorf("task %s has %d rows", s.t.ID, tasks[s.t.ID])
				}
			}
			checkTaskRows(t, rows, col, set, m)
			checkAcyclic(t, rows, col)
		})
	}
}

func columns(header []string) map[string]int {
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	return col
}

// checkTaskRows compares each task row with its task: the role by the
// brand's name, the duration from the effort, milestones for events.
func checkTaskRows(t *testing.T, rows [][]string, col map[string]int, set *blueprints.Set, m *blueprints.Module) {
	t.Helper()
	sc := blueprints.NewScope(set, m)
	for _, s := range steps(m) {
		i := slices.IndexFunc(rows, func(r []string) bool { return r[col["Outline Level"]] == "2" && r[col["Task ID"]] == s.t.ID })
		if i < 0 {
			continue
		}
		r := rows[i]
		if r[col["Resource Names"]] != sc.Role(s.t.Role.ID).Name || r[col["Name"]] != s.t.Label || r[col["Sub-process"]] != s.sp.ID {
			t.Errorf("task %s: row %q", s.t.ID, r)
		}
		event := s.t.Kind == blueprints.KindStart || s.t.Kind == blueprints.KindEnd
		switch {
		case event && (r[col["Milestone"]] != "Yes" || r[col["Duration"]] != "0d"):
			t.Errorf("event %s: milestone %q, duration %q", s.t.ID, r[col["Milestone"]], r[col["Duration"]])
		case !event && (r[col["Duration"]] == "") != (s.t.Effort.Duration == 0):
			t.Errorf("task %s: duration %q for effort %q", s.t.ID, r[col["Duration"]], s.t.Effort.Text)
		}
	}
}

// checkAcyclic checks that predecessors name rows of the file and that
// following them never loops, as Microsoft Project requires.
func checkAcyclic(t *testing.T, rows [][]string, col map[string]int) {
	t.Helper()
	preds := map[int][]int{}
	for _, r := range rows[1:] {
		id, _ := strconv.Atoi(r[col["ID"]])
		if r[col["Predecessors"]] == "" {
			continue
		}
		for _, p := range strings.Split(r[col["Predecessors"]], ",") {
			n, err := strconv.Atoi(p)
			if err != nil || n < 1 || n >= len(rows) || rows[n][col["Outline Level"]] != "2" {
				t.Errorf("row %d: predecessor %q is not a task row", id, p)
			}
			preds[id] = append(preds[id], n)
		}
	}
	state := map[int]int{}
	var visit func(int) bool
	visit = func(u int) bool {
		state[u] = 1
		for _, v := range preds[u] {
			if state[v] == 1 || state[v] == 0 && !visit(v) {
				return false
			}
		}
		state[u] = 2
		return true
	}
	for id := range preds {
		if state[id] == 0 && !visit(id) {
			t.Fatalf("the predecessors loop through row %d", id)
		}
	}
}

// TestPlanPredecessorsCrossConnectors: the first task after an incoming
// connector follows the task before the matching outgoing connector of the
// sub-process before.
func TestPlanPredecessorsCrossConnectors(t *testing.T) {
	set := shipped(t, "")
	m := set.Module("MSP-11b")
	preds := predecessors(m, steps(m))
	if got := preds["11b.02.02"]; !slices.Equal(got, []string{"11b.01.13"}) {
		t.Errorf("11b.02.02 follows %q, want the last task of 11b.01", got)
	}
	if got := preds["11b.01.02"]; !slices.Equal(got, []string{"11b.01.01"}) {
		t.Errorf("11b.01.02 follows %q, want the start", got)
	}
	if got := preds["11b.01.01"]; len(got) != 0 {
		t.Errorf("the start follows %q", got)
	}
}

// loopModule has a rework loop: test, and on failure fix and test again;
// and a second sub-process the first continues in without an incoming
// connector.
func loopModule() *blueprints.Module {
	flow := func(ids ...string) []blueprints.Flow {
		var out []blueprints.Flow
		for _, id := range ids {
			out = append(out, blueprints.Flow{To: blueprints.Ref{ID: id}})
		}
		return out
	}
	task := func(id string, kind blueprints.Kind, next ...string) *blueprints.Task {
		return &blueprints.Task{ID: id, Kind: kind, Label: id, Role: blueprints.Ref{ID: "r"}, Next: flow(next...)}
	}
	out := task("to-b", blueprints.KindConnector)
	out.Target.ID = "b"
	return &blueprints.Module{ID: "M", Subprocesses: []*blueprints.Subprocess{
		{ID: "a", Tasks: []*blueprints.Task{
			task("start", blueprints.KindStart, "build"),
			task("build", blueprints.KindTask, "test"),
			task("test", blueprints.KindDecision, "fix", "to-b"),
			task("fix", blueprints.KindTask, "test"),
			out,
		}},
		{ID: "b", Tasks: []*blueprints.Task{
			task("b-start", blueprints.KindStart, "ship"),
			task("ship", blueprints.KindTask, "done"),
			task("done", blueprints.KindEnd),
		}},
	}}
}

func TestPlanBreaksLoops(t *testing.T) {
	m := loopModule()
	preds := predecessors(m, steps(m))
	want := map[string][]string{
		"start": nil, "build": {"start"}, "test": {"build"}, "fix": {"test"},
		"b-start": {"test"}, "ship": {"b-start"}, "done": {"ship"},
	}
	for id, w := range want {
		if !slices.Equal(preds[id], w) {
			t.Errorf("%s follows %q, want %q", id, preds[id], w)
		}
	}
}

func TestProjectDuration(t *testing.T) {
	tests := []struct {
		d    time.Duration
		want string
	}{
		{0, ""},
		{15 * time.Minute, "15m"},
		{30 * time.Minute, "30m"},
		{time.Hour, "1h"},
		{90 * time.Minute, "1.5h"},
		{80 * time.Minute, "1.33h"},
		{8 * time.Hour, "1d"},
		{16 * time.Hour, "2d"},
		{12 * time.Hour, "12h"},
	}
	for _, tt := range tests {
		if got := projectDuration(blueprints.Effort{Duration: tt.d}); got != tt.want {
			t.Errorf("%v: %q, want %q", tt.d, got, tt.want)
		}
	}
}

// TestCSVIsFormulaSafe: no cell a spreadsheet would run as a formula.
func TestCSVIsFormulaSafe(t *testing.T) {
	data, err := csvBytes([][]string{{"=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\tx", "ok", ""}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)", "'\tx", "ok", ""}
	if got := readCSV(t, data)[0]; !slices.Equal(got, want) {
		t.Errorf("cells %q, want %q", got, want)
	}
}
