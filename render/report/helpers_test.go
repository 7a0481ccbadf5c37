package report

import (
	"bytes"
	"io/fs"
	"os"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// shippedContent is the content folder of the repository, from this
// package's folder.
const shippedContent = "../../blueprints"

// loadSet loads and validates a content folder and personalizes it with
// the built-in brand of the given id ("" for none). It fails the test on
// any error, so a report test never runs on broken content.
func loadSet(t testing.TB, fsys fs.FS, brandID string) (*blueprints.Set, *blueprints.Brand) {
	t.Helper()
	set, diags := load.Dir(fsys, "blueprints")
	diags = append(diags, validate.Set(set)...)
	var brand *blueprints.Brand
	if brandID != "" {
		sub, err := fs.Sub(branding.Builtin(), brandID)
		if err != nil {
			t.Fatal(err)
		}
		var bd blueprints.Diagnostics
		brand, bd = load.Brand(sub, "branding/"+brandID)
		diags = append(diags, bd...)
	}
	if diags.Errors() > 0 {
		t.Fatalf("content does not load:\n%v", diags.Err())
	}
	return branding.Apply(set, brand), brand
}

func loadShipped(t testing.TB, brandID string) (*blueprints.Set, *blueprints.Brand) {
	t.Helper()
	return loadSet(t, os.DirFS(shippedContent), brandID)
}

func htmlOf(t testing.TB, r doc.Report, opt HTMLOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, r, opt); err != nil {
		t.Fatalf("HTML: %v", err)
	}
	return buf.String()
}

func taskCSVOf(t testing.TB, set *blueprints.Set, m *blueprints.Module) string {
	t.Helper()
	var buf bytes.Buffer
	if err := TaskCSV(&buf, set, m); err != nil {
		t.Fatalf("TaskCSV: %v", err)
	}
	return buf.String()
}

func detailCSVOf(t testing.TB, set *blueprints.Set, m *blueprints.Module) string {
	t.Helper()
	var buf bytes.Buffer
	if err := DetailCSV(&buf, set, m); err != nil {
		t.Fatalf("DetailCSV: %v", err)
	}
	return buf.String()
}
