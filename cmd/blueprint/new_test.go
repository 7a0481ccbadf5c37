package main

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints/load"
)

// TestNewModulePassesCheck scaffolds an unplanned and a planned module into
// a copy of the shipped content; check then passes with only the warnings
// that say where to list them, and the new module builds.
func TestNewModulePassesCheck(t *testing.T) {
	dir := contentCopy(t)
	code, out, errOut := runCLI(t, "new", "module", "MSP-12a", "--title", `Quality "QA" Review \ {role:x}`, dir)
	file := filepath.ToSlash(dir) + "/msp/modules/MSP-12a-quality-qa-review-role-x.toml"
	series := filepath.ToSlash(dir) + "/msp/series.toml"
	wantOut := "created " + file + "\nnext: in " + series + `, list module "MSP-12a" in a phase (a [[phase.module]] table), so the life cycle shows it` + "\n"
	if code != exitOK || out != wantOut || errOut != "" {
		t.Fatalf("new module: exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, wantOut, errOut)
	}
	code, out, errOut = runCLI(t, "new", "module", "MSP-01a", dir, "--series", "msp") // flags after arguments
	if code != exitOK || !strings.Contains(out, "/msp/modules/MSP-01a-sales-to-activation-handoff.toml\n") ||
		!strings.Contains(out, `remove planned = true from module "MSP-01a"`) {
		t.Fatalf("new module MSP-01a: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "check", dir)
	if code != exitOK || !strings.HasPrefix(out, "5 modules, 23 sub-processes, ") {
		t.Fatalf("check after new: exit %d\n%s%s", code, out, errOut)
	}
	wantErr := file + `:7:6: warning: module "MSP-12a": is not listed in any phase of series "msp"` + "\n" +
		series + `:33:8: warning: phase "onboarding": module "MSP-01a" is authored but marked planned (remove planned = true)` + "\n2 warnings\n"
	if errOut != wantErr {
		t.Errorf("check after new:\n%s\nwant only the listing warnings:\n%s", errOut, wantErr)
	}
	set, _ := load.Dir(os.DirFS(dir), ".")
	if m := set.Module("MSP-12a"); m == nil || m.Title != `Quality "QA" Review \ {role:x}` || len(m.Subprocesses[0].Tasks) != 5 {
		t.Errorf("the new module does not load back as written: %+v", m)
	}
	code, _, errOut = runCLI(t, "build", "--formats", "svg", "--out", t.TempDir(), "--brands", t.TempDir(), dir)
	if code != exitOK {
		t.Errorf("build after new: exit %d\n%s", code, errOut)
	}
}

// TestNewModuleOwnRoles scaffolds into a series whose catalogue has a
// backstage role only: the module defines a client and an onstage role of
// its own, and check passes without a word.
func TestNewModuleOwnRoles(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"acme/series.toml":    "[series]\nid = \"acme\"\ntitle = \"Acme\"\n\n[[phase]]\nid = \"run\"\ntitle = \"Run\"\n\n  [[phase.module]]\n  id = \"ACME-1\"\n",
		"acme/catalogue.toml": "[catalogue]\nseries = \"acme\"\n\n[[role]]\nid = \"client\"\nname = \"Engineer\"\nstages = [\"backstage\"]\n",
	})
	code, out, errOut := runCLI(t, "new", "module", "ACME-1", "--series", "acme", dir)
	if code != exitOK || out != "created "+filepath.ToSlash(dir)+"/acme/modules/ACME-1-new-module.toml\n" {
		t.Fatalf("new module: exit %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runCLI(t, "check", dir)
	if code != exitOK || errOut != "" || !strings.HasPrefix(out, "1 module, 1 sub-process, 5 tasks, 3 roles") {
		t.Fatalf("check: exit %d\n%s%s", code, out, errOut)
	}
	src, _ := os.ReadFile(filepath.Join(dir, "acme", "modules", "ACME-1-new-module.toml"))
	for _, want := range []string{`id = "client-1"`, `id = "account-lead"`, `roles = ["client-1", "account-lead", "client"]`} {
		if !bytes.Contains(src, []byte(want)) {
			t.Errorf("the module lacks %s:\n%s", want, src)
		}
	}
}

func TestNewModuleRefusesOverwrite(t *testing.T) {
	dir := contentCopy(t)
	taken := filepath.Join(dir, "msp", "modules", "MSP-13a-new-module.toml")
	writeFiles(t, dir, map[string]string{"msp/modules/MSP-13a-new-module.toml": "# mine\n"})
	code, out, errOut := runCLI(t, "new", "module", "MSP-13a", dir)
	if code != exitInvalid || out != "" || errOut != "blueprint new module: "+filepath.ToSlash(taken)+" already exists: not overwriting it\n" {
		t.Errorf("new over a file: exit %d\n%s%s", code, out, errOut)
	}
	if src, _ := os.ReadFile(taken); string(src) != "# mine\n" {
		t.Errorf("the file was changed: %q", src)
	}
	code, _, errOut = runCLI(t, "new", "module", "msp-11B", dir)
	if code != exitInvalid || !strings.Contains(errOut, `module "MSP-11b" already exists in `) {
		t.Errorf("new with a taken id: exit %d\n%s", code, errOut)
	}
}

func TestNewUsageErrors(t *testing.T) {
	content := shippedContent(t)
	tests := []struct {
		args []string
		err  string
	}{
		{[]string{"new"}, "blueprint new: say what to make: a module or a brand\n"},
		{[]string{"new", "widget"}, "blueprint new: unknown kind \"widget\": make a module or a brand\n"},
		{[]string{"new", "module"}, "blueprint new module: give the new module's ID (such as MSP-12a) and at most one content folder\n"},
		{[]string{"new", "module", "MSP-12a", content, "extra"}, "blueprint new module: give the new module's ID"},
		{[]string{"new", "module", "MSP-12a", "--series", "nope", content}, "blueprint new module: series \"nope\" not found in " + content + " (series: msp)\n"},
		{[]string{"new", "module", "MSP-12a", "--title", "two\nlines", content}, "blueprint new module: --title \"two\\nlines\" holds a control character (a title is one line)\n"},
		{[]string{"new", "module", "MSP-12a", "no-such-folder"}, "blueprint new module: content folder \"no-such-folder\" does not exist\n"},
		{[]string{"new", "brand"}, "blueprint new brand: give the new brand's folder name, such as acme-it\n"},
		{[]string{"new", "brand", "--bogus", "x"}, "blueprint new brand: flag provided but not defined: -bogus\n"},
	}
	for _, id := range []string{"12a", "MSP--12a", "MSP-12a-", "-MSP", "MSP_12a", "MSP 12a", "../MSP", "MSP/12a", "MSP-12a.1", strings.Repeat("M", 65)} {
		tests = append(tests, struct {
			args []string
			err  string
		}{[]string{"new", "module", "--", id, content}, "blueprint new module: module ID " + strconv.Quote(id) + " is not valid: "})
	}
	for _, name := range []string{"Acme", "acme_it", "acme--it", "-acme", "../acme", "acme/it", ".", ""} {
		tests = append(tests, struct {
			args []string
			err  string
		}{[]string{"new", "brand", "--brands", t.TempDir(), "--", name}, "blueprint new brand: brand name " + strconv.Quote(name) + " is not valid: "})
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, tt.args...)
		if code != exitUsage || out != "" || !strings.HasPrefix(errOut, tt.err) {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tt.args, code, out, errOut, tt.err)
		}
	}
}

// TestNewBrandPassesCheck scaffolds a brand and checks it against the
// shipped content: no problem at all, logos that decode, and a name with
// XML and TOML specials kept as written.
func TestNewBrandPassesCheck(t *testing.T) {
	brands := filepath.Join(t.TempDir(), "branding")
	code, out, errOut := runCLI(t, "new", "brand", "acme-it", "--brands", brands, "--title", `A&B "IT" <Partners>`)
	dir := filepath.ToSlash(brands) + "/acme-it/"
	wantOut := "created " + dir + "brand.toml\ncreated " + dir + "logo.png\ncreated " + dir + "logo.svg\n" +
		"next: make it the provider's own, then run blueprint check --brand acme-it --brands " + filepath.ToSlash(brands) + "\n"
	if code != exitOK || out != wantOut || errOut != "" {
		t.Fatalf("new brand: exit %d\nstdout %q\nwant   %q\nstderr %q", code, out, wantOut, errOut)
	}
	code, out, errOut = runCLI(t, "check", "--brand", "acme-it", "--brands", brands, shippedContent(t))
	if code != exitOK || errOut != "" || !strings.HasPrefix(out, "3 modules") {
		t.Fatalf("check --brand acme-it: exit %d\n%s%s", code, out, errOut)
	}
	b, diags, err := loadBrand("acme-it", brands)
	if err != nil || len(diags) > 0 || b.Name != `A&B "IT" <Partners>` {
		t.Fatalf("the brand does not load back as written: %v %v %+v", err, diags, b)
	}
	if _, err := png.Decode(bytes.NewReader(b.Logo.Data)); err != nil {
		t.Errorf("logo.png: %v", err)
	}
	if err := parseXML(b.LogoSVG.Data); err != nil || !bytes.Contains(b.LogoSVG.Data, []byte("<title>A&amp;B &#34;IT&#34; &lt;Partners&gt;</title>")) {
		t.Errorf("logo.svg does not parse or lacks the escaped name (%v):\n%s", err, b.LogoSVG.Data)
	}
}

func TestNewBrandRefusesOverwrite(t *testing.T) {
	brands := t.TempDir()
	writeFiles(t, brands, map[string]string{"acme/logo.svg": "<svg>mine</svg>"})
	code, out, errOut := runCLI(t, "new", "brand", "acme", "--brands", brands)
	want := "blueprint new brand: " + filepath.ToSlash(filepath.Join(brands, "acme", "logo.svg")) + " already exists: not overwriting it\n"
	if code != exitInvalid || out != "" || errOut != want {
		t.Errorf("new brand over a file: exit %d\n%s%s", code, out, errOut)
	}
	if _, err := os.Stat(filepath.Join(brands, "acme", "brand.toml")); err == nil {
		t.Error("new brand wrote brand.toml although it refused")
	}
	if code, out, _ := runCLI(t, "new", "brand", "default", "--brands", brands); code != exitOK || !strings.Contains(out, `note: it takes the place of the built-in brand "default"`) {
		t.Errorf("new brand default: exit %d\n%s", code, out)
	}
}

func writeFiles(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func parseXML(data []byte) error {
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		if _, err := d.Token(); err == io.EOF {
			return nil
		} else if err != nil {
			return err
		}
	}
}
