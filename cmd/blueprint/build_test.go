package main

import (
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/publish"
)

// shippedBrands are the brands the build tests cover.
func shippedBrands() []string { return []string{"default", "northwind"} }

// builds holds the builds of the shipped content that the tests share:
// building every PDF takes about a second, so each folder is built once,
// on first use, below a temporary root that TestMain removes. It is the
// one shared variable, set once before any test runs.
var builds *buildCache

func TestMain(m *testing.M) {
	root, err := os.MkdirTemp("", "blueprint-build-test-")
	if err != nil {
		panic(err)
	}
	builds = &buildCache{root: root, done: map[string]*sharedBuild{}}
	code := m.Run()
	os.RemoveAll(root)
	os.Exit(code)
}

// buildCache builds each (brand, folder) pair once.
type buildCache struct {
	root string
	mu   sync.Mutex
	done map[string]*sharedBuild
}

// sharedBuild is one build of the shipped content and what it printed.
type sharedBuild struct {
	once   sync.Once
	dir    string
	code   int
	stdout string
	stderr string
}

// shippedOutput returns the --out folder of a build of the shipped content
// for brand, made once per name. The folder also holds a file of the
// user's, notes.txt, put there before the build.
func shippedOutput(t *testing.T, brand, name string) string {
	t.Helper()
	builds.mu.Lock()
	b := builds.done[name]
	if b == nil {
		b = &sharedBuild{dir: filepath.Join(builds.root, name)}
		builds.done[name] = b
	}
	builds.mu.Unlock()
	b.once.Do(func() {
		err := os.MkdirAll(b.dir, 0o755)
		if err == nil {
			err = os.WriteFile(filepath.Join(b.dir, "notes.txt"), []byte("mine"), 0o644)
		}
		if err != nil {
			b.code, b.stderr = -1, err.Error()
			return
		}
		b.code, b.stdout, b.stderr = runCLI(t, shippedBuildArgs(brand, b.dir)...)
	})
	if b.code != exitOK {
		t.Fatalf("build --brand %s: exit %d\n%s", brand, b.code, b.stderr)
	}
	return b.dir
}

// shippedBuildArgs are the arguments of a build of the shipped content.
func shippedBuildArgs(brand, out string) []string {
	return []string{"build", "--brand", brand, "--brands", filepath.Join("..", "..", "branding"), "--out", out, filepath.Join("..", "..", "blueprints")}
}

// shippedSet loads the shipped content personalized for brand, as the
// build sees it.
func shippedSet(t *testing.T, brand string) *blueprints.Set {
	t.Helper()
	set, diags := load.Dir(os.DirFS(shippedContent(t)), "blueprints")
	b, bdiags, err := loadBrand(brand, filepath.Join("..", "..", "branding"))
	if err != nil {
		t.Fatal(err)
	}
	if diags = append(diags, bdiags...); diags.Errors() > 0 {
		t.Fatal(diags)
	}
	return branding.Apply(set, b)
}

