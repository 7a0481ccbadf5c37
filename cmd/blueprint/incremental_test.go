package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/publish"
)

// counts is what a build's line of counts says for one brand.
type counts struct{ rendered, written, unchanged, removed int }

var countsLine = regexp.MustCompile(`(?m)^(\S+)(?: \(shard \d+/\d+\))?: (\d+) files? rendered, (\d+) written, (\d+) unchanged, (\d+) removed$`)

// buildCounts runs build and returns the counts it printed per folder.
func buildCounts(t *testing.T, args ...string) map[string]counts {
	t.Helper()
	code, out, errOut := runCLI(t, append([]string{"build"}, args...)...)
	if code != exitOK {
		t.Fatalf("build %v: exit %d\n%s", args, code, errOut)
	}
	got := map[string]counts{}
	for _, m := range countsLine.FindAllStringSubmatch(out, -1) {
		n := func(i int) int { v, _ := strconv.Atoi(m[i]); return v }
		got[filepath.Base(m[1])] = counts{n(2), n(3), n(4), n(5)}
	}
	if len(got) == 0 {
		t.Fatalf("build %v printed no counts:\n%s", args, out)
	}
	return got
}

// copyShipped copies the shipped content into a temporary folder.
func copyShipped(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "blueprints")
	if err := os.CopyFS(dir, os.DirFS(shippedContent(t))); err != nil {
		t.Fatal(err)
	}
	return dir
}

