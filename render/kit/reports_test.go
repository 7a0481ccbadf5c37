package kit

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/assess"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/pdf"
)

// withModels is the shipped set personalized for a brand, with the
// maturity models and curricula carried over (branding.Apply does not copy
// them yet), and the brand's recorded assessment.
func withModels(t *testing.T, brand string) (*blueprints.Set, *blueprints.Assessment) {
	t.Helper()
	set := shipped(t, brand)
	raw, _ := load.Dir(os.DirFS(shippedContent), "blueprints")
	set.Maturity, set.Curricula = raw.Maturity, raw.Curricula
	a, diags := load.Assessment(os.DirFS(filepath.Join(shippedBrands, brand)), "branding/"+brand)
	if diags.Errors() > 0 {
		t.Fatal(diags)
	}
	return set, a
}

func section(r doc.Report, id string) doc.Section {
	for _, s := range r.Sections {
		if s.ID == id {
			return s
		}
	}
	return doc.Section{}
}

func TestMatrixReport(t *testing.T) {
	set, a := withModels(t, "northwind")
	res := assess.Score(set.Maturity[0], assess.InPlace(a))
	r := Matrix(set, res, a, "Northwind Managed IT")
	if r.Subtitle != "Customer-Facing Service Operation" || len(r.Sections) != 5 {
		t.Fatalf("report %q with %d sections", r.Subtitle, len(r.Sections))
	}
	if got := section(r, "summary").Blocks[0].List[0]; got != "Overall level: 1 Initial." {
		t.Errorf("summary starts %q", got)
	}
	m := section(r, "matrix").Blocks[0].Table
	if len(m.Rows) != 9 || len(m.Header) != 7 || m.Rows[5][0] != "Decommissioning" {
		t.Fatalf("matrix %q, %d rows", m.Header, len(m.Rows))
	}
	if got := strings.Join(m.Rows[5][1:], " | "); got != "Reached 1/1 | 0/1 | 1/1, not counted | 0/2 | 0/2 | 1" {
		t.Errorf("decommissioning row: %s", got)
	}
	next := section(r, "next").Blocks[1].Table
	if len(next.Rows) != 2 || next.Rows[0][0] != "decom-2" || next.Rows[0][4] != "MSP-11b Service Offboarding" {
		t.Errorf("next practices: %q", next.Rows)
	}
	if got := section(r, "not-counted").Blocks[1].List; len(got) != 2 {
		t.Errorf("not counted: %q", got)
	}
	rows := 0
	for _, b := range section(r, "practices").Blocks {
		if b.Table != nil {
			rows += len(b.Table.Rows)
		}
	}
	if rows != 61 {
		t.Errorf("%d practices listed, want 61", rows)
	}
}

func TestMatrixWithoutAssessment(t *testing.T) {
	set, _ := withModels(t, "default")
	r := Matrix(set, assess.Score(set.Maturity[0], nil), nil, "Default")
	sum := section(r, "summary").Blocks[0].List
	if sum[0] != "Overall level: 0 (not yet Initial)." || !strings.Contains(sum[2], "No self-assessment is recorded") {
		t.Errorf("summary %q", sum)
	}
}

func TestSyllabusReport(t *testing.T) {
	set, _ := withModels(t, "northwind")
	r := Syllabus(set, set.Curricula[0], "Northwind Managed IT")
	if len(r.Sections) != 9 {
		t.Fatalf("%d sections, want an overview and 8 modules", len(r.Sections))
	}
	topics := 0
	for i, s := range r.Sections[1:] {
		tbl := s.Blocks[len(s.Blocks)-1].Table
		if tbl == nil || len(tbl.Rows) != 6 || !strings.HasPrefix(s.Heading, "Module ") {
			t.Errorf("section %d: %q", i+1, s.Heading)
			continue
		}
		topics += len(tbl.Rows)
	}
	if topics != 48 {
		t.Errorf("%d topics, want 48", topics)
	}
	row := r.Sections[2].Blocks[1].Table.Rows[0] // topic 2.1
	if row[0] != "2.1" || row[3] != "Mean Time to Resolve Incident" || !strings.HasPrefix(row[4], "request-3 (Request handling, level 3)") {
		t.Errorf("topic 2.1: %q", row)
	}
	if got := r.Sections[8].Heading; got != "Module 8: Continuous Improvement and Exit Planning" {
		t.Errorf("last module: %q", got)
	}
}

// TestReportPDFs draws both reports with render/pdf and reads them back
// with poppler when it is installed.
func TestReportPDFs(t *testing.T) {
	set, a := withModels(t, "northwind")
	b, _ := load.Brand(os.DirFS(filepath.Join(shippedBrands, "northwind")), "branding/northwind")
	reports := map[string]struct {
		r    doc.Report
		want []string
	}{
		"matrix.pdf":   {Matrix(set, assess.Score(set.Maturity[0], assess.InPlace(a)), a, b.Name), []string{"Maturity Self-Assessment", "Overall level: 1 Initial.", "Next practices to adopt"}},
		"syllabus.pdf": {Syllabus(set, set.Curricula[0], b.Name), []string{"Syllabus", "Module 8: Continuous Improvement and Exit Planning"}},
	}
	dir := t.TempDir()
	for name, rep := range reports {
		var buf bytes.Buffer
		if err := pdf.Report(&buf, rep.r, branding.Theme(b), pdf.Options{Landscape: true}); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := exec.LookPath("pdftotext"); err != nil {
			continue
		}
		out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		text := strings.Join(strings.Fields(string(out)), " ")
		for _, w := range rep.want {
			if !strings.Contains(text, w) {
				t.Errorf("%s lacks %q", name, w)
			}
		}
	}
}
