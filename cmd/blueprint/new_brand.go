package main

import (
	"fmt"
	"io/fs"
	"maps"
	"path/filepath"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/branding"
)

// brandPlan is what the brand skeleton's templates fill in.
type brandPlan struct {
	ID   string // the folder name, e.g. "acme-it"
	Name string // the provider's name as printed, e.g. "Acme IT"
}

func runNewBrand(args []string, e *env) int {
	const cmd = "new brand"
	flags := newFlags(cmd, "NAME")
	brands := flags.String("brands", defaultBrands, "make the brand's folder in `DIR`")
	title := flags.String("title", "", "the provider's `NAME` as printed (default: the folder name in title case)")
	args, code, ok := parseFlags(flags, args, e)
	if !ok {
		return code
	}
	if len(args) != 1 {
		return usageError(e, cmd, "give the new brand's folder name, such as acme-it")
	}
	if !validBrandName(args[0]) {
		return usageError(e, cmd, "brand name %q is not valid: use lower-case letters and digits in groups joined by hyphens (such as acme-it)", args[0])
	}
	if err := checkTitle(*title); err != nil {
		return usageError(e, cmd, "%v", err)
	}
	p := brandPlan{ID: args[0], Name: *title}
	if p.Name == "" {
		p.Name = titleCase(p.ID)
	}
	dir := filepath.Join(*brands, p.ID)
	files, err := brandFiles(p, dir)
	if err == nil {
		err = createFiles(files)
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint new brand: %v\n", err)
		return exitInvalid
	}
	reportBrand(e, p, *brands, files)
	return exitOK
}

// brandFiles fills in the brand skeleton: templates (*.tmpl) with the
// plan, other files as they are, each bound for the same name in dir.
func brandFiles(p brandPlan, dir string) (map[string][]byte, error) {
	names, err := fs.Glob(skeleton, "skeleton/brand/*")
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	for _, n := range names {
		rel := strings.TrimPrefix(n, "skeleton/")
		data, err := skeletonFile(rel, p)
		if err != nil {
			return nil, err
		}
		files[filepath.Join(dir, strings.TrimSuffix(filepath.Base(n), ".tmpl"))] = data
	}
	return files, nil
}

// reportBrand says what new brand made and how to check it.
func reportBrand(e *env, p brandPlan, brands string, files map[string][]byte) {
	for _, f := range slices.Sorted(maps.Keys(files)) {
		fmt.Fprintf(e.stdout, "created %s\n", filepath.ToSlash(f))
	}
	if _, err := fs.Stat(branding.Builtin(), p.ID+"/brand.toml"); err == nil {
		fmt.Fprintf(e.stdout, "note: it takes the place of the built-in brand %q\n", p.ID)
	}
	next := "blueprint check --brand " + p.ID
	if brands != defaultBrands {
		next += " --brands " + filepath.ToSlash(brands)
	}
	fmt.Fprintf(e.stdout, "next: make it the provider's own, then run %s\n", next)
}

// titleCase turns a folder name into a name to print: "acme-it" gives
// "Acme It".
func titleCase(id string) string {
	words := strings.Split(id, "-")
	for i, w := range words {
		words[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(words, " ")
}
