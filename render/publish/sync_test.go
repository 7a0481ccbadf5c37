package publish

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestManifestComesAfterItsFiles checks the crash-safety order: every
// file written is flushed, then its folder, and only then the manifest
// that lists it.
func TestManifestComesAfterItsFiles(t *testing.T) {
	root := t.TempDir()
	d := New(root)
	var mu sync.Mutex
	var synced []string
	d.syncFile = func(p string) error {
		mu.Lock()
		defer mu.Unlock()
		rel, _ := filepath.Rel(root, p)
		synced = append(synced, filepath.ToSlash(rel))
		return nil
	}
	es := wrote(t, d, map[string]string{"a/x.svg": "x", "b.svg": "b"})
	if len(synced) != 0 {
		t.Fatalf("Write synced %v; want the flush left to Sync", synced)
	}
	if err := d.WriteManifest(Manifest{Files: es}); err != nil {
		t.Fatal(err)
	}
	if len(synced) != 6 || synced[4] != ManifestName || synced[5] != "." {
		t.Fatalf("synced %v; want the files, their folders, then the manifest and the root", synced)
	}
	if files := synced[:2]; !slices.Contains(files, "a/x.svg") || !slices.Contains(files, "b.svg") {
		t.Errorf("files first: %v", synced)
	}
	synced = nil
	if err := d.Sync(); err != nil || len(synced) != 0 {
		t.Errorf("a second Sync flushed %v, %v", synced, err)
	}
}

func TestSyncReportsFailures(t *testing.T) {
	d := New(t.TempDir())
	d.syncFile = func(p string) error {
		if strings.HasSuffix(p, "bad.svg") {
			return errors.New("input/output error")
		}
		return nil
	}
	wrote(t, d, map[string]string{"good.svg": "g", "bad.svg": "b"})
	if err := d.Sync(); err == nil || !strings.Contains(err.Error(), "bad.svg: input/output error") {
		t.Errorf("Sync = %v", err)
	}
}
