package pdf

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// keepDir, when set, receives every PDF the tests write, to look at with
// pdftoppm.
var keepDir = flag.String("pdf.keep", "", "also write the test PDFs into this directory")

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

// writePDF stores data in the test's temporary directory (and keepDir)
// and returns its path.
func writePDF(t *testing.T, name string, data []byte) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if *keepDir != "" {
		if err := os.WriteFile(filepath.Join(*keepDir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return path
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

// pageTexts is the text of every page, as pdftotext extracts it.
func pageTexts(t *testing.T, path string) []string {
	t.Helper()
	pages := strings.Split(tool(t, "pdftotext", "-enc", "UTF-8", path, "-"), "\f")
	if n := len(pages); n > 0 && strings.TrimSpace(pages[n-1]) == "" {
		pages = pages[:n-1]
	}
	return pages
}

// info is pdfinfo's output as key and value.
func info(t *testing.T, path string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, line := range strings.Split(tool(t, "pdfinfo", path), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok {
			out[k] = strings.TrimSpace(v)
		}
	}
	return out
}

// checkEmbedded fails unless pdffonts lists fonts and marks every one
// embedded.
func checkEmbedded(t *testing.T, path string) {
	t.Helper()
	lines := strings.Split(strings.TrimSpace(tool(t, "pdffonts", path)), "\n")
	if len(lines) < 3 {
		t.Fatalf("pdffonts lists no fonts:\n%s", strings.Join(lines, "\n"))
	}
	emb := strings.Index(lines[0], "emb")
	for _, l := range lines[2:] {
		if len(l) < emb+3 || l[emb:emb+3] != "yes" {
			t.Errorf("font not embedded: %s", l)
		}
	}
}

// checkQPDF fails unless qpdf --check finds the file clean.
func checkQPDF(t *testing.T, path string) {
	t.Helper()
	out := tool(t, "qpdf", "--check", path)
	if !strings.Contains(out, "No syntax or stream encoding errors found") {
		t.Errorf("qpdf --check:\n%s", out)
	}
}

// qpdfDoc is the part of qpdf's JSON (version 2) the tests read.
type qpdfDoc struct {
	Pages []struct {
		Object string `json:"object"`
	} `json:"pages"`
	Outlines []outlineNode                `json:"outlines"`
	QPDF     []map[string]json.RawMessage `json:"qpdf"`
}

type outlineNode struct {
	Title string        `json:"title"`
	Page  int           `json:"destpageposfrom1"`
	Kids  []outlineNode `json:"kids"`
}

func readQPDF(t *testing.T, path string) qpdfDoc {
	t.Helper()
	var d qpdfDoc
	if err := json.Unmarshal([]byte(tool(t, "qpdf", "--json", path)), &d); err != nil {
		t.Fatalf("qpdf --json: %v", err)
	}
	return d
}

// links lists, per page (from 1), the pages (from 1) its link
// annotations lead to.
func (d qpdfDoc) links(t *testing.T) map[int][]int {
	t.Helper()
	pageNo := map[string]int{}
	for i, p := range d.Pages {
		pageNo[p.Object] = i + 1
	}
	var objects map[string]json.RawMessage
	if len(d.QPDF) > 1 {
		objects = d.QPDF[1]
	}
	out := map[int][]int{}
	for obj, n := range pageNo {
		var page struct {
			Value struct {
				Annots []struct {
					Subtype string `json:"/Subtype"`
					Dest    []any  `json:"/Dest"`
				} `json:"/Annots"`
			} `json:"value"`
		}
		if err := json.Unmarshal(objects["obj:"+obj], &page); err != nil {
			t.Fatalf("page object %s: %v", obj, err)
		}
		for _, a := range page.Value.Annots {
			if a.Subtype != "/Link" || len(a.Dest) == 0 {
				t.Errorf("page %d: annotation %+v is not an internal link", n, a)
				continue
			}
			ref, _ := a.Dest[0].(string)
			out[n] = append(out[n], pageNo[ref])
		}
	}
	return out
}
