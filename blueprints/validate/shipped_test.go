package validate

import (
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
)

// The shipped content lives in this folder's parent (blueprints/), the
// shipped brands beside it in branding/.
const (
	shippedContent = ".."
	shippedBrands  = "../../branding"
)

// TestShippedContent checks that the shipped content loads and validates
// without errors. Warnings are logged, not failed.
func TestShippedContent(t *testing.T) {
	set := loadShipped(t)
	diags := Set(set)
	logAll(t, diags)
	if n := diags.Errors(); n > 0 {
		t.Errorf("shipped content has %d errors", n)
	}
}

// TestShippedBrands checks each shipped brand against the shipped content.
func TestShippedBrands(t *testing.T) {
	set := loadShipped(t)
	entries, err := os.ReadDir(shippedBrands)
	if err != nil {
		t.Skipf("no shipped brands: %v", err)
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			b, diags := load.Brand(os.DirFS(shippedBrands+"/"+e.Name()), "branding/"+e.Name())
			diags = append(diags, Brand(set, b)...)
			diags.Sort()
			logAll(t, diags)
			if n := diags.Errors(); n > 0 {
				t.Errorf("brand %s has %d errors", e.Name(), n)
			}
		})
	}
}

func loadShipped(t *testing.T) *blueprints.Set {
	t.Helper()
	set, diags := load.Dir(os.DirFS(shippedContent), "blueprints")
	logAll(t, diags)
	if n := diags.Errors(); n > 0 {
		t.Fatalf("shipped content does not load: %d errors", n)
	}
	return set
}

func logAll(t *testing.T, diags blueprints.Diagnostics) {
	t.Helper()
	for _, d := range diags {
		t.Log(d)
	}
}

// BenchmarkShippedContent measures validating the shipped content (the
// loading is not measured).
func BenchmarkShippedContent(b *testing.B) {
	set, diags := load.Dir(os.DirFS(shippedContent), "blueprints")
	if diags.Errors() > 0 {
		b.Skip("shipped content does not load")
	}
	for b.Loop() {
		Set(set)
	}
}
