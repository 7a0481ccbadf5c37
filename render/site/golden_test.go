package site_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/golden")

// updating reports whether goldens are being rewritten: -update, or
// UPDATE_GOLDEN=1 for runs that cannot pass flags (go test ./...).
func updating() bool { return *update || os.Getenv("UPDATE_GOLDEN") == "1" }

// goldenFile reports whether a file of the site has a golden copy: the
// pages, the search index and the brand's style sheet. The other assets
// are the templates' own files, copied as they are.
func goldenFile(path string) bool {
	return strings.HasSuffix(path, ".html") || path == "search-index.js" || path == "assets/brand.css"
}

// TestGoldenSmallSite builds the site of testdata/small.txtar and compares
// every page with testdata/golden/small, and the list of files with
// files.txt. On a mismatch the new output is written beside the golden
// file as NAME.got.
func TestGoldenSmallSite(t *testing.T) {
	files := buildSet(t, loadArchive(t, "small.txtar", false))
	dir := filepath.Join("testdata", "golden", "small")
	var list bytes.Buffer
	for _, f := range files {
		list.WriteString(f.Path + "\n")
		if goldenFile(f.Path) {
			checkGolden(t, filepath.Join(dir, filepath.FromSlash(f.Path)), f.Data)
		}
	}
	checkGolden(t, filepath.Join(dir, "files.txt"), list.Bytes())
}

func checkGolden(t *testing.T, path string, got []byte) {
	t.Helper()
	if updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		os.Remove(path + ".got")
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("%s: %v (run go test -update)", path, err)
		return
	}
	if !bytes.Equal(got, want) {
		os.WriteFile(path+".got", got, 0o644)
		t.Errorf("%s differs from the golden file; see %s.got (run go test -update to accept)", path, path)
	}
}

// TestDeterministic builds the shipped site twice: the bytes must match.
func TestDeterministic(t *testing.T) {
	a, b := buildDir(t, shippedDir, nil), buildDir(t, shippedDir, nil)
	if len(a) != len(b) {
		t.Fatalf("%d files, then %d", len(a), len(b))
	}
	for i := range a {
		if a[i].Path != b[i].Path || !bytes.Equal(a[i].Data, b[i].Data) {
			t.Fatalf("%s differs between two builds", a[i].Path)
		}
	}
}

// TestFilesAreSorted checks the order Build promises.
func TestFilesAreSorted(t *testing.T) {
	files := buildDir(t, shippedDir, nil)
	for i := 1; i < len(files); i++ {
		if files[i-1].Path >= files[i].Path {
			t.Fatalf("%s before %s", files[i-1].Path, files[i].Path)
		}
	}
}
