package report

import (
	"html/template"
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// TestShippedTasksAppear checks that every task of every shipped module
// (every kind but connectors, which the report leaves out on purpose)
// appears in the Task Report: in its sub-process's table, in the HTML and
// as a CSV row, in the order of the content.
func TestShippedTasksAppear(t *testing.T) {
	for _, brand := range []string{"", "northwind"} {
		set, _ := loadShipped(t, brand)
		for _, m := range set.Modules {
			t.Run(brand+"/"+m.ID, func(t *testing.T) {
				r := Tasks(set, m, "Brand")
				page := htmlOf(t, r, HTMLOptions{})
				var csvIDs []string
				for _, rec := range readCSV(t, taskCSVOf(t, set, m))[1:] {
					csvIDs = append(csvIDs, rec[1])
				}
				var want []string
				for _, sp := range m.Subprocesses {
					rows := tableRows(r, "sp-"+sp.ID)
					for _, task := range sp.Tasks {
						if task.Kind == blueprints.KindConnector {
							if rows[task.ID] != nil {
								t.Errorf("connector %s is listed", task.ID)
							}
							continue
						}
						want = append(want, task.ID)
						checkTaskAppears(t, task, rows[task.ID], page)
					}
				}
				if !slices.Equal(csvIDs, want) {
					t.Errorf("CSV task ids =\n%v\nwant\n%v", csvIDs, want)
				}
			})
		}
	}
}

func checkTaskAppears(t *testing.T, task *blueprints.Task, row []string, page string) {
	t.Helper()
	if row == nil || !strings.Contains(row[1], task.Label) {
		t.Errorf("task %s %q: not in its sub-process's table (row %q)", task.ID, task.Label, row)
	}
	if !strings.Contains(page, `<th scope="row">`+task.ID+`</th>`) {
		t.Errorf("task %s: no row in the HTML", task.ID)
	}
	if !strings.Contains(page, template.HTMLEscapeString(task.Label)) {
		t.Errorf("task %s: label %q not in the HTML", task.ID, task.Label)
	}
}

// tableRows returns the rows of the tables of a section, by first cell.
func tableRows(r doc.Report, sectionID string) map[string][]string {
	rows := map[string][]string{}
	for _, s := range r.Sections {
		if s.ID != sectionID {
			continue
		}
		for _, b := range s.Blocks {
			if b.Table != nil {
				for _, row := range b.Table.Rows {
					rows[row[0]] = row
				}
			}
		}
	}
	return rows
}

// TestShippedKPIsAppear checks that every KPI of every shipped module
// appears in its Detail Report, in the HTML and in the detail CSV, with
// its formula and target.
func TestShippedKPIsAppear(t *testing.T) {
	for _, brand := range []string{"", "northwind"} {
		set, _ := loadShipped(t, brand)
		for _, m := range set.Modules {
			t.Run(brand+"/"+m.ID, func(t *testing.T) {
				r := Detail(set, m, "Brand")
				page := htmlOf(t, r, HTMLOptions{})
				csvKPIs := map[string][]string{}
				for _, rec := range readCSV(t, detailCSVOf(t, set, m))[1:] {
					if rec[0] == "KPI" {
						csvKPIs[rec[1]] = rec
					}
				}
				sc := blueprints.NewScope(set, m)
				for _, ref := range m.KPIs {
					k := sc.KPI(ref.ID)
					if k == nil {
						t.Fatalf("KPI %s does not resolve", ref.ID)
					}
					checkKPIAppears(t, k, r, page, csvKPIs[k.ID])
				}
				if len(csvKPIs) != len(m.KPIs) {
					t.Errorf("CSV has %d KPIs, module has %d", len(csvKPIs), len(m.KPIs))
				}
			})
		}
	}
}

func checkKPIAppears(t *testing.T, k *blueprints.KPI, r doc.Report, page string, rec []string) {
	t.Helper()
	if !hasBlock(r, "kpis", func(b doc.Block) bool { return b.Heading == k.Name }) ||
		!hasBlock(r, "kpis", func(b doc.Block) bool { return slices.Contains(b.List, "Target: "+k.Target) }) {
		t.Errorf("KPI %s: name or target not in the report", k.ID)
	}
	if !strings.Contains(page, "<h3>"+template.HTMLEscapeString(k.Name)+"</h3>") ||
		!strings.Contains(page, template.HTMLEscapeString(k.Formula)) {
		t.Errorf("KPI %s: name or formula not in the HTML", k.ID)
	}
	if rec == nil || rec[2] != k.Name || !strings.Contains(rec[4], k.Formula) {
		t.Errorf("KPI %s: CSV row %q lacks its name or formula", k.ID, rec)
	}
}

func hasBlock(r doc.Report, sectionID string, ok func(doc.Block) bool) bool {
	for _, s := range r.Sections {
		if s.ID == sectionID && slices.ContainsFunc(s.Blocks, ok) {
			return true
		}
	}
	return false
}

// TestPersonalizedNames checks that the reports of a branded set carry the
// brand's names for roles, systems and documents, in tables and in running
// text alike, and that no {kind:id} reference is left unexpanded.
func TestPersonalizedNames(t *testing.T) {
	set, brand := loadShipped(t, "northwind")
	m := set.Module("MSP-11b")
	if m == nil {
		t.Fatal("MSP-11b not shipped")
	}
	var all strings.Builder
	for _, r := range []doc.Report{Detail(set, m, brand.Name), Tasks(set, m, brand.Name)} {
		all.WriteString(htmlOf(t, r, HTMLOptions{}))
	}
	all.WriteString(taskCSVOf(t, set, m))
	all.WriteString(detailCSVOf(t, set, m))
	out := all.String()
	for _, want := range []string{brand.Name, "ConnectWise Manage", "IT Glue", "Onboarding Project Manager", "Help Desk Technician", "Master Services Agreement"} {
		if !strings.Contains(out, want) {
			t.Errorf("the brand's name %q does not appear", want)
		}
	}
	for _, generic := range []string{"Activation Project Manager", "Service Desk Analyst", "IT Documentation Platform", "Managed Services Agreement", "{role:", "{system:", "{doc:", "{kpi:"} {
		if strings.Contains(out, generic) {
			t.Errorf("%q appears, though the brand renames it", generic)
		}
	}
	for name := range tableRows(Detail(set, m, brand.Name), "systems") {
		if name == "PSA" || name == "RMM" {
			t.Errorf("system listed under its generic name %q", name)
		}
	}
}
