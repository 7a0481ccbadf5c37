package kit

import (
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
)

// The shipped content and brands, from this package's folder.
const (
	shippedContent = "../../blueprints"
	shippedBrands  = "../../branding"
)

// shipped loads and validates the shipped content, personalized for the
// named shipped brand ("" for none).
func shipped(t testing.TB, brand string) *blueprints.Set {
	t.Helper()
	set, diags := load.Dir(os.DirFS(shippedContent), "blueprints")
	if diags.Errors() == 0 {
		diags = append(diags, validate.Set(set)...)
	}
	if diags.Errors() > 0 {
		t.Fatalf("shipped content does not load:\n%v", diags)
	}
	if brand == "" {
		return branding.Apply(set, nil)
	}
	b, bd := load.Brand(os.DirFS(shippedBrands+"/"+brand), "branding/"+brand)
	if bd.Errors() > 0 {
		t.Fatalf("brand %s does not load:\n%v", brand, bd)
	}
	return branding.Apply(set, b)
}
