package build

import (
	"io/fs"
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// shippedInput loads the shipped content, personalized with the built-in
// brand brandID, as the command would hand it to Build.
func shippedInput(t testing.TB, brandID string) Input {
	t.Helper()
	set, diags := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	diags = append(diags, validate.Set(set)...)
	sub, err := fs.Sub(branding.Builtin(), brandID)
	if err != nil {
		t.Fatal(err)
	}
	brand, bd := load.Brand(sub, "branding/"+brandID)
	if diags = append(diags, bd...); diags.Errors() > 0 {
		t.Fatalf("content does not load:\n%v", diags.Err())
	}
	return Input{
		Set: branding.Apply(set, brand), Theme: branding.Theme(brand),
		Ruler: measure.Default(), Paper: brand.Paper,
	}
}
