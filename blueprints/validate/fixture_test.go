package validate

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"

	"github.com/blueprint-tools/blueprint/blueprints/load"
)

// update rewrites the want file of each fixture with what the validator
// gives. Review the diff before committing it.
var update = flag.Bool("update", false, "rewrite the want file of each testdata/*.txtar")

// TestFixtures runs each testdata/*.txtar archive through the real loader
// and the validator. An archive holds content under blueprints/, brands
// under branding/<id>/, and a file "want" with the exact diagnostics, one
// per line, as the CLI prints them.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txtar"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			t.Parallel()
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			got := runFixture(t, a)
			want := wantLines(a)
			if *update {
				writeWant(t, file, a, got)
				return
			}
			if !slices.Equal(got, want) {
				t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
		})
	}
}

// runFixture loads and validates the archive's content and brands.
func runFixture(t *testing.T, a *txtar.Archive) []string {
	t.Helper()
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		if f.Name != "want" {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	content, err := fs.Sub(fsys, "blueprints")
	if err != nil {
		t.Fatal(err)
	}
	set, diags := load.Dir(content, "blueprints")
	diags = append(diags, Set(set)...)
	for _, id := range brandIDs(fsys) {
		brandFS, err := fs.Sub(fsys, "branding/"+id)
		if err != nil {
			t.Fatal(err)
		}
		b, bd := load.Brand(brandFS, "branding/"+id)
		diags = append(append(diags, bd...), Brand(set, b)...)
	}
	diags.Sort()
	return lines(diags)
}

// brandIDs lists the folders under branding/ that hold a brand.toml.
func brandIDs(fsys fstest.MapFS) []string {
	var ids []string
	for name := range fsys {
		if rest, ok := strings.CutPrefix(name, "branding/"); ok {
			if id, file, ok := strings.Cut(rest, "/"); ok && file == "brand.toml" {
				ids = append(ids, id)
			}
		}
	}
	slices.Sort(ids)
	return ids
}

func wantLines(a *txtar.Archive) []string {
	for _, f := range a.Files {
		if f.Name == "want" {
			return strings.FieldsFunc(string(f.Data), func(r rune) bool { return r == '\n' })
		}
	}
	return nil
}

func writeWant(t *testing.T, file string, a *txtar.Archive, got []string) {
	t.Helper()
	data := []byte(strings.Join(got, "\n"))
	if len(got) > 0 {
		data = append(data, '\n')
	}
	a.Files = slices.DeleteFunc(a.Files, func(f txtar.File) bool { return f.Name == "want" })
	a.Files = append(a.Files, txtar.File{Name: "want", Data: data})
	if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
		t.Fatal(err)
	}
}
