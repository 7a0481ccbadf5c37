package main

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// runNew is the new command: it scaffolds a module or a brand from the
// embedded skeleton, so that what it makes passes check at once.
func runNew(args []string, e *env) int {
	if len(args) > 0 {
		switch args[0] {
		case "module":
			return runNewModule(args[1:], e)
		case "brand":
			return runNewBrand(args[1:], e)
		case "-h", "-help", "--help", "help":
			fmt.Fprint(e.stdout, newUsage)
			return exitOK
		}
		return usageError(e, "new", "unknown kind %q: make a module or a brand", args[0])
	}
	return usageError(e, "new", "say what to make: a module or a brand")
}

const newUsage = `Usage:
  blueprint new module [flags] ID [DIR]   add a module to the content folder DIR
  blueprint new brand [flags] NAME        add a brand folder to the brands folder

Run 'blueprint new module --help' or 'blueprint new brand --help' for their flags.
`

// maxNameLen bounds ids and names, which become file names.
const maxNameLen = 64

// validModuleID reports whether id may name a new module: letters and
// digits in groups joined by single hyphens, starting with a letter
// ("MSP-12a"). The id names the module's file and its folder in every
// build, so it stays plain.
func validModuleID(id string) bool {
	return len(id) <= maxNameLen && id != "" && isLetter(id[0]) && hyphenated(id, isAlnum)
}

// validBrandName reports whether name may name a new brand folder:
// lower-case letters and digits in groups joined by single hyphens
// ("acme-it").
func validBrandName(name string) bool {
	lower := func(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }
	return len(name) <= maxNameLen && hyphenated(name, lower)
}

// hyphenated reports whether s is non-empty groups of bytes that ok
// accepts, joined by single hyphens.
func hyphenated(s string, ok func(byte) bool) bool {
	for _, group := range strings.Split(s, "-") {
		if group == "" {
			return false
		}
		for i := range len(group) {
			if !ok(group[i]) {
				return false
			}
		}
	}
	return true
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isAlnum(c byte) bool { return isLetter(c) || c >= '0' && c <= '9' }

// checkTitle refuses a title that cannot be one line of a diagram.
func checkTitle(title string) error {
	if strings.ContainsFunc(title, func(r rune) bool { return r < ' ' || r == 0x7f }) {
		return fmt.Errorf("--title %q holds a control character (a title is one line)", title)
	}
	return nil
}

// createFiles writes new files, each only if it does not exist yet: it
// first refuses if any of them exists, then creates each exclusively, so
// that a file made in between is not overwritten either. A file it fails
// to finish is removed, never left half-written.
func createFiles(files map[string][]byte) error {
	for p := range files {
		if _, err := os.Lstat(p); err == nil {
			return fmt.Errorf("%s already exists: not overwriting it", filepath.ToSlash(p))
		}
	}
	for _, p := range slices.Sorted(maps.Keys(files)) {
		if err := createFile(p, files[p]); err != nil {
			return err
		}
	}
	return nil
}

func createFile(p string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s already exists: not overwriting it", filepath.ToSlash(p))
	}
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(p)
		return fmt.Errorf("write %s: %w", filepath.ToSlash(p), err)
	}
	return nil
}
