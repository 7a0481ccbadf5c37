package report

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// update rewrites the golden files instead of comparing with them; the
// environment variable UPDATE_GOLDEN=1 does the same for `go test ./...`
// runs where packages without the flag would reject it.
var update = flag.Bool("update", false, "rewrite testdata/*.golden.*")

// fixturePrimary is a brand colour for the goldens, so the palette code
// runs too.
const fixturePrimary = "#0f766e"

// loadFixture loads the small module of testdata/fixture, without a brand.
func loadFixture(t testing.TB) (*blueprints.Set, *blueprints.Module) {
	t.Helper()
	set, _ := loadSet(t, os.DirFS(filepath.Join("testdata", "fixture")), "")
	m := set.Module("FX-01")
	if m == nil {
		t.Fatal("fixture module FX-01 not loaded")
	}
	return set, m
}

// checkGolden compares got with testdata/NAME.golden.EXT. On a mismatch it
// leaves NAME.got.EXT beside it to view and diff.
func checkGolden(t *testing.T, name, ext string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name+".golden."+ext)
	gotPath := filepath.Join("testdata", name+".got."+ext)
	if *update || os.Getenv("UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./render/report -update to create it)", err)
	}
	if bytes.Equal(got, want) {
		_ = os.Remove(gotPath) // a stale .got from an earlier failure
		return
	}
	if err := os.WriteFile(gotPath, got, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Errorf("%s differs from %s: compare with %s, then rerun with -update if the change is right", name, golden, gotPath)
}

func TestGoldenDetailHTML(t *testing.T) {
	set, m := loadFixture(t)
	got := htmlOf(t, Detail(set, m, "Fixture Provider"), HTMLOptions{Primary: fixturePrimary, Logo: "../logo.svg"})
	checkGolden(t, "detail", "html", []byte(got))
}

func TestGoldenTasksHTML(t *testing.T) {
	set, m := loadFixture(t)
	got := htmlOf(t, Tasks(set, m, "Fixture Provider"), HTMLOptions{Primary: fixturePrimary})
	checkGolden(t, "tasks", "html", []byte(got))
}

func TestGoldenTaskCSV(t *testing.T) {
	set, m := loadFixture(t)
	checkGolden(t, "tasks", "csv", []byte(taskCSVOf(t, set, m)))
}

func TestGoldenDetailCSV(t *testing.T) {
	set, m := loadFixture(t)
	checkGolden(t, "detail", "csv", []byte(detailCSVOf(t, set, m)))
}

func TestDeterministic(t *testing.T) {
	set, m := loadFixture(t)
	first := htmlOf(t, Tasks(set, m, "x"), HTMLOptions{}) + htmlOf(t, Detail(set, m, "x"), HTMLOptions{}) + detailCSVOf(t, set, m)
	for range 10 {
		again := htmlOf(t, Tasks(set, m, "x"), HTMLOptions{}) + htmlOf(t, Detail(set, m, "x"), HTMLOptions{}) + detailCSVOf(t, set, m)
		if again != first {
			t.Fatal("two renders of the same module differ")
		}
	}
}
