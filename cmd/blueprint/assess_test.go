package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// brandsFolder is the brand folder of the repository.
func brandsFolder() string { return filepath.Join("..", "..", "branding") }

func TestAssessShippedNorthwind(t *testing.T) {
	code, out, errOut := runCLI(t, "assess", "--brands", brandsFolder(), "--brand", "northwind", shippedContent(t))
	if code != exitOK || errOut != "" {
		t.Fatalf("exit %d, stderr:\n%s", code, errOut)
	}
	for _, want := range []string{
		"Customer-Facing Service Operation: Northwind Managed IT\n",
		"assessed 2026-10-15 by Northwind service delivery leadership team\n",
		"overall level: 1 Initial (24 of 61 practices in place)\n",
		"next practices to adopt (to reach level 2 Basic):\n  decom-2 ",
		"\n  analytics-2 ",
		"  poc-4        Point of contact, level 4 (missing below it: poc-3)\n",
		"  decom-3      Decommissioning, level 3 (missing below it: decom-2)\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	rows := map[string]string{
		"Incident resolution": "[x] 1/1    [x] 1/1  [x] 1/1         [x] 1/1     [ ] 0/2      4",
		"Decommissioning":     "[x] 1/1    [ ] 0/1  [+] 1/1         [ ] 0/2     [ ] 0/2      1",
	}
	for area, cells := range rows {
		if !strings.Contains(out, area) || !strings.Contains(out, cells) {
			t.Errorf("row %s: want cells %q in:\n%s", area, cells, out)
		}
	}
}

func TestAssessWritesPDF(t *testing.T) {
	file := filepath.Join(t.TempDir(), "out", "matrix.pdf")
	code, _, errOut := runCLI(t, "assess", "--brands", brandsFolder(), "--brand", "northwind", "--pdf", file, shippedContent(t))
	if code != exitOK {
		t.Fatalf("exit %d:\n%s", code, errOut)
	}
	data, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF-")) {
		t.Fatalf("no PDF written: %v", err)
	}
}

// TestAssessStatuses checks the exit status and the first line of stderr
// for misuse (2), invalid assessments (1) and a brand without one (0).
func TestAssessStatuses(t *testing.T) {
	brands := t.TempDir()
	writeBrand(t, brands, "typo", "[assessment]\nin_place = [\"poc-1\", \"poc-9\", \"poc-1\"]\n")
	writeBrand(t, brands, "blank", "")
	content := shippedContent(t)
	tests := []struct {
		name string
		args []string
		code int
		err  string
	}{
		{"no brand", []string{content}, exitUsage, "blueprint assess: --brand is required"},
		{"unknown brand", []string{"--brand", "nobody", content}, exitUsage, `blueprint assess: brand "nobody" not found`},
		{"unknown flag", []string{"--brand", "typo", "--colour", content}, exitUsage, "blueprint assess: flag provided but not defined: -colour"},
		{"two folders", []string{"--brand", "typo", content, content}, exitUsage, "blueprint assess: too many arguments"},
		{"unknown model", []string{"--brand", "blank", "--model", "cfso", content}, exitUsage, `blueprint assess: maturity model "cfso" not found (models: customer-facing-service-operation)`},
		{"unknown and repeated practices", []string{"--brand", "typo", content}, exitInvalid,
			filepath.ToSlash(brands) + `/typo/assessment.toml:2:22: assessment "typo": practice "poc-9" is not defined (did you mean "poc-1"?)`},
		{"no assessment recorded", []string{"--brand", "blank", content}, exitOK, `blueprint assess: brand "blank" has no assessment.toml`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"assess", "--brands", brands}, tt.args...)
			code, _, errOut := runCLI(t, args...)
			first, _, _ := strings.Cut(errOut, "\n")
			if code != tt.code || !strings.HasPrefix(first, tt.err) {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and a first line starting %q", code, errOut, tt.code, tt.err)
			}
		})
	}
}

func TestAssessReportsRepeatedPractice(t *testing.T) {
	brands := t.TempDir()
	writeBrand(t, brands, "typo", "[assessment]\nin_place = [\"poc-1\", \"poc-1\"]\n")
	code, _, errOut := runCLI(t, "assess", "--brands", brands, "--brand", "typo", shippedContent(t))
	want := filepath.ToSlash(brands) + "/typo/assessment.toml:2:22: assessment \"typo\": practice \"poc-1\" is listed twice\n1 error\n"
	if code != exitInvalid || errOut != want {
		t.Errorf("exit %d, stderr:\n%s\nwant:\n%s", code, errOut, want)
	}
}

// writeBrand makes a brand folder with a minimal profile and, unless
// assessment is empty, an assessment.toml.
func writeBrand(t *testing.T, brands, id, assessment string) {
	t.Helper()
	dir := filepath.Join(brands, id)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "brand.toml"), []byte("[brand]\nname = \"Test "+id+"\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if assessment == "" {
		return
	}
	if err := os.WriteFile(filepath.Join(dir, "assessment.toml"), []byte(assessment), 0o644); err != nil {
		t.Fatal(err)
	}
}
