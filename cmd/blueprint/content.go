package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
)

// defaultContent is the content folder used when none is given.
const defaultContent = "blueprints"

// loadContent loads and validates the content folder dir, returning the
// set and every diagnostic (sorted), or a usage problem when dir is not a
// folder.
func loadContent(dir string) (*blueprints.Set, blueprints.Diagnostics, error) {
	info, err := os.Stat(dir)
	if err != nil || !info.IsDir() {
		return nil, nil, fmt.Errorf("content folder %q does not exist", dir)
	}
	shown := filepath.ToSlash(filepath.Clean(dir))
	set, diags := load.Dir(os.DirFS(dir), shown)
	if diags.Errors() == 0 {
		diags = append(diags, validate.Set(set)...)
		diags.Sort()
	}
	return set, diags, nil
}

// report prints diagnostics, one per line, then a count of the errors and
// warnings; it returns the number of errors.
func report(e *env, diags blueprints.Diagnostics) int {
	warnings := 0
	for _, d := range diags {
		fmt.Fprintln(e.stderr, d.String())
		if d.Severity == blueprints.Warning {
			warnings++
		}
	}
	errs := diags.Errors()
	switch {
	case errs > 0 && warnings > 0:
		fmt.Fprintf(e.stderr, "%s, %s\n", plural(errs, "error"), plural(warnings, "warning"))
	case errs > 0:
		fmt.Fprintln(e.stderr, plural(errs, "error"))
	case warnings > 0:
		fmt.Fprintln(e.stderr, plural(warnings, "warning"))
	}
	return errs
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	if strings.HasSuffix(word, "s") {
		return fmt.Sprintf("%d %ses", n, word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}
