package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// The PDFs the build writes are checked with poppler (pdfinfo, pdffonts,
// pdftotext) and qpdf, as a reader's tools see them.

// needTool returns the path of a poppler or qpdf command. A missing tool
// fails the test in CI (CI is set) and skips it elsewhere.
func needTool(t *testing.T, name string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed; the PDF checks need poppler-utils and qpdf (apt-get install -y poppler-utils qpdf)", name)
	}
	t.Skipf("%s is not installed (apt-get install -y poppler-utils qpdf); skipped outside CI", name)
	return ""
}

// tool runs a command and returns its standard output, failing the test
// when it exits non-zero.
func tool(t *testing.T, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(needTool(t, name), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, out, stderr.String())
	}
	return string(out)
}

// pdfFacts is what the tools say about one PDF.
type pdfFacts struct {
	info  map[string]string
	sizes []string   // per page, "W x H" in points, rounded
	texts []string   // per page, as pdftotext extracts it
	marks []bookmark // the outline, flattened in order
}

// bookmark is one outline entry: its depth, title and page (from 1).
type bookmark struct {
	level int
	title string
	page  int
}

// readPDF runs the tools on path and checks what holds for every PDF the
// build writes: qpdf finds it clean and every font is embedded.
func readPDF(t *testing.T, path string) pdfFacts {
	t.Helper()
	var f pdfFacts
	f.info = pdfInfo(t, path)
	n, _ := strconv.Atoi(f.info["Pages"])
	f.sizes = pageSizes(t, path, n)
	f.texts = strings.Split(tool(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
	f.texts = f.texts[:min(len(f.texts), n)]
	f.marks = outline(t, path)
	checkEmbedded(t, path)
	if out := tool(t, "qpdf", "--check", path); !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("%s: qpdf --check:\n%s", path, out)
	}
	return f
}

// pdfInfo is pdfinfo's output as key and value.
func pdfInfo(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, line := range strings.Split(tool(t, "pdfinfo", path), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			out[k] = strings.TrimSpace(v)
		}
	}
	return out
}

// pageSizes lists the size of each of n pages, rounded to whole points.
func pageSizes(t *testing.T, path string, n int) []string {
	t.Helper()
	re := regexp.MustCompile(`(?m)^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts`)
	var sizes []string
	for _, m := range re.FindAllStringSubmatch(tool(t, "pdfinfo", "-f", "1", "-l", strconv.Itoa(n), path), -1) {
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		sizes = append(sizes, fmt.Sprintf("%.0f x %.0f", math.Round(w), math.Round(h)))
	}
	return sizes
}

// checkEmbedded fails unless pdffonts lists fonts and marks every one
// embedded.
func checkEmbedded(t *testing.T, path string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	if len(lines) < 3 {
		t.Fatalf("%s: pdffonts lists no fonts", path)
	}
	emb := strings.Index(lines[0], "emb")
	for _, l := range lines[2:] {
		if len(l) < emb+3 || l[emb:emb+3] != "yes" {
			t.Errorf("%s: font not embedded: %s", path, l)
		}
	}
}

// outlineNode is an outline entry in qpdf's JSON.
type outlineNode struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []outlineNode `json:"kids"`
}

// outline reads the bookmarks with qpdf --json, depth first.
func outline(t *testing.T, path string) []bookmark {
	t.Helper()
	var doc struct {
		Outlines []outlineNode `json:"outlines"`
	}
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", "--json-key=outlines", path)), &doc); err != nil {
		t.Fatalf("%s: qpdf --json: %v", path, err)
	}
	var out []bookmark
	var walk func([]outlineNode, int)
	walk = func(ns []outlineNode, level int) {
		for _, n := range ns {
			out = append(out, bookmark{level, n.Title, n.Page})
			walk(n.Kids, level+1)
		}
	}
	walk(doc.Outlines, 0)
	return out
}

// squeeze drops all white space, so text that wraps across lines (or
// breaks inside a long word) still matches.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// paperSizes are the landscape sheets of each diagram paper, in points.
func paperSizes() map[string]string {
	return map[string]string{"11x17": "1224 x 792", "legal": "1008 x 612", "a3": "1191 x 842"}
}

func TestBuildDiagramPDFs(t *testing.T) {
	for _, brand := range shippedBrands() {
		root := filepath.Join(shippedOutput(t, brand, brand), brand)
		theme := shippedBrandName(t, brand)
		for _, m := range shippedSet(t, brand).Modules {
			for _, paper := range printPapers() {
				path := filepath.Join(root, moduleStem(m)+"-"+paper+".pdf")
				t.Run(brand+"/"+filepath.Base(path), func(t *testing.T) {
					t.Parallel()
					f := readPDF(t, path)
					checkDiagramPDF(t, f, m, theme, paperSizes()[paper])
				})
			}
		}
	}
}

// shippedBrandName is the brand's display name, the PDFs' author.
func shippedBrandName(t *testing.T, brand string) string {
	t.Helper()
	b, _, err := loadBrand(brand, filepath.Join("..", "..", "branding"))
	if err != nil {
		t.Fatal(err)
	}
	return b.Name
}

