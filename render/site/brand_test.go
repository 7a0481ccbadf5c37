package site_test

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
)

// northwind loads the Northwind brand that ships with the tool.
func northwind(t testing.TB) *blueprints.Brand {
	t.Helper()
	sub, err := fs.Sub(branding.Builtin(), "northwind")
	if err != nil {
		t.Fatal(err)
	}
	b, diags := load.Brand(sub, "northwind")
	if diags.Errors() > 0 {
		t.Fatalf("northwind: %v", diags)
	}
	return b
}

// TestBrandPersonalizesTheSite builds the shipped content for Northwind:
// its role and system names, its name and its colours are everywhere.
func TestBrandPersonalizesTheSite(t *testing.T) {
	files := fileMap(buildDir(t, shippedDir, northwind(t)))
	checks := []struct{ path, want string }{
		{"roles/noc-engineer.html", "<h1>Network Operations Technician</h1>"},
		{"roles/noc-engineer.html", "<title>Network Operations Technician · Northwind Managed IT</title>"},
		{"MSP-11b/index.html", "Onboarding Project Manager"},
		{"assets/brand.css", "--brand-accent: #0f766e;"},
		{"assets/logo.svg", "Northwind Managed IT"},
		{"search-index.js", `"t":"Network Operations Technician"`},
	}
	for _, c := range checks {
		if !strings.Contains(string(files[c.path]), c.want) {
			t.Errorf("%s lacks %q", c.path, c.want)
		}
	}
	for _, p := range htmlPages(files) {
		if strings.Contains(string(files[p]), ">NOC Engineer<") {
			t.Errorf("%s still names the NOC Engineer by the catalogue's name", p)
		}
	}
}
