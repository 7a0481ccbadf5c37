package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// taskColumns is the header row of TaskCSV.
func taskColumns() []string {
	return []string{
		"Sub-process", "Task ID", "Label", "Kind", "Role", "Stage", "Systems", "Reads", "Produces",
		"Effort", "Effort (hours)", "Value", "Description", "Next",
	}
}

// detailColumns is the header row of DetailCSV.
func detailColumns() []string {
	return []string{"Type", "ID", "Name", "Description", "Detail", "Used in"}
}

// TaskCSV writes the Task Report of module m as CSV, one row per step the
// report lists (see Tasks), under a header row: Sub-process, Task ID,
// Label, Kind, Role, Stage, Systems, Reads, Produces, Effort,
// Effort (hours), Value, Description, Next. Lists in a cell are separated
// by "; ". Effort is as written ("30m", "1d"); Effort (hours) is the same
// as a number a spreadsheet can sum. Next is where the flow goes: the next
// task ids, a decision's labelled branches, or the outcome an end reaches;
// a connector is replaced by the sub-process or module it continues in.
//
// set must already be personalized. The file is UTF-8 with a byte-order
// mark and CRLF line ends, as Excel expects, and no cell can run as a
// formula: one starting with "=", "+", "-", "@", tab or carriage return
// gets a leading apostrophe.
func TaskCSV(w io.Writer, set *blueprints.Set, m *blueprints.Module) error {
	mm := newModule(set, m)
	records := [][]string{taskColumns()}
	for _, sp := range mm.m.Subprocesses {
		if sp == nil {
			continue
		}
		for _, r := range mm.tasks(sp) {
			records = append(records, r.csvRecord())
		}
	}
	return writeCSV(w, records)
}

// DetailCSV writes the entries of the Detail Report of module m as CSV,
// one row per role, system, document and KPI, in the report's order, under
// a header row: Type, ID, Name, Description, Detail, Used in. Detail holds
// what only that type has (a role's stages, a system's category, a KPI's
// formula, unit, target and direction); Used in says where the module
// uses the entry (a role's sub-processes with task counts, the ids of the
// tasks using a system, reading or producing a document). It is encoded
// as TaskCSV is.
func DetailCSV(w io.Writer, set *blueprints.Set, m *blueprints.Module) error {
	roles, systems, docs, kpis := newModule(set, m).entries()
	records := [][]string{detailColumns()}
	for _, group := range [][]entryRow{roles, systems, docs, kpis} {
		for _, r := range group {
			records = append(records, []string{r.Type, r.ID, r.Name, r.Description, r.detail(), r.usedIn()})
		}
	}
	return writeCSV(w, records)
}

func (r taskRow) csvRecord() []string {
	next := joinNames(r.Next)
	switch {
	case len(r.Branches) > 0:
		next = joinNames(r.Branches)
	case r.Kind == blueprints.KindEnd && r.Outcome != "":
		next = "Outcome: " + r.Outcome
	}
	h := ""
	if r.Hours > 0 {
		h = formatHours(r.Hours)
	}
	return []string{
		strings.TrimSpace(r.Subprocess.ID + " " + r.Subprocess.Title), r.ID, r.Label, kindName(r.Kind),
		r.Role, r.Stage, joinNames(r.Systems), joinNames(r.Reads), joinNames(r.Produces),
		r.Effort, h, r.Value, r.Description, next,
	}
}

// detail is what only an entry's type has, as one line.
func (r entryRow) detail() string {
	switch r.Type {
	case "Role":
		if len(r.Stages) > 0 {
			return "Stages: " + strings.Join(r.Stages, ", ")
		}
	case "System":
		if r.Category != "" {
			return "Category: " + r.Category
		}
	case "KPI":
		return joinNames(r.kpiFacts())
	}
	return ""
}

func writeCSV(w io.Writer, records [][]string) error {
	// The byte-order mark is what makes Excel read the file as UTF-8
	// rather than the system's code page.
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	for _, rec := range records {
		cells := make([]string, len(rec))
		for i, c := range rec {
			cells[i] = csvCell(c)
		}
		if err := cw.Write(cells); err != nil {
			return fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvCell defuses formula injection: a spreadsheet runs a cell that starts
// with "=", "+", "-" or "@" as a formula (and tab or carriage return can
// hide such a start), so such a cell gets a leading apostrophe, which
// spreadsheets show as text. Content is authored by consultants but
// personalized by brands and opened by clients, so no cell is trusted.
func csvCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