// checkDiagramPDF checks a module's diagram PDF: its metadata and paper,
// the overview on page 1, then each sub-process on the pages its bookmark
// spans, numbered "page k of n" and drawing every task label.
func checkDiagramPDF(t *testing.T, f pdfFacts, m *blueprints.Module, author, size string) {
	t.Helper()
	if got, want := f.info["Title"], m.ID+" "+m.Title; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if f.info["Author"] != author {
		t.Errorf("author %q, want %q", f.info["Author"], author)
	}
	for i, s := range f.sizes {
		if s != size {
			t.Errorf("page %d is %s pt, want %s", i+1, s, size)
		}
	}
	if len(f.marks) != 1+len(m.Subprocesses) || f.marks[0].page != 1 || f.marks[0].level != 0 {
		t.Fatalf("outline %v: want the overview on page 1, then one entry per sub-process", f.marks)
	}
	if !strings.Contains(f.texts[0], "Overview") {
		t.Errorf("page 1 is not the overview:\n%s", f.texts[0])
	}
	pages := len(f.sizes)
	for i, sp := range m.Subprocesses {
		mk, end := f.marks[i+1], pages+1
		if i+2 < len(f.marks) {
			end = f.marks[i+2].page
		}
		if mk.level != 1 || mk.title != sp.ID+" "+sp.Title || mk.page < 2 || end <= mk.page {
			t.Errorf("bookmark %d = %+v (next at page %d), want %q nested under the overview", i+1, mk, end, sp.ID+" "+sp.Title)
			continue
		}
		checkMapPages(t, f.texts[mk.page-1:end-1], sp)
	}
	if n, _ := strconv.Atoi(f.info["Pages"]); n != pages || pages < 1+len(m.Subprocesses) {
		t.Errorf("%s pages, %d sizes: want 1 + the pages of %d maps", f.info["Pages"], pages, len(m.Subprocesses))
	}
}

// checkMapPages checks the pages of one sub-process: each says which of
// them it is, and together they draw every task's label.
func checkMapPages(t *testing.T, texts []string, sp *blueprints.Subprocess) {
	t.Helper()
	for k, text := range texts {
		if want := fmt.Sprintf("page %d of %d", k+1, len(texts)); !strings.Contains(text, want) {
			t.Errorf("%s: page %d does not say %q", sp.ID, k+1, want)
		}
	}
	all := squeeze(strings.Join(texts, " "))
	for _, task := range sp.Tasks {
		if !strings.Contains(all, squeeze(task.Label)) {
			t.Errorf("%s: task %s label %q is not in the PDF's text", sp.ID, task.ID, task.Label)
		}
	}
}

// reportPaperSizes are the portrait sheets of each report paper, in points.
func reportPaperSizes() map[string]string {
	return map[string]string{"": "612 x 792", "letter": "612 x 792", "a4": "595 x 842"}
}

func TestBuildReportPDFs(t *testing.T) {
	for _, brand := range shippedBrands() {
		root := filepath.Join(shippedOutput(t, brand, brand), brand)
		b, _, err := loadBrand(brand, filepath.Join("..", "..", "branding"))
		if err != nil {
			t.Fatal(err)
		}
		set := shippedSet(t, brand)
		for _, m := range set.Modules {
			for _, r := range []struct{ name, title string }{{"task-report", "Task Report"}, {"detail-report", "Detail Report"}} {
				path := filepath.Join(root, moduleStem(m)+"-"+r.name+".pdf")
				t.Run(brand+"/"+filepath.Base(path), func(t *testing.T) {
					t.Parallel()
					f := readPDF(t, path)
					size := reportPaperSizes()[b.Paper]
					if r.name == "task-report" {
						// The Task Report's wide table prints landscape.
						w, h, _ := strings.Cut(size, " x ")
						size = h + " x " + w
					}
					checkReportPDF(t, f, r.title+" – "+m.ID+" "+m.Title, b.Name, size)
					text := squeeze(strings.Join(f.texts, " "))
					if r.name == "task-report" {
						checkTaskIDs(t, text, m)
					} else {
						checkKPINames(t, text, set, m)
					}
				})
			}
		}
	}
}

// checkReportPDF checks a report's metadata, paper and bookmarks.
func checkReportPDF(t *testing.T, f pdfFacts, title, author, size string) {
	t.Helper()
	if f.info["Title"] != title || f.info["Author"] != author {
		t.Errorf("title %q by %q, want %q by %q", f.info["Title"], f.info["Author"], title, author)
	}
	for i, s := range f.sizes {
		if s != size {
			t.Errorf("page %d is %s pt, want %s", i+1, s, size)
		}
	}
	if len(f.marks) == 0 {
		t.Errorf("no bookmarks")
	}
}

// checkTaskIDs fails unless every task the Task Report lists is in text.
func checkTaskIDs(t *testing.T, text string, m *blueprints.Module) {
	t.Helper()
	for _, id := range reportedTasks(m) {
		if !strings.Contains(text, id) {
			t.Errorf("task %s is not in the Task Report", id)
		}
	}
}

// checkKPINames fails unless the name of every KPI of m is in text.
func checkKPINames(t *testing.T, text string, set *blueprints.Set, m *blueprints.Module) {
	t.Helper()
	sc := blueprints.NewScope(set, m)
	for _, k := range m.KPIs {
		kpi := sc.KPI(k.ID)
		if kpi == nil {
			t.Fatalf("KPI %s does not resolve", k.ID)
		}
		if !strings.Contains(text, squeeze(kpi.Name)) {
			t.Errorf("KPI %q is not in the Detail Report", kpi.Name)
		}
	}
}
