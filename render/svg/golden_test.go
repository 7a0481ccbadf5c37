package svg

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// update rewrites the golden files instead of comparing with them; the
// environment variable UPDATE_GOLDEN=1 does the same for `go test ./...`
// runs where packages without the flag would reject it.
var update = flag.Bool("update", false, "rewrite testdata/*.golden.svg")

func render(t testing.TB, p geom.Page, th geom.Theme, opt Options) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Render(&buf, p, th, opt); err != nil {
		t.Fatalf("Render: %v", err)
	}
	return buf.Bytes()
}

// checkGolden compares got with testdata/NAME.golden.svg. On a mismatch it
// leaves NAME.got.svg beside it to view and diff.
func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", name+".golden.svg")
	gotPath := filepath.Join("testdata", name+".got.svg")
	if *update || os.Getenv("UPDATE_GOLDEN") == "1" {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./render/svg -update to create it)", err)
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

func TestGoldenProcessMap(t *testing.T) {
	checkGolden(t, "process", render(t, processPage(), brandTheme(), Options{}))
}

func TestGoldenOverview(t *testing.T) {
	th := geom.Theme{Name: "Northwind Managed IT", Logo: pngLogo(t)}
	checkGolden(t, "overview", render(t, overviewPage(), th, Options{IDPrefix: "ov-"}))
}

func TestDeterministic(t *testing.T) {
	th := brandTheme()
	// Many tokens, so a map walk would show up as reordered output.
	for _, k := range []string{"text", "background", "customer", "onstage", "backstage", "support", "line"} {
		th.Colors[k] = "#123456"
	}
	first := render(t, processPage(), th, Options{IDPrefix: "a-"})
	for range 20 {
		if got := render(t, processPage(), th, Options{IDPrefix: "a-"}); !bytes.Equal(got, first) {
			t.Fatal("two renders of the same page differ")
		}
	}
}
