package pdf

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// renderReport draws r and writes it to a file.
func renderReport(t *testing.T, name string, r doc.Report, opt Options) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Report(&buf, r, theme(t), opt); err != nil {
		t.Fatal(err)
	}
	return writePDF(t, name, buf.Bytes())
}

func TestReportPaperSizes(t *testing.T) {
	for _, tt := range []struct{ paper, size string }{
		{"", "612 x 792 pts (letter)"},
		{"A4", "595.28 x 841.89 pts (A4)"},
	} {
		path := renderReport(t, "report-"+tt.paper+".pdf", longReport(10), Options{Paper: tt.paper})
		if got := info(t, path)["Page size"]; got != tt.size {
			t.Errorf("paper %q: page size %q, want %q", tt.paper, got, tt.size)
		}
	}
	var buf bytes.Buffer
	err := Report(&buf, longReport(1), geom.Theme{}, Options{Paper: "tabloid"})
	if want := `render pdf: unknown paper "tabloid" (want "letter", "a4")`; err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

// The long table runs over at least three pages; every page it is on
// starts with its header row, and every page has its footer.
func TestReportTableRepeatsHeader(t *testing.T) {
	const rows = 90
	path := renderReport(t, "long-table.pdf", longReport(rows), Options{})
	texts := pageTexts(t, path)
	n := len(texts)
	if got := info(t, path)["Pages"]; got != fmt.Sprint(n) {
		t.Fatalf("pdfinfo says %s pages, pdftotext found %d", got, n)
	}
	tablePages := 0
	for i, text := range texts {
		if want := fmt.Sprintf("page %d of %d", i+1, n); !strings.Contains(text, want) {
			t.Errorf("page %d: footer %q missing", i+1, want)
		}
		if !strings.Contains(text, "Task 0") {
			continue
		}
		tablePages++
		for _, h := range taskHeader() {
			if !strings.Contains(text, h) {
				t.Errorf("page %d holds table rows but not the header %q", i+1, h)
			}
		}
	}
	if tablePages < 3 {
		t.Errorf("the table spans %d pages, want at least 3", tablePages)
	}
	all := strings.Join(texts, "\n")
	for i := range rows {
		if !strings.Contains(all, fmt.Sprintf("Task %03d:", i+1)) {
			t.Errorf("row %d is missing", i+1)
		}
	}
}

func TestReportText(t *testing.T) {
	path := renderReport(t, "report-text.pdf", longReport(3), Options{Author: "Northwind Managed IT"})
	text := strings.Join(pageTexts(t, path), "\n")
	for _, want := range []string{
		"Task Report", "MSP-11b Service Deactivation", "Northwind Managed IT", "Summary",
		"<script>alert(1)</script>", "(parentheses)", `back\slash`, "Übergabe – café", "Сервер",
		"Onstage tasks are seen by the client.", "End of the task list.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found in the text", want)
		}
	}
	checkEmbedded(t, path)
	checkQPDF(t, path)
	in := info(t, path)
	if in["Title"] != "Task Report – MSP-11b Service Deactivation" || in["Author"] != "Northwind Managed IT" {
		t.Errorf("Title = %q, Author = %q", in["Title"], in["Author"])
	}
	if in["CreationDate"] != "Sat Jan  1 00:00:00 2000 UTC" {
		t.Errorf("CreationDate = %q, want the fixed default", in["CreationDate"])
	}
}

func TestReportOutline(t *testing.T) {
	r := longReport(60)
	r.Sections = append(r.Sections, doc.Section{ID: "hand-over", Heading: "Übergabe – café", Blocks: []doc.Block{{Paragraph: "Done."}}})
	path := renderReport(t, "report-outline.pdf", r, Options{})
	pages := pageTexts(t, path)
	var got []string
	for _, n := range readQPDF(t, path).Outlines {
		got = append(got, n.Title)
		for _, k := range n.Kids {
			got = append(got, "  "+k.Title)
		}
		if n.Page < 1 || n.Page > len(pages) || !strings.Contains(pages[n.Page-1], n.Title) {
			t.Errorf("bookmark %q leads to page %d, which does not show it", n.Title, n.Page)
		}
	}
	want := []string{"Summary", "Tasks", "  All sub-processes", "Übergabe – café"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestReportIsReproducible(t *testing.T) {
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := Report(buf, longReport(40), theme(t), Options{}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same report differ")
	}
}

// Odd tables still draw: no header, ragged rows, bad widths, empty cells,
// a cell taller than a page.
func TestReportOddTables(t *testing.T) {
	tall := strings.Repeat("a very long cell that wraps many times ", 400)
	r := doc.Report{Title: "Odd", Sections: []doc.Section{{Blocks: []doc.Block{
		{Table: &doc.Table{Rows: [][]string{{"a"}, {"b", "c", "d"}, {}}}},
		{Table: &doc.Table{Header: []string{"x", "y"}, Widths: []float64{1, -1}, Rows: [][]string{{"1", "2", "ignored"}}}},
		{Table: &doc.Table{Header: []string{"Tall", "Short"}, Rows: [][]string{{tall, "s"}, {"after", "t"}}}},
		{Table: &doc.Table{}},
		{List: []string{""}},
	}}}}
	path := renderReport(t, "odd.pdf", r, Options{})
	checkQPDF(t, path)
	text := strings.Join(pageTexts(t, path), "\n")
	for _, want := range []string{"a", "d", "2", "after"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found", want)
		}
	}
	if strings.Contains(text, "ignored") {
		t.Error("a cell past the last column was drawn")
	}
}