// replaceIn replaces the first from with to in a file of the content.
func replaceIn(t *testing.T, file, from, to string) {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil || !bytes.Contains(src, []byte(from)) {
		t.Fatalf("%s has no %q (%v)", file, from, err)
	}
	if err := os.WriteFile(file, bytes.Replace(src, []byte(from), []byte(to), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// manifestOf reads a brand folder's manifest.
func manifestOf(t *testing.T, root string) map[string]publish.Entry {
	t.Helper()
	m, err := publish.New(root).ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]publish.Entry{}
	for _, e := range m.Files {
		out[e.Path] = e
	}
	return out
}

// groupPaths lists the files a manifest records for one job.
func groupPaths(m map[string]publish.Entry, group string) []string {
	var ps []string
	for p, e := range m {
		if e.Group == group {
			ps = append(ps, p)
		}
	}
	slices.Sort(ps)
	return ps
}

const deactivation = "MSP-11b-service-deactivation.toml"

// TestEditedLabelRebuildsOneModule changes one task label and expects
// exactly that module's files made again, with the site and the brand's
// other documents, which read the whole set; the life cycle, which shows
// module titles only, keeps its fingerprint.
func TestEditedLabelRebuildsOneModule(t *testing.T) {
	dir, out := copyShipped(t), t.TempDir()
	args := []string{"--out", out, dir}
	buildCounts(t, args...)
	root := filepath.Join(out, "default")
	before := manifestOf(t, root)
	replaceIn(t, filepath.Join(dir, "msp", "modules", deactivation), `label = "Run final discovery scan"`, `label = "Run the last discovery scan"`)
	got := buildCounts(t, args...)["default"]
	own := groupPaths(before, "module/MSP-11b")
	again := len(own)
	for _, e := range before {
		if readsWholeSet(e.Group) {
			again++
		}
	}
	if got.rendered != again || got.removed != 0 || got.written == 0 || got.written+got.unchanged != len(before) {
		t.Errorf("after a label edit: %+v; want %d files rendered, %d in all", got, again, len(before))
	}
	after := manifestOf(t, root)
	for p, e := range after {
		changed := e.Inputs != before[p].Inputs
		if changed != (e.Group == "module/MSP-11b" || readsWholeSet(e.Group)) {
			t.Errorf("%s (%s): fingerprint changed = %v", p, e.Group, changed)
		}
		if e.Sum != before[p].Sum && e.Group != "module/MSP-11b" && e.Group != "site" {
			t.Errorf("%s changed bytes", p)
		}
	}
	csv := own[slices.IndexFunc(own, func(p string) bool { return strings.HasSuffix(p, "task-report.csv") })]
	if data, _ := os.ReadFile(filepath.Join(root, csv)); !bytes.Contains(data, []byte("Run the last discovery scan")) {
		t.Errorf("%s does not show the new label", csv)
	}
}

// TestEditedTitleRenamesFilesAndRedrawsTheLifeCycle changes a module's
// title: its files named after the title are replaced, and the life
// cycle, which lists it, is drawn again.
func TestEditedTitleRenamesFilesAndRedrawsTheLifeCycle(t *testing.T) {
	dir, out := copyShipped(t), t.TempDir()
	args := []string{"--formats", "svg,csv", "--out", out, dir}
	buildCounts(t, args...)
	root := filepath.Join(out, "default")
	before := manifestOf(t, root)
	replaceIn(t, filepath.Join(dir, "msp", "modules", deactivation), `title = "Service Deactivation"`, `title = "Service Shutdown"`)
	got := buildCounts(t, args...)["default"]
	own := groupPaths(before, "module/MSP-11b")
	if got.rendered != len(own)+1 || got.removed != 2 {
		t.Errorf("after a title edit: %+v; want MSP-11b's %d files and the life cycle rendered, its 2 CSVs renamed", got, len(own))
	}
	for _, name := range []string{"MSP-11b-service-deactivation-task-report.csv", "MSP-11b-service-shutdown-task-report.csv"} {
		_, err := os.Stat(filepath.Join(root, "MSP-11b", name))
		if exists := err == nil; exists != strings.Contains(name, "shutdown") {
			t.Errorf("%s exists = %v", name, exists)
		}
	}
}

// TestDeletedModuleDisappears deletes a module (the series now lists it
// as planned): its outputs and its emptied folder go; files of the
// user's, inside the output folder and beside it, stay.
func TestDeletedModuleDisappears(t *testing.T) {
	dir, out := copyShipped(t), t.TempDir()
	args := []string{"--formats", "svg,html", "--out", out, dir}
	buildCounts(t, args...)
	root := filepath.Join(out, "default")
	before := manifestOf(t, root)
	mine := map[string]string{filepath.Join(out, "notes.txt"): "mine", filepath.Join(root, "README.txt"): "mine too"}
	for p, data := range mine {
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Remove(filepath.Join(dir, "msp", "modules", "MSP-01g-activation-closeout.toml")); err != nil {
		t.Fatal(err)
	}
	replaceIn(t, filepath.Join(dir, "msp", "series.toml"), `id = "MSP-01g"`, "id = \"MSP-01g\"\n  title = \"Activation Closeout\"\n  planned = true")
	got := buildCounts(t, args...)["default"]
	// The module's files go, and its page on the site.
	after := manifestOf(t, root)
	gone := groupPaths(before, "module/MSP-01g")
	var removed []string
	for p := range before {
		if _, ok := after[p]; !ok {
			removed = append(removed, p)
		}
	}
	if got.removed != len(gone)+1 || len(gone) == 0 || !slices.Contains(removed, "MSP-01g/index.html") {
		t.Errorf("%+v: want the %d files of MSP-01g and its page removed; removed %v", got, len(gone), removed)
	}
	if _, err := os.Stat(filepath.Join(root, "MSP-01g")); !os.IsNotExist(err) {
		t.Errorf("MSP-01g/ is still there: %v", err)
	}
	for p, data := range mine {
		if got, err := os.ReadFile(p); err != nil || string(got) != data {
			t.Errorf("the user's %s: %q, %v", p, got, err)
		}
	}
}

func TestShardsSplitTheBuild(t *testing.T) {
	split, whole := t.TempDir(), t.TempDir()
	rendered := 0
	for _, shard := range []string{"1/2", "2/2"} {
		got := buildCounts(t, "--formats", "svg", "--shard", shard, "--out", split, shippedContent(t))["default"]
		if got.removed != 0 || got.unchanged != 0 {
			t.Errorf("shard %s: %+v, want the other shard's files left alone", shard, got)
		}
		rendered += got.rendered
	}
	all := buildCounts(t, "--formats", "svg", "--out", whole, shippedContent(t))["default"]
	if rendered != all.rendered {
		t.Errorf("the shards rendered %d files, the whole build %d", rendered, all.rendered)
	}
	a, b := treeFiles(t, split), treeFiles(t, whole)
	if !slices.Equal(a, b) {
		t.Fatalf("shards wrote\n%v\nthe whole build\n%v", a, b)
	}
	for _, f := range a {
		x, _ := os.ReadFile(filepath.Join(split, f))
		y, _ := os.ReadFile(filepath.Join(whole, f))
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs between the shards and the whole build", f)
		}
	}
	code, _, errOut := runCLI(t, "build", "--shard", "3/2", shippedContent(t))
	if code != exitUsage || !strings.Contains(errOut, `--shard: shard "3/2" is not I/N with 1 <= I <= N`) {
		t.Errorf("--shard 3/2: exit %d, %q", code, errOut)
	}
}

func TestBuildEveryBrand(t *testing.T) {
	brands, out := t.TempDir(), t.TempDir()
	if err := os.CopyFS(filepath.Join(brands, "acme"), os.DirFS(filepath.Join("..", "..", "branding", "northwind"))); err != nil {
		t.Fatal(err)
	}
	args := []string{"--brand", "all", "--brands", brands, "--formats", "svg", "--out", out, shippedContent(t)}
	code, stdout, errOut := runCLI(t, append([]string{"build"}, args...)...)
	if code != exitOK {
		t.Fatalf("exit %d\n%s", code, errOut)
	}
	var folders []string
	for _, m := range countsLine.FindAllStringSubmatch(stdout, -1) {
		folders = append(folders, filepath.Base(m[1]))
	}
	if !slices.Equal(folders, []string{"acme", "default", "northwind"}) {
		t.Errorf("built %v, want acme, default and northwind in order:\n%s", folders, stdout)
	}
	for brand, c := range buildCounts(t, args...) {
		if c.rendered != 0 || c.written != 0 {
			t.Errorf("%s again: %+v, want nothing rendered", brand, c)
		}
	}
}

func TestForceRendersButWritesNothing(t *testing.T) {
	out := t.TempDir()
	first := buildCounts(t, "--formats", "svg", "--out", out, shippedContent(t))["default"]
	got := buildCounts(t, "--formats", "svg", "--force", "--out", out, shippedContent(t))["default"]
	if got != (counts{rendered: first.rendered, unchanged: first.rendered}) {
		t.Errorf("--force: %+v, want %d rendered and unchanged", got, first.rendered)
	}
}

// typoContent is a copy of the content with one role misspelt.
func typoContent(t *testing.T) string {
	dir := copyShipped(t)
	replaceIn(t, filepath.Join(dir, "msp", "modules", deactivation), `role = "noc-engineer"`, `role = "noc-enginer"`)
	return dir
}

func TestDiagnosticsAsJSON(t *testing.T) {
	dir := typoContent(t)
	for cmd, args := range map[string][]string{
		"check": {"check", "--format", "json", dir},
		"build": {"build", "--format", "json", "--out", t.TempDir(), dir},
	} {
		code, out, errOut := runCLI(t, args...)
		if code != exitInvalid || errOut != "" {
			t.Errorf("%s: exit %d, stderr %q; want 1 and nothing", cmd, code, errOut)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		var d jsonDiagnostic
		dec := json.NewDecoder(strings.NewReader(lines[0]))
		dec.DisallowUnknownFields()
		if len(lines) != 1 || dec.Decode(&d) != nil {
			t.Fatalf("%s: stdout %q, want one JSON object", cmd, out)
		}
		if d.File != filepath.ToSlash(dir)+"/msp/modules/"+deactivation || d.Line == 0 || d.Col == 0 || d.Severity != "error" ||
			d.Message != `task "11b.01.04": role "noc-enginer" is not defined (did you mean "noc-engineer"?)` {
			t.Errorf("%s: %+v", cmd, d)
		}
	}
	code, out, errOut := runCLI(t, "check", "--format", "json", shippedContent(t))
	if code != exitOK || out != "" || errOut != "" {
		t.Errorf("valid content: exit %d, %q, %q; want 0 and silence", code, out, errOut)
	}
	code, _, errOut = runCLI(t, "check", "--format", "yaml", shippedContent(t))
	if code != exitUsage || !strings.Contains(errOut, `--format: unknown format "yaml" (formats: text, json)`) {
		t.Errorf("--format yaml: exit %d, %q", code, errOut)
	}
}

func TestProgressOnlyOnATerminal(t *testing.T) {
	code, _, errOut := runCLI(t, "build", "--formats", "svg", "--out", t.TempDir(), shippedContent(t))
	if code != exitOK || errOut != "" {
		t.Errorf("exit %d, stderr %q; want nothing on a stderr that is not a terminal", code, errOut)
	}
	var buf bytes.Buffer
	if p := newProgress(&buf, 3); p.w != nil {
		t.Error("a buffer is not a terminal")
	}
	f, err := os.CreateTemp(t.TempDir(), "log")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) {
		t.Error("a log file is not a terminal")
	}
	p := &progress{w: &buf, total: 2}
	for _, g := range []string{"module/A", "series/msp", "module/B"} {
		p.step(g)
	}
	p.finish()
	want := "\rblueprint build: 1 of 2 modules\rblueprint build: 2 of 2 modules\r" + strings.Repeat(" ", 31) + "\r"
	if buf.String() != want {
		t.Errorf("progress wrote %q, want %q", buf.String(), want)
	}
}

// TestEveryBrandIsCheckedFirst gives --brand all one broken brand: the
// build reports it and writes no brand at all.
func TestEveryBrandIsCheckedFirst(t *testing.T) {
	brands, out := t.TempDir(), t.TempDir()
	if err := os.MkdirAll(filepath.Join(brands, "acme"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(brands, "acme", "brand.toml"), []byte("[brand]\nname = \"Acme\"\nmotto = \"x\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errOut := runCLI(t, "build", "--brand", "all", "--brands", brands, "--out", out, shippedContent(t))
	if code != exitInvalid || !strings.Contains(errOut, filepath.ToSlash(filepath.Join(brands, "acme", "brand.toml"))+":3:1:") {
		t.Errorf("exit %d, stderr:\n%s\nwant 1 and the problem in acme's brand.toml", code, errOut)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a build with a broken brand wrote %d folders", len(entries))
	}
}
