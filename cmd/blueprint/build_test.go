package main

import (
	"bytes"
	"encoding/xml"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints/load"
)

// buildShipped builds the shipped content for brand into a fresh folder
// and returns the folder and what build printed.
func buildShipped(t *testing.T, brand, out string) string {
	t.Helper()
	code, stdout, stderr := runCLI(t, "build", "--brand", brand, "--brands", filepath.Join("..", "..", "branding"), "--out", out, shippedContent(t))
	if code != exitOK {
		t.Fatalf("build --brand %s: exit %d\n%s", brand, code, stderr)
	}
	return stdout
}

// svgFiles lists the .svg files below root, relative and sorted.
func svgFiles(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".svg") {
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

func TestBuildWritesEveryDiagram(t *testing.T) {
	set, diags := load.Dir(os.DirFS(shippedContent(t)), "blueprints")
	if diags.Errors() > 0 {
		t.Fatal(diags)
	}
	for _, brand := range []string{"default", "northwind"} {
		out := t.TempDir()
		buildShipped(t, brand, out)
		files := svgFiles(t, filepath.Join(out, brand))
		want := 1 // the life cycle
		for _, m := range set.Modules {
			want += 1 + len(m.Subprocesses)
		}
		if len(files) != want {
			t.Fatalf("brand %s: %d SVG files, want %d: %v", brand, len(files), want, files)
		}
		for _, m := range set.Modules {
			for _, sp := range m.Subprocesses {
				name := findFile(files, m.ID+"/"+sp.ID+"-")
				if name == "" {
					t.Errorf("brand %s: no SVG for sub-process %s", brand, sp.ID)
					continue
				}
				tasks := svgTasks(t, filepath.Join(out, brand, name))
				for _, task := range sp.Tasks {
					if !tasks[task.ID] {
						t.Errorf("%s: task %s is not drawn", name, task.ID)
					}
				}
			}
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
	a, b := t.TempDir(), t.TempDir()
	first := buildShipped(t, "northwind", a)
	if !regexp.MustCompile(`^\S+: \d+ files written, 0 unchanged\n$`).MatchString(first) {
		t.Errorf("first build said %q", first)
	}
	second := buildShipped(t, "northwind", a)
	if !regexp.MustCompile(`: 0 files written, \d+ unchanged\n$`).MatchString(second) {
		t.Errorf("second build said %q, want nothing written", second)
	}
	buildShipped(t, "northwind", b)
	for _, f := range svgFiles(t, a) {
		x, _ := os.ReadFile(filepath.Join(a, f))
		y, err := os.ReadFile(filepath.Join(b, f))
		if err != nil || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two builds", f)
		}
	}
}

func TestBuildStaysInsideItsFolder(t *testing.T) {
	out := t.TempDir()
	keep := filepath.Join(out, "notes.txt")
	if err := os.WriteFile(keep, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	buildShipped(t, "default", out)
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if strings.Join(names, ",") != "default,notes.txt" {
		t.Errorf("output folder holds %v, want only default/ and notes.txt", names)
	}
	if data, _ := os.ReadFile(keep); string(data) != "mine" {
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
