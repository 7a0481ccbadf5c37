package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

func read(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// entries lists a folder's names, so tests see stray temporary files.
func entries(t *testing.T, dir string) []string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range es {
		names = append(names, e.Name())
	}
	return names
}

func TestWriteCreatesParents(t *testing.T) {
	root := filepath.Join(t.TempDir(), "output", "acme")
	d := New(root)
	written, err := d.Write("msp-11b/diagrams/overview.svg", []byte("<svg/>"))
	if err != nil || !written {
		t.Fatalf("Write = %v, %v; want true, nil", written, err)
	}
	path := filepath.Join(root, "msp-11b", "diagrams", "overview.svg")
	if got := read(t, path); got != "<svg/>" {
		t.Errorf("file holds %q", got)
	}
	info, _ := os.Stat(path)
	if info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v, want 0644", info.Mode().Perm())
	}
	if got := d.Stats(); got != (Stats{Written: 1}) {
		t.Errorf("Stats = %+v", got)
	}
}

func TestUnchangedIsSkipped(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	if _, err := d.Write("a.txt", []byte("one")); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "a.txt")
	before, _ := os.Stat(path)
	written, err := d.Write("a.txt", []byte("one"))
	if err != nil || written {
		t.Fatalf("second Write = %v, %v; want false, nil", written, err)
	}
	if after, _ := os.Stat(path); !os.SameFile(before, after) {
		t.Error("an unchanged file was replaced")
	}
	if written, err := d.Write("a.txt", []byte("two")); err != nil || !written {
		t.Fatalf("changed Write = %v, %v; want true, nil", written, err)
	}
	// Same length, different bytes: the size alone must not decide.
	if written, _ := d.Write("a.txt", []byte("six")); !written {
		t.Error("a same-size change was skipped")
	}
	if got, want := d.Stats(), (Stats{Written: 3, Unchanged: 1}); got != want {
		t.Errorf("Stats = %+v, want %+v", got, want)
	}
	if got := read(t, path); got != "six" {
		t.Errorf("file holds %q", got)
	}
}

func TestFailedWriteKeepsOldFile(t *testing.T) {
	for _, stage := range []string{"create", "write"} {
		t.Run(stage, func(t *testing.T) {
			root := t.TempDir()
			d := New(root)
			if _, err := d.Write("x.svg", []byte("old and whole")); err != nil {
				t.Fatal(err)
			}
			d.createTemp = failingTemp(stage)
			written, err := d.Write("x.svg", []byte("new"))
			if err == nil || written {
				t.Fatalf("Write = %v, %v; want an error", written, err)
			}
			if want := "write " + filepath.Join(root, "x.svg") + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q does not start with %q", err, want)
			}
			if got := read(t, filepath.Join(root, "x.svg")); got != "old and whole" {
				t.Errorf("old file now holds %q", got)
			}
			if names := entries(t, root); len(names) != 1 {
				t.Errorf("temporary file left behind: %v", names)
			}
			if got := d.Stats(); got != (Stats{Written: 1}) {
				t.Errorf("Stats = %+v, a failed write must not count", got)
			}
		})
	}
}

// failingTemp fails creating the temporary file, or hands out one that is
// already closed so that writing to it fails.
func failingTemp(stage string) func(dir, pattern string) (*os.File, error) {
	return func(dir, pattern string) (*os.File, error) {
		if stage == "create" {
			return nil, errors.New("no space left on device")
		}
		f, err := os.CreateTemp(dir, pattern)
		if err != nil {
			return nil, err
		}
		f.Close()
		return f, nil
	}
}

func TestTemporaryFileIsBesideTarget(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	var dirs []string
	d.createTemp = func(dir, pattern string) (*os.File, error) {
		dirs = append(dirs, dir)
		return os.CreateTemp(dir, pattern)
	}
	if _, err := d.Write("a/b/c.html", []byte("x")); err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(root, "a", "b"); len(dirs) != 1 || dirs[0] != want {
		t.Errorf("temporary file made in %v, want %s (rename is atomic only within a folder)", dirs, want)
	}
	if names := entries(t, filepath.Join(root, "a", "b")); len(names) != 1 || names[0] != "c.html" {
		t.Errorf("folder holds %v", names)
	}
}

func TestPathsOutsideAreRefused(t *testing.T) {
	base := t.TempDir()
	root := filepath.Join(base, "out")
	outside := filepath.Join(base, "secret")
	for _, dir := range []string{filepath.Join(root, "inner"), outside} {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	links := map[string]string{"escape": outside, "file-escape": filepath.Join(outside, "f.txt"), "broken": filepath.Join(base, "nowhere"), "ok": filepath.Join(root, "inner")}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(root, name)); err != nil {
			t.Skipf("symlinks unavailable: %v", err)
		}
	}
	d := New(root)
	for _, c := range []struct{ rel, want string }{
		{"/etc/passwd", "write /etc/passwd: path leaves the output folder " + root + ": the path is absolute"},
		{"../secret/x.txt", `write ../secret/x.txt: path leaves the output folder ` + root + `: the path climbs out with ".."`},
		{"a/../../x", `write a/../../x: path leaves the output folder ` + root + `: the path climbs out with ".."`},
		{"a/../b", `climbs out with ".."`},
		{"escape/x.txt", "write " + filepath.Join(root, "escape/x.txt") + ": path leaves the output folder: symlink " + filepath.Join(root, "escape") + " points to " + outside},
		{"file-escape", "path leaves the output folder: symlink"},
		{"broken/x.txt", "cannot be resolved"},
		{"", "empty output path"},
		{"a//b", "invalid output path"},
		{"./a", "invalid output path"},
		{"a/", "invalid output path"},
	} {
		written, err := d.Write(c.rel, []byte("x"))
		if err == nil || written || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Write(%q) = %v, %v; want an error containing %q", c.rel, written, err, c.want)
		}
		if strings.Contains(c.want, "leaves") && !errors.Is(err, ErrOutside) {
			t.Errorf("Write(%q): error does not wrap ErrOutside", c.rel)
		}
	}
	if names := entries(t, outside); len(names) != 0 {
		t.Errorf("files written outside the root: %v", names)
	}
	if _, err := d.Write("ok/inside.txt", []byte("x")); err != nil {
		t.Errorf("a symlink that stays inside must be allowed: %v", err)
	}
	if got := d.Stats(); got != (Stats{Written: 1}) {
		t.Errorf("Stats = %+v", got)
	}
}

func TestFolderInTheWay(t *testing.T) {
	root := t.TempDir()
	if err := os.Mkdir(filepath.Join(root, "x.svg"), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := New(root).Write("x.svg", []byte("x")); err == nil || !strings.Contains(err.Error(), "folder is in the way") {
		t.Errorf("err = %v", err)
	}
}

func TestConcurrentWritesCount(t *testing.T) {
	d := New(t.TempDir())
	var wg sync.WaitGroup
	for i := range 40 {
		wg.Go(func() {
			rel := fmt.Sprintf("m%d/page.html", i%20) // each file twice, same bytes
			if _, err := d.Write(rel, []byte(rel)); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if s := d.Stats(); s.Written+s.Unchanged != 40 || s.Written < 20 {
		t.Errorf("Stats = %+v, want 40 writes of which at least 20 written", s)
	}
}
