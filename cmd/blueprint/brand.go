package main

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
)

// defaultBrands is the folder of brand folders used when none is given.
const defaultBrands = "branding"

// loadBrand loads the brand called name: the folder brands/name when it has
// a brand.toml, else the built-in brand of that name. An unknown name is a
// usage error that lists the brands there are.
func loadBrand(name, brands string) (*blueprints.Brand, blueprints.Diagnostics, error) {
	if name == "" || name != path.Base(name) || name == "." || name == ".." {
		return nil, nil, fmt.Errorf("brand %q is not a brand name (a folder name such as \"default\")", name)
	}
	dir := filepath.Join(brands, name)
	if _, err := os.Stat(filepath.Join(dir, "brand.toml")); err == nil {
		b, diags := load.Brand(os.DirFS(dir), filepath.ToSlash(dir))
		return b, diags, nil
	}
	builtin := branding.Builtin()
	if _, err := fs.Stat(builtin, name+"/brand.toml"); err == nil {
		sub, _ := fs.Sub(builtin, name)
		b, diags := load.Brand(sub, "(built-in)/"+name)
		return b, diags, nil
	}
	return nil, nil, fmt.Errorf("brand %q not found in %s or among the built-in brands (%s)", name, brands, availableBrands(brands))
}

// availableBrands lists brand names on disk and built in, sorted.
func availableBrands(brands string) string {
	seen := map[string]bool{}
	if entries, err := os.ReadDir(brands); err == nil {
		for _, en := range entries {
			if _, err := os.Stat(filepath.Join(brands, en.Name(), "brand.toml")); err == nil {
				seen[en.Name()] = true
			}
		}
	}
	if entries, err := fs.ReadDir(branding.Builtin(), "."); err == nil {
		for _, en := range entries {
			seen[en.Name()] = true
		}
	}
	names := make([]string, 0, len(seen))
	for n := range seen {
		names = append(names, n)
	}
	sort.Strings(names)
	out := ""
	for i, n := range names {
		if i > 0 {
			out += ", "
		}
		out += n
	}
	return out
}

func validateBrand(set *blueprints.Set, b *blueprints.Brand) blueprints.Diagnostics {
	return validate.Brand(set, b)
}
