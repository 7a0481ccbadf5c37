package load

import (
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary text to the loader as a content file and as a
// brand profile. The property: no panic, and every diagnostic names the
// file it is about.
func FuzzLoad(f *testing.F) {
	f.Add(validModule)
	for _, src := range shippedFiles(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, diags := Dir(fstest.MapFS{"m.toml": {Data: []byte(src)}}, "c")
		for _, d := range diags {
			if !strings.HasPrefix(d.Pos.File, "c/m.toml") {
				t.Errorf("diagnostic without its file: %s", d)
			}
		}
		_, _ = Brand(fstest.MapFS{"brand.toml": {Data: []byte(src)}}, "b")
		_ = buildIndex("m.toml", src)
	})
}

// shippedFiles returns the TOML files of the shipped content, to seed the
// fuzzer with realistic input.
func shippedFiles(f *testing.F) []string {
	var out []string
	root := os.DirFS("..")
	_ = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".toml") && !strings.Contains(p, "testdata") {
			if data, err := fs.ReadFile(root, p); err == nil {
				out = append(out, string(data))
			}
		}
		return nil
	})
	return out
}
