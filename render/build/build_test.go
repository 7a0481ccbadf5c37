package build

import (
	"bytes"
	"path"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
)

func TestBuildSortsUniquePaths(t *testing.T) {
	files, err := Build(shippedInput(t, "northwind"))
	if err != nil {
		t.Fatal(err)
	}
	paths := make([]string, len(files))
	for i, f := range files {
		paths[i] = f.Path
		if len(f.Data) == 0 {
			t.Errorf("%s is empty", f.Path)
		}
	}
	if !sort.StringsAreSorted(paths) {
		t.Errorf("paths are not sorted: %v", paths)
	}
	if len(slices.Compact(slices.Clone(paths))) != len(paths) {
		t.Errorf("a path comes twice: %v", paths)
	}
	if paths[0] != "MSP-01g/01g.01-asset-and-configuration-management-setup.svg" || !slices.Contains(paths, "logo.svg") {
		t.Errorf("paths = %v", paths)
	}
}

func TestModuleWritesItsDeliverables(t *testing.T) {
	in := shippedInput(t, "northwind")
	m := in.Set.Modules[len(in.Set.Modules)-1]
	files, err := Module(in, m)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		if path.Dir(f.Path) != m.ID {
			if !strings.HasPrefix(f.Path, m.ID+"/kit/") {
				t.Errorf("%s is outside the module's folder", f.Path)
			}
			continue // the kit, kit.Files' to test
		}
		if strings.HasPrefix(path.Base(f.Path), m.ID+"-service-offboarding-") {
			names = append(names, strings.TrimPrefix(path.Base(f.Path), m.ID+"-service-offboarding-"))
		}
	}
	sort.Strings(names)
	want := []string{
		"11x17.pdf", "a3.pdf", "detail-report.csv", "detail-report.html", "detail-report.pdf",
		"legal.pdf", "task-report.csv", "task-report.html", "task-report.pdf",
	}
	if !slices.Equal(names, want) {
		t.Errorf("%s documents = %v, want %v", m.ID, names, want)
	}
	kits := 0
	for _, f := range files {
		if f.Kind == "kit" {
			kits++
		}
	}
	// Besides: the Visio and draw.io documents, the overview and the maps.
	if len(files)-kits != len(want)+2+1+len(m.Subprocesses) {
		t.Errorf("%d files, want the documents, the overview and %d maps", len(files)-kits, len(m.Subprocesses))
	}
}

// TestPDFsCarryTheGivenDate checks that Input.Date, and nothing else,
// dates every PDF, so SOURCE_DATE_EPOCH reaches the files.
func TestPDFsCarryTheGivenDate(t *testing.T) {
	in := shippedInput(t, "default")
	in.Date = time.Date(2023, 11, 14, 22, 13, 20, 0, time.FixedZone("X", 3600))
	files, err := Module(in, in.Set.Modules[0])
	if err != nil {
		t.Fatal(err)
	}
	pdfs := 0
	for _, f := range files {
		if !strings.HasSuffix(f.Path, ".pdf") {
			continue
		}
		pdfs++
		if !bytes.Contains(f.Data, []byte("/CreationDate (D:20231114211320")) {
			t.Errorf("%s is not dated 2023-11-14 21:13:20 UTC", f.Path)
		}
	}
	if pdfs != 5 {
		t.Errorf("%d PDFs, want 3 diagram PDFs and 2 reports", pdfs)
	}
}
