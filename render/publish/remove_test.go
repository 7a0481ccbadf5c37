package publish

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// owning writes files, records them in a manifest and returns the folder.
func owning(t *testing.T, files map[string]string) (*Dir, string) {
	t.Helper()
	root := filepath.Join(t.TempDir(), "out")
	d := New(root)
	if err := d.WriteManifest(Manifest{Files: wrote(t, d, files)}); err != nil {
		t.Fatal(err)
	}
	return d, root
}

func TestRemoveDeletesOwnedFilesAndEmptyFolders(t *testing.T) {
	d, root := owning(t, map[string]string{"m1/a/x.svg": "x", "m1/y.svg": "y", "m2/z.svg": "z"})
	if err := os.WriteFile(filepath.Join(root, "m2", "mine.txt"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, rel := range []string{"m1/a/x.svg", "m1/y.svg", "m2/z.svg"} {
		if removed, err := d.Remove(rel); err != nil || !removed {
			t.Fatalf("Remove(%s) = %v, %v", rel, removed, err)
		}
	}
	if got := entries(t, root); !slices.Equal(got, []string{ManifestName, "m2"}) {
		t.Errorf("root holds %v; want m1/ pruned and m2/ kept for the user's file", got)
	}
	if got := read(t, filepath.Join(root, "m2", "mine.txt")); got != "mine" {
		t.Errorf("user's file holds %q", got)
	}
	if removed, err := d.Remove("m1/y.svg"); err != nil || removed {
		t.Errorf("removing a listed file that is already gone: %v, %v", removed, err)
	}
	if got := d.Stats(); got.Removed != 3 {
		t.Errorf("Stats = %+v, want 3 removed", got)
	}
}

func TestRemoveRefuses(t *testing.T) {
	d, root := owning(t, map[string]string{"ours.svg": "ours", "edited.svg": "before", "linked.svg": "x"})
	for name, data := range map[string]string{"theirs.txt": "theirs", "edited.svg": "after!"} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	outside := filepath.Join(filepath.Dir(root), "outside.txt")
	if err := os.WriteFile(outside, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(root, "linked.svg")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(root, "ours.svg"), filepath.Join(root, "linked.svg")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	for _, c := range []struct {
		rel  string
		want error
	}{
		{"theirs.txt", ErrNotOwned},
		{ManifestName, ErrNotOwned},
		{"edited.svg", ErrChanged},
		{"linked.svg", ErrChanged},
		{"../outside.txt", ErrOutside},
		{"/etc/passwd", ErrOutside},
	} {
		if _, err := d.Remove(c.rel); !errors.Is(err, c.want) {
			t.Errorf("Remove(%q) = %v, want %v", c.rel, err, c.want)
		}
	}
	if got := entries(t, root); !slices.Equal(got, []string{ManifestName, "edited.svg", "linked.svg", "ours.svg", "theirs.txt"}) {
		t.Errorf("root holds %v", got)
	}
	if _, err := os.Stat(outside); err != nil {
		t.Errorf("file outside the root: %v", err)
	}
	if got := d.Stats(); got.Removed != 0 {
		t.Errorf("Stats = %+v", got)
	}
}

func TestRemoveWithoutManifestRefusesAll(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	wrote(t, d, map[string]string{"a.svg": "a"})
	if _, err := d.Remove("a.svg"); !errors.Is(err, ErrNotOwned) {
		t.Errorf("Remove before any manifest = %v, want ErrNotOwned", err)
	}
}

func TestRemoveKeepsSymlinkedFolders(t *testing.T) {
	d, root := owning(t, map[string]string{"real/x.svg": "x"})
	if err := os.Symlink("real", filepath.Join(root, "link")); err != nil {
		t.Skipf("symlinks unavailable: %v", err)
	}
	d.own([]Entry{{Path: "link/x.svg", Sum: Sum([]byte("x")), Size: 1}})
	if _, err := d.Remove("link/x.svg"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(filepath.Join(root, "link")); err != nil {
		t.Errorf("the user's symlink was removed: %v", err)
	}
}