// treeFiles lists the files below root, relative, slash-separated and
// sorted.
func treeFiles(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(root, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(out)
	return out
}

// moduleStem is the expected start of a module's document names: its id
// and its personalized title in lower case, words joined by hyphens.
func moduleStem(m *blueprints.Module) string {
	return m.ID + "/" + m.ID + "-" + strings.ToLower(strings.Join(strings.Fields(m.Title), "-"))
}

// printPapers are the diagram papers as the file names call them.
func printPapers() []string { return []string{"11x17", "legal", "a3"} }

// moduleDeliverables are the documents expected for module m besides its
// SVGs.
func moduleDeliverables(m *blueprints.Module) []string {
	stem := moduleStem(m)
	var out []string
	for _, p := range printPapers() {
		out = append(out, stem+"-"+p+".pdf")
	}
	for _, r := range []string{"detail-report", "task-report"} {
		for _, ext := range []string{"pdf", "html", "csv"} {
			out = append(out, stem+"-"+r+"."+ext)
		}
	}
	return append(out, stem+".vsdx", stem+".drawio")
}

func TestBuildWritesEveryDeliverable(t *testing.T) {
	for _, brand := range shippedBrands() {
		set := shippedSet(t, brand)
		root := filepath.Join(shippedOutput(t, brand, brand), brand)
		// The site's pages are TestBuildWritesTheSite's.
		files := withoutGroup(treeFiles(t, root), manifestOf(t, root), "site")
		want := []string{".blueprint-manifest.json", "logo.svg", "msp-life-cycle.svg", "msp-life-cycle.vsdx", "msp-life-cycle.drawio"}
		for _, c := range set.Curricula {
			want = append(want, c.ID+"-syllabus.pdf")
		}
		if brand == "northwind" { // the brand that recorded an assessment
			for _, m := range set.Maturity {
				want = append(want, m.ID+"-maturity-matrix.pdf")
			}
		}
		for _, m := range set.Modules {
			want = append(want, m.ID+"/"+m.ID+"-overview.svg")
			want = append(want, moduleDeliverables(m)...)
			want = append(want, kitFiles(t, files, m.ID)...)
			for _, sp := range m.Subprocesses {
				name := findFile(files, m.ID+"/"+sp.ID+"-")
				if name == "" {
					t.Errorf("brand %s: no SVG for sub-process %s", brand, sp.ID)
					continue
				}
				want = append(want, name)
				checkSVGTasks(t, filepath.Join(root, name), sp)
			}
		}
		sort.Strings(want)
		if !slices.Equal(files, want) {
			t.Errorf("brand %s writes\n%s\nwant\n%s", brand, strings.Join(files, "\n"), strings.Join(want, "\n"))
		}
	}
}

// withoutGroup leaves out of files those the manifest records for group.
func withoutGroup(files []string, manifest map[string]publish.Entry, group string) []string {
	return slices.DeleteFunc(slices.Clone(files), func(f string) bool { return manifest[f].Group == group })
}

// kitFiles are the deployment kit files written for a module: its
// agenda and plan, which must be there, and its checklists.
func kitFiles(t *testing.T, files []string, id string) []string {
	t.Helper()
	dir := id + "/kit/"
	for _, f := range []string{dir + id + "-workshop-agenda.md", dir + id + "-project-plan.csv"} {
		if !slices.Contains(files, f) {
			t.Errorf("no %s", f)
		}
	}
	return slices.DeleteFunc(slices.Clone(files), func(f string) bool { return !strings.HasPrefix(f, dir) })
}

// TestBuildNamesFilesForTheBrand pins a few names: the title in a name is
// the one the brand's vocabulary gives, as printed inside the file.
func TestBuildNamesFilesForTheBrand(t *testing.T) {
	for brand, name := range map[string]string{
		"default":   "MSP-11b/MSP-11b-service-deactivation-11x17.pdf",
		"northwind": "MSP-11b/MSP-11b-service-offboarding-task-report.csv",
	} {
		path := filepath.Join(shippedOutput(t, brand, brand), brand, name)
		if _, err := os.Stat(path); err != nil {
			t.Errorf("brand %s: %v", brand, err)
		}
	}
}

func findFile(files []string, prefix string) string {
	for _, f := range files {
		if strings.HasPrefix(f, prefix) {
			return f
		}
	}
	return ""
}

// checkSVGTasks fails unless the SVG at path parses as XML and draws
// every task of sp.
func checkSVGTasks(t *testing.T, path string, sp *blueprints.Subprocess) {
	t.Helper()
	tasks := svgTasks(t, path)
	for _, task := range sp.Tasks {
		if !tasks[task.ID] {
			t.Errorf("%s: task %s is not drawn", path, task.ID)
		}
	}
}

// svgTasks parses an SVG as XML and returns the data-task ids it draws.
func svgTasks(t *testing.T, path string) map[string]bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	tasks := map[string]bool{}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return tasks
		}
		if err != nil {
			t.Fatalf("%s does not parse as XML: %v", path, err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == "data-task" {
					tasks[a.Value] = true
				}
			}
		}
	}
}

func TestBuildIsReproducibleAndIncremental(t *testing.T) {
	for _, brand := range shippedBrands() {
		a, b := shippedOutput(t, brand, brand), shippedOutput(t, brand, brand+"-again")
		filesA, filesB := treeFiles(t, a), treeFiles(t, b)
		if !slices.Equal(filesA, filesB) {
			t.Fatalf("brand %s: two builds wrote different files:\n%v\n%v", brand, filesA, filesB)
		}
		for _, f := range filesA {
			x, _ := os.ReadFile(filepath.Join(a, f))
			y, _ := os.ReadFile(filepath.Join(b, f))
			if !bytes.Equal(x, y) {
				t.Errorf("brand %s: %s differs between two builds", brand, f)
			}
		}
	}
	first := builds.done["northwind"].stdout
	if !regexp.MustCompile(`^\S+: \d+ files rendered, \d+ written, 0 unchanged, 0 removed\n$`).MatchString(first) {
		t.Errorf("first build said %q", first)
	}
	_, second, _ := runCLI(t, shippedBuildArgs("northwind", shippedOutput(t, "northwind", "northwind"))...)
	if !regexp.MustCompile(`: 0 files rendered, 0 written, \d+ unchanged, 0 removed\n$`).MatchString(second) {
		t.Errorf("second build said %q, want nothing written", second)
	}
}

func TestBuildStaysInsideItsFolder(t *testing.T) {
	out := shippedOutput(t, "default", "default")
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "default,notes.txt" {
		t.Errorf("output folder holds %v, want only default/ and notes.txt", names)
	}
	if data, _ := os.ReadFile(filepath.Join(out, "notes.txt")); string(data) != "mine" {
		t.Errorf("an unrelated file was changed")
	}
}

