package main

import (
	"fmt"
	"path/filepath"

	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/build"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/publish"
)

func runBuild(args []string, e *env) int {
	fs := newFlags("build", "[DIR]")
	brandName := fs.String("brand", branding.DefaultID, "build for the brand `NAME` (a folder in --brands, or a built-in brand)")
	brands := fs.String("brands", defaultBrands, "the `DIR` holding brand folders")
	out := fs.String("out", "output", "write into `DIR`/<brand>/")
	args, code, ok := parseFlags(fs, args, e)
	if !ok {
		return code
	}
	if len(args) > 1 {
		return usageError(e, "build", "too many arguments: give one content folder")
	}
	dir := defaultContent
	if len(args) == 1 {
		dir = args[0]
	}
	set, diags, err := loadContent(dir)
	if err != nil {
		return usageError(e, "build", "%v", err)
	}
	brand, bdiags, err := loadBrand(*brandName, *brands)
	if err != nil {
		return usageError(e, "build", "%v", err)
	}
	diags = append(diags, bdiags...)
	if diags.Errors() == 0 {
		diags = append(diags, validateBrand(set, brand)...)
	}
	diags.Sort()
	if report(e, diags) > 0 {
		return exitInvalid
	}
	ruler, err := brandRuler(brand.Fonts.Regular.Data, brand.Fonts.Bold.Data)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: fonts: %v\n", brand.File, err)
		return exitInvalid
	}
	files, err := build.Diagrams(build.Input{Set: branding.Apply(set, brand), Theme: branding.Theme(brand), Ruler: ruler})
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint build: %v\n", err)
		return exitInvalid
	}
	return publishFiles(e, filepath.Join(*out, brand.ID), files)
}

// brandRuler measures text in the brand's fonts, or in the default fonts
// when the brand brings none.
func brandRuler(regular, bold []byte) (*measure.Ruler, error) {
	if regular == nil && bold == nil {
		return measure.Default(), nil
	}
	return measure.New(regular, bold)
}

// publishFiles writes the files atomically under root and says what changed.
func publishFiles(e *env, root string, files []build.File) int {
	pub := publish.New(root)
	written := 0
	for _, f := range files {
		w, err := pub.Write(f.Path, f.Data)
		if err != nil {
			fmt.Fprintf(e.stderr, "blueprint build: %v\n", err)
			return exitInvalid
		}
		if w {
			written++
		}
	}
	fmt.Fprintf(e.stdout, "%s: %s written, %d unchanged\n", filepath.ToSlash(root), plural(written, "file"), len(files)-written)
	return exitOK
}
