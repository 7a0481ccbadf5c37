package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/build"
)

// brandBuild is one brand's share of a build: its input and its folder.
type brandBuild struct {
	id   string
	in   build.Input
	root string
}

// loadBuildInputs loads and validates the content once and every brand
// the command line names, printing every problem of all of them; the
// status is exitOK when the build can go on.
func loadBuildInputs(e *env, ba buildArgs) ([]brandBuild, int) {
	set, diags, err := loadContent(ba.dir)
	if err != nil {
		return nil, usageError(e, "build", "%v", err)
	}
	names := []string{ba.brand}
	if ba.brand == allBrands {
		names = brandIDs(ba.brands)
	}
	contentOK := diags.Errors() == 0
	var brands []loadedBrand
	for _, name := range names {
		b, bdiags, err := loadBrand(name, ba.brands)
		if err != nil {
			return nil, usageError(e, "build", "%v", err)
		}
		asm, adiags := loadAssessment(name, ba.brands)
		bdiags = append(bdiags, adiags...)
		diags = append(diags, bdiags...)
		// A brand is checked against the content only when both loaded.
		if contentOK && bdiags.Errors() == 0 {
			diags = append(diags, validateBrand(set, b)...)
			diags = append(diags, validate.Assessment(set, asm)...)
		}
		brands = append(brands, loadedBrand{b, asm})
	}
	diags.Sort()
	if reportAs(e, diags, ba.json) > 0 {
		return nil, exitInvalid
	}
	return brandBuilds(e, ba, set, brands)
}

// loadedBrand is a brand with its self-assessment, nil when it has none.
type loadedBrand struct {
	*blueprints.Brand
	asm *blueprints.Assessment
}

// brandBuilds personalizes the set for each brand and measures its fonts.
func brandBuilds(e *env, ba buildArgs, set *blueprints.Set, brands []loadedBrand) ([]brandBuild, int) {
	tool := toolID()
	var out []brandBuild
	for _, lb := range brands {
		b := lb.Brand
		ruler, err := brandRuler(b.Fonts.Regular.Data, b.Fonts.Bold.Data)
		if err != nil {
			fmt.Fprintf(e.stderr, "%s: fonts: %v\n", b.File, err)
			return nil, exitInvalid
		}
		out = append(out, brandBuild{id: b.ID, root: filepath.Join(ba.out, b.ID), in: build.Input{
			Set: branding.Apply(set, b), Theme: branding.Theme(b), Ruler: ruler,
			Paper: b.Paper, Date: ba.date, Formats: ba.formats, Tool: tool,
			Templates: ba.templates, BrandName: brandName(b), Assessment: lb.asm,
		}})
	}
	return out, exitOK
}

// brandIDs lists every brand --brand all builds, sorted: the folders of
// dir that hold a brand.toml, and the built-in brands.
func brandIDs(dir string) []string {
	var ids []string
	if entries, err := os.ReadDir(dir); err == nil {
		for _, en := range entries {
			if _, err := os.Stat(filepath.Join(dir, en.Name(), "brand.toml")); err == nil && en.Name() != allBrands {
				ids = append(ids, en.Name())
			}
		}
	}
	if entries, err := fs.ReadDir(branding.Builtin(), "."); err == nil {
		for _, en := range entries {
			ids = append(ids, en.Name())
		}
	}
	slices.Sort(ids)
	return slices.Compact(ids)
}