func TestBuildRefusesInvalidContent(t *testing.T) {
	tmp := t.TempDir()
	if err := os.CopyFS(tmp, os.DirFS(shippedContent(t))); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(tmp, "msp", "catalogue.toml")
	src, _ := os.ReadFile(file)
	if err := os.WriteFile(file, append(src, []byte("\n[[role]]\nid = 3\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	code, _, stderr := runCLI(t, "build", "--out", out, tmp)
	if code != exitInvalid {
		t.Fatalf("exit %d, want %d", code, exitInvalid)
	}
	if !strings.Contains(stderr, `catalogue.toml:`) || !strings.HasSuffix(stderr, "error\n") && !strings.HasSuffix(stderr, "errors\n") {
		t.Errorf("stderr = %q", stderr)
	}
	if entries, _ := os.ReadDir(out); len(entries) != 0 {
		t.Errorf("a failed build wrote %d entries", len(entries))
	}
}

func TestSourceDateEpoch(t *testing.T) {
	env := func(v string) func(string) string {
		return func(k string) string {
			if k == "SOURCE_DATE_EPOCH" {
				return v
			}
			return ""
		}
	}
	if d, err := sourceDate(env("")); err != nil || !d.IsZero() {
		t.Errorf("unset: %v, %v; want the zero time", d, err)
	}
	if d, err := sourceDate(env("1700000000")); err != nil || d.Format("2006-01-02T15:04:05Z07:00") != "2023-11-14T22:13:20Z" {
		t.Errorf("1700000000: %v, %v", d, err)
	}
	for _, bad := range []string{"yesterday", "-5", "1e9", "99999999999999"} {
		if _, err := sourceDate(env(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
	var stderr bytes.Buffer
	code := run(shippedBuildArgs("default", t.TempDir()), io.Discard, &stderr, env("soon"))
	if code != exitUsage || !strings.Contains(stderr.String(), "SOURCE_DATE_EPOCH") {
		t.Errorf("build with SOURCE_DATE_EPOCH=soon: exit %d, %q", code, stderr.String())
	}
}

// readCSV parses a CSV the build wrote, without its byte-order mark.
func readCSV(t *testing.T, path string) [][]string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return recs
}

func TestBuildWritesCSVReports(t *testing.T) {
	taskHeader := "Sub-process,Task ID,Label,Kind,Role,Stage,Systems,Reads,Produces,Effort,Effort (hours),Value,Description,Next"
	for _, brand := range shippedBrands() {
		root := filepath.Join(shippedOutput(t, brand, brand), brand)
		for _, m := range shippedSet(t, brand).Modules {
			recs := readCSV(t, filepath.Join(root, moduleStem(m)+"-task-report.csv"))
			if len(recs) == 0 || strings.Join(recs[0], ",") != taskHeader {
				t.Fatalf("%s task CSV header = %q", m.ID, recs[0])
			}
			var got []string
			for _, r := range recs[1:] {
				got = append(got, r[1])
			}
			want := reportedTasks(m)
			if !slices.Equal(got, want) {
				t.Errorf("%s %s task CSV rows:\n%v\nwant one per task:\n%v", brand, m.ID, got, want)
			}
			checkDetailCSV(t, filepath.Join(root, moduleStem(m)+"-detail-report.csv"), m)
		}
	}
}

// checkDetailCSV fails unless the Detail CSV has its header and a KPI row
// for every KPI of m.
func checkDetailCSV(t *testing.T, path string, m *blueprints.Module) {
	t.Helper()
	recs := readCSV(t, path)
	if len(recs) == 0 || strings.Join(recs[0], ",") != "Type,ID,Name,Description,Detail,Used in" {
		t.Fatalf("%s: header %q", path, recs)
	}
	kpis := map[string]bool{}
	for _, r := range recs[1:] {
		if r[0] == "KPI" {
			kpis[r[1]] = true
		}
	}
	for _, k := range m.KPIs {
		if !kpis[k.ID] {
			t.Errorf("%s: no row for KPI %s", path, k.ID)
		}
	}
}

// reportedTasks are the ids of the tasks the Task Report lists: all but
// connectors, which only say where the flow continues.
func reportedTasks(m *blueprints.Module) []string {
	var ids []string
	for _, sp := range m.Subprocesses {
		for _, task := range sp.Tasks {
			if task.Kind != blueprints.KindConnector {
				ids = append(ids, task.ID)
			}
		}
	}
	return ids
}

func TestBuildFormats(t *testing.T) {
	out := t.TempDir()
	code, _, stderr := runCLI(t, "build", "--formats", "svg", "--out", out, shippedContent(t))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !strings.HasSuffix(p, ".svg") && d.Name() != ".blueprint-manifest.json" {
			t.Errorf("--formats svg wrote %s", p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	code, _, stderr = runCLI(t, "build", "--formats", "svg,docx", "--out", out, shippedContent(t))
	if code != exitUsage || !strings.Contains(stderr, `--formats: unknown kind "docx" (kinds: svg, pdf, html, csv, vsdx, drawio, kit)`) {
		t.Errorf("exit %d: %s", code, stderr)
	}
}
