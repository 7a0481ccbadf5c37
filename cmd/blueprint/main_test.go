package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// runCLI runs the command in-process and returns its exit status and
// output streams.
func runCLI(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, &out, &errOut, func(string) string { return "" })
	return code, out.String(), errOut.String()
}

// shippedContent is the content folder of the repository.
func shippedContent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join("..", "..", "blueprints")
	if _, err := os.Stat(filepath.Join(dir, "msp", "series.toml")); err != nil {
		t.Fatalf("shipped content missing: %v", err)
	}
	return dir
}

func TestCheckShippedContent(t *testing.T) {
	dir := shippedContent(t)
	for _, brand := range []string{"", "default", "northwind"} {
		args := []string{"check", "--brands", filepath.Join("..", "..", "branding")}
		if brand != "" {
			args = append(args, "--brand", brand)
		}
		code, out, errOut := runCLI(t, append(args, dir)...)
		if code != exitOK {
			t.Fatalf("brand %q: exit %d\n%s", brand, code, errOut)
		}
		if !regexp.MustCompile(`^3 modules, 21 sub-processes, \d+ tasks, \d+ roles, \d+ systems, 11 KPIs\n$`).MatchString(out) {
			t.Errorf("brand %q: summary = %q", brand, out)
		}
		if errOut != "" {
			t.Errorf("brand %q: unexpected diagnostics:\n%s", brand, errOut)
		}
	}
}

// TestCheckRoleTypo copies the shipped content, misspells one role and
// expects exactly one positioned error with a suggestion.
func TestCheckRoleTypo(t *testing.T) {
	tmp := t.TempDir()
	if err := os.CopyFS(tmp, os.DirFS(shippedContent(t))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(tmp, "msp", "modules", "MSP-11b-service-deactivation.toml")
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	const from = `role = "noc-engineer"`
	if !bytes.Contains(src, []byte(from)) {
		t.Fatalf("%s has no %s", file, from)
	}
	line := bytes.Count(src[:bytes.Index(src, []byte(from))], []byte("\n")) + 1
	src = bytes.Replace(src, []byte(from), []byte(`role = "noc-enginer"`), 1)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "check", tmp)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d\n%s", code, exitInvalid, errOut)
	}
	if out != "" {
		t.Errorf("stdout = %q, want nothing", out)
	}
	shown := filepath.ToSlash(tmp) + "/msp/modules/MSP-11b-service-deactivation.toml"
	want := regexp.MustCompile(`^` + regexp.QuoteMeta(shown) + `:` + strconv.Itoa(line) + `:\d+: task "11b\.[0-9.]+": role "noc-enginer" is not defined \(did you mean "noc-engineer"\?\)\n1 error\n$`)
	if !want.MatchString(errOut) {
		t.Errorf("stderr:\n%s\nwant to match %s", errOut, want)
	}
}

func TestUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		code int
		err  string
	}{
		{nil, exitUsage, "Usage:"},
		{[]string{"frobnicate"}, exitUsage, `blueprint: unknown command "frobnicate"` + "\nRun 'blueprint --help' for usage.\n"},
		{[]string{"check", "--bogus"}, exitUsage, "blueprint check: flag provided but not defined: -bogus\nRun 'blueprint check --help' for usage.\n"},
		{[]string{"check", "a", "b"}, exitUsage, "blueprint check: too many arguments: give one content folder\nRun 'blueprint check --help' for usage.\n"},
		{[]string{"check", "no-such-folder"}, exitUsage, "blueprint check: content folder \"no-such-folder\" does not exist\nRun 'blueprint check --help' for usage.\n"},
		{[]string{"check", "--brand", "nope", "../../blueprints"}, exitUsage, "blueprint check: brand \"nope\" not found in branding or among the built-in brands (default, northwind)\nRun 'blueprint check --help' for usage.\n"},
		{[]string{"check", "--brand", "../x", "../../blueprints"}, exitUsage, "blueprint check: brand \"../x\" is not a brand name (a folder name such as \"default\")\nRun 'blueprint check --help' for usage.\n"},
		{[]string{"version", "extra"}, exitUsage, "blueprint version: unexpected argument \"extra\"\nRun 'blueprint version --help' for usage.\n"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, tt.args...)
		if code != tt.code {
			t.Errorf("%v: exit %d, want %d", tt.args, code, tt.code)
		}
		if !strings.Contains(errOut, tt.err) {
			t.Errorf("%v: stderr = %q, want it to contain %q", tt.args, errOut, tt.err)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	code, out, _ := runCLI(t, "--help")
	if code != exitOK || !strings.Contains(out, "check") || !strings.Contains(out, "version") {
		t.Errorf("--help: exit %d, output %q", code, out)
	}
	code, out, _ = runCLI(t, "check", "--help")
	if code != exitOK || !strings.Contains(out, "-brand NAME") {
		t.Errorf("check --help: exit %d, output %q", code, out)
	}
	code, out, _ = runCLI(t, "version")
	if code != exitOK || !strings.HasPrefix(out, "blueprint ") {
		t.Errorf("version: exit %d, output %q", code, out)
	}
}

func TestFlagsAfterArguments(t *testing.T) {
	dir := shippedContent(t)
	code, out, errOut := runCLI(t, "check", dir, "--brand", "northwind", "--brands", filepath.Join("..", "..", "branding"))
	if code != exitOK || !strings.HasPrefix(out, "3 modules") {
		t.Errorf("check DIR --brand: exit %d, %q %q", code, out, errOut)
	}
	code, _, errOut = runCLI(t, "check", "--", "--brand")
	if code != exitUsage || !strings.Contains(errOut, `content folder "--brand" does not exist`) {
		t.Errorf("check -- --brand: exit %d, %q", code, errOut)
	}
}
