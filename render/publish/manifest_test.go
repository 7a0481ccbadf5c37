package publish

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// wrote writes files into d and returns their manifest entries.
func wrote(t *testing.T, d *Dir, files map[string]string) []Entry {
	t.Helper()
	var es []Entry
	for rel, data := range files {
		if _, err := d.Write(rel, []byte(data)); err != nil {
			t.Fatal(err)
		}
		es = append(es, Entry{Path: rel, Group: "g", Kind: "svg", Inputs: "i", Sum: Sum([]byte(data)), Size: int64(len(data))})
	}
	return es
}

func TestManifestRoundTrip(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	if m, err := d.ReadManifest(); err != nil || len(m.Files) != 0 {
		t.Fatalf("missing manifest: %v, %v; want an empty one", m, err)
	}
	es := wrote(t, d, map[string]string{"b/x.svg": "x", "a.svg": "a"})
	if err := d.WriteManifest(Manifest{Files: es}); err != nil {
		t.Fatal(err)
	}
	before, _ := os.Stat(filepath.Join(root, ManifestName))
	slices.Reverse(es)
	if err := d.WriteManifest(Manifest{Files: es}); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(filepath.Join(root, ManifestName)); !os.SameFile(before, after) {
		t.Error("the same manifest in another order was rewritten")
	}
	m, err := New(root).ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	i := slices.IndexFunc(es, func(e Entry) bool { return e.Path == "b/x.svg" })
	if len(m.Files) != 2 || m.Files[0].Path != "a.svg" || m.Files[1] != es[i] {
		t.Errorf("read back %+v", m.Files)
	}
	if got := read(t, filepath.Join(root, ManifestName)); !strings.Contains(got, "\n    {\"path\":\"a.svg\",\"group\":\"g\",\"kind\":\"svg\",\"inputs\":\"i\",\"sha256\":\"") {
		t.Errorf("manifest is not one entry per line:\n%s", got)
	}
	if got := d.Stats(); got != (Stats{Written: 2}) {
		t.Errorf("Stats = %+v; the manifest must not count", got)
	}
}

func TestBadManifestOwnsNothing(t *testing.T) {
	for name, body := range map[string]string{
		"syntax":   "{",
		"format":   `{"format": 2, "files": []}`,
		"escape":   `{"format": 1, "files": [{"path": "../secret.txt", "sha256": "", "size": 0}]}`,
		"absolute": `{"format": 1, "files": [{"path": "/etc/passwd"}]}`,
		"itself":   `{"format": 1, "files": [{"path": ".blueprint-manifest.json"}]}`,
		"twice":    `{"format": 1, "files": [{"path": "a"}, {"path": "a"}]}`,
		"unknown":  `{"format": 1, "files": [], "extra": 1}`,
	} {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			if err := os.WriteFile(filepath.Join(root, ManifestName), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
			d := New(root)
			m, err := d.ReadManifest()
			if !errors.Is(err, ErrBadManifest) || len(m.Files) != 0 {
				t.Fatalf("ReadManifest = %+v, %v; want none and ErrBadManifest", m, err)
			}
			if _, err := d.Remove("a"); !errors.Is(err, ErrNotOwned) {
				t.Errorf("Remove after a bad manifest: %v", err)
			}
		})
	}
}

func TestWriteRefusesTheManifestName(t *testing.T) {
	d := New(t.TempDir())
	if _, err := d.Write(ManifestName, []byte("{}")); err == nil {
		t.Error("Write may not replace the manifest")
	}
	if _, err := d.Write("sub/"+ManifestName, []byte("x")); err != nil {
		t.Errorf("the name below the root is an ordinary file: %v", err)
	}
}

func TestHolds(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	wrote(t, d, map[string]string{"a/b.svg": "four"})
	for _, c := range []struct {
		rel  string
		size int64
		want bool
	}{{"a/b.svg", 4, true}, {"a/b.svg", 5, false}, {"a/c.svg", 4, false}, {"a", 4096, false}, {"../a/b.svg", 4, false}} {
		if got := d.Holds(c.rel, c.size); got != c.want {
			t.Errorf("Holds(%q, %d) = %v", c.rel, c.size, got)
		}
	}
}
