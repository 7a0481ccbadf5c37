package site_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/site"
)

// loadDir loads and validates a content folder, failing on any error.
func loadDir(t testing.TB, dir string) *blueprints.Set {
	t.Helper()
	set, diags := load.Dir(os.DirFS(dir), filepath.ToSlash(dir))
	if diags.Errors() == 0 {
		diags = append(diags, validate.Set(set)...)
	}
	if diags.Errors() > 0 {
		t.Fatalf("content %s does not load:\n%v", dir, diags)
	}
	return set
}

// buildDir builds the site of a content folder for the given brand (nil:
// the default theme).
func buildDir(t testing.TB, dir string, brand *blueprints.Brand) []site.File {
	t.Helper()
	set := loadDir(t, dir)
	files, err := site.Build(site.Input{Set: branding.Apply(set, brand), Theme: branding.Theme(brand)})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// shippedDir is the content that ships with the tool.
const shippedDir = "../../blueprints"

// writeFiles writes a site into dir.
func writeFiles(t testing.TB, dir string, files []site.File) {
	t.Helper()
	for _, f := range files {
		p := filepath.Join(dir, filepath.FromSlash(f.Path))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// fileMap indexes files by path.
func fileMap(files []site.File) map[string][]byte {
	m := make(map[string][]byte, len(files))
	for _, f := range files {
		m[f.Path] = f.Data
	}
	return m
}

func jsonUnmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

func sortedStrings(s []string) []string {
	sort.Strings(s)
	return s
}

// mapFiles turns a path map back into files.
func mapFiles(m map[string][]byte) []site.File {
	var out []site.File
	for p, d := range m {
		out = append(out, site.File{Path: p, Data: d})
	}
	return out
}

// loadArchive loads the content under blueprints/ of a txtar archive in
// testdata, validated unless raw is set.
func loadArchive(t testing.TB, name string, raw bool) *blueprints.Set {
	t.Helper()
	a, err := txtar.ParseFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		fsys[f.Name] = &fstest.MapFile{Data: f.Data}
	}
	content, err := fs.Sub(fsys, "blueprints")
	if err != nil {
		t.Fatal(err)
	}
	set, diags := load.Dir(content, "blueprints")
	if !raw && diags.Errors() == 0 {
		diags = append(diags, validate.Set(set)...)
	}
	if diags.Errors() > 0 {
		t.Fatalf("%s does not load:\n%v", name, diags)
	}
	return set
}

// buildSet builds the site of a set with the default theme.
func buildSet(t testing.TB, set *blueprints.Set) []site.File {
	t.Helper()
	files, err := site.Build(site.Input{Set: branding.Apply(set, nil), Theme: branding.Theme(nil)})
	if err != nil {
		t.Fatal(err)
	}
	return files
}
