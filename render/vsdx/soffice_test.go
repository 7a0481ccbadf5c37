package vsdx

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// keepDir, when set, receives the test's .vsdx, the PDF LibreOffice made
// of it and a PNG of every page, to look at.
var keepDir = flag.String("vsdx.keep", "", "also write the LibreOffice check's files into this directory")

// needTool returns the path of a command. A missing tool fails the test
// in CI (CI is set) and skips it elsewhere.
func needTool(t *testing.T, name, pkg string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err == nil {
		return path
	}
	if os.Getenv("CI") != "" {
		t.Fatalf("%s is not installed; the Visio check needs it (apt-get install -y --no-install-recommends %s)", name, pkg)
	}
	t.Skipf("%s is not installed (apt-get install -y --no-install-recommends %s); skipped outside CI", name, pkg)
	return ""
}

// runTool runs a command with a time limit and returns its standard output.
func runTool(t *testing.T, limit time.Duration, name string, args ...string) string {
	t.Helper()
	cmd := exec.Command(name, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%s %s: %v\n%s%s", name, strings.Join(args, " "), err, stdout.String(), stderr.String())
		}
	case <-time.After(limit):
		_ = cmd.Process.Kill()
		t.Fatalf("%s took longer than %v", name, limit)
	}
	return stdout.String()
}

// TestLibreOfficeReadsShippedModule opens the hand-off of the shipped
// MSP-11b in LibreOffice (which reads .vsdx through libvisio), prints it
// to PDF and checks that every task label of the module is on it: a
// second, independent reader of the package, its shapes and their text.
func TestLibreOfficeReadsShippedModule(t *testing.T) {
	soffice := needTool(t, "soffice", "libreoffice-draw")
	pdftotext := needTool(t, "pdftotext", "poppler-utils")
	s := loadShipped(t, "northwind")
	pages, labels := s.module(t, "MSP-11b")
	var buf bytes.Buffer
	if err := Write(&buf, pages, s.th, Options{}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "MSP-11b.vsdx")
	if err := os.WriteFile(in, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// A profile of its own keeps LibreOffice from touching the user's
	// and from waiting on another running instance.
	profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(dir, "profile"))
	runTool(t, 90*time.Second, soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", dir, in)
	pdf := filepath.Join(dir, "MSP-11b.pdf")
	raw := runTool(t, 30*time.Second, pdftotext, "-enc", "UTF-8", pdf, "-")
	if n := strings.Count(strings.TrimRight(raw, "\f\n"), "\f") + 1; n != len(pages) {
		t.Errorf("LibreOffice printed %d pages, want %d", n, len(pages))
	}
	text := normalize(raw)
	for _, l := range labels {
		if !strings.Contains(text, normalize(l)) {
			t.Errorf("task label %q is not in LibreOffice's PDF of the .vsdx", l)
		}
	}
	keep(t, in, pdf)
}

// normalize collapses every run of white space to one space.
func normalize(s string) string { return strings.Join(strings.Fields(s), " ") }

// keep copies the files into keepDir, with PNGs of the PDF, when asked.
func keep(t *testing.T, files ...string) {
	t.Helper()
	if *keepDir == "" {
		return
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(*keepDir, filepath.Base(f)), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if pdftoppm, err := exec.LookPath("pdftoppm"); err == nil {
		pdf := filepath.Join(*keepDir, filepath.Base(files[len(files)-1]))
		runTool(t, 30*time.Second, pdftoppm, "-png", "-r", "60", pdf, filepath.Join(*keepDir, "page"))
	}
}
