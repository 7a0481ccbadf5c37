package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/build"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/publish"
)

// buildArgs is what the command line of build asks for.
type buildArgs struct {
	dir, brand, brands, out string
	date                    time.Time
	formats                 []string
}

func runBuild(args []string, e *env) int {
	ba, code, ok := parseBuild(args, e)
	if !ok {
		return code
	}
	set, brand, code := loadBuildInput(e, ba)
	if code != exitOK {
		return code
	}
	ruler, err := brandRuler(brand.Fonts.Regular.Data, brand.Fonts.Bold.Data)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: fonts: %v\n", brand.File, err)
		return exitInvalid
	}
	files, err := build.Build(build.Input{
		Set: branding.Apply(set, brand), Theme: branding.Theme(brand), Ruler: ruler,
		Paper: brand.Paper, Date: ba.date, Formats: ba.formats,
	})
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint build: %v\n", err)
		return exitInvalid
	}
	return publishFiles(e, filepath.Join(ba.out, brand.ID), files)
}

// parseBuild reads build's flags, its content folder and the environment;
// ok is false when the command line (or SOURCE_DATE_EPOCH) is wrong, and
// code is then the exit status.
func parseBuild(args []string, e *env) (ba buildArgs, code int, ok bool) {
	fs := newFlags("build", "[DIR]")
	brandName := fs.String("brand", branding.DefaultID, "build for the brand `NAME` (a folder in --brands, or a built-in brand)")
	brands := fs.String("brands", defaultBrands, "the `DIR` holding brand folders")
	out := fs.String("out", "output", "write into `DIR`/<brand>/")
	formats := fs.String("formats", strings.Join(build.Formats, ","), "write only these `KINDS` of file, comma-separated")
	args, code, ok = parseFlags(fs, args, e)
	if !ok {
		return ba, code, false
	}
	if len(args) > 1 {
		return ba, usageError(e, "build", "too many arguments: give one content folder"), false
	}
	ba = buildArgs{dir: defaultContent, brand: *brandName, brands: *brands, out: *out}
	if len(args) == 1 {
		ba.dir = args[0]
	}
	var err error
	if ba.date, err = sourceDate(e.getenv); err != nil {
		return ba, usageError(e, "build", "%v", err), false
	}
	if ba.formats, err = parseFormats(*formats); err != nil {
		return ba, usageError(e, "build", "%v", err), false
	}
	return ba, exitOK, true
}

// loadBuildInput loads and validates the content and the brand, printing
// every problem; the status is exitOK when the build can go on.
func loadBuildInput(e *env, ba buildArgs) (*blueprints.Set, *blueprints.Brand, int) {
	set, diags, err := loadContent(ba.dir)
	if err != nil {
		return nil, nil, usageError(e, "build", "%v", err)
	}
	brand, bdiags, err := loadBrand(ba.brand, ba.brands)
	if err != nil {
		return nil, nil, usageError(e, "build", "%v", err)
	}
	diags = append(diags, bdiags...)
	if diags.Errors() == 0 {
		diags = append(diags, validateBrand(set, brand)...)
	}
	diags.Sort()
	if report(e, diags) > 0 {
		return nil, nil, exitInvalid
	}
	return set, brand, exitOK
}

// sourceDate is the date the PDFs carry: SOURCE_DATE_EPOCH (seconds since
// 1970, UTC) when set, as reproducible builds ask, else the zero time,
// which the PDF renderer turns into its fixed epoch. The clock is never
// read, so two builds of the same inputs give the same bytes.
func sourceDate(getenv func(string) string) (time.Time, error) {
	v := strings.TrimSpace(getenv("SOURCE_DATE_EPOCH"))
	if v == "" {
		return time.Time{}, nil
	}
	secs, err := strconv.ParseInt(v, 10, 64)
	if err != nil || secs < 0 || secs > 253402300799 {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH=%q is not a number of seconds since 1970 (before year 10000)", v)
	}
	return time.Unix(secs, 0).UTC(), nil
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

// parseFormats reads --formats: known kinds, comma-separated, at least one.
func parseFormats(list string) ([]string, error) {
	var out []string
	for _, f := range strings.Split(list, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		if !slices.Contains(build.Formats, f) {
			return nil, fmt.Errorf("--formats: unknown kind %q (kinds: %s)", f, strings.Join(build.Formats, ", "))
		}
		if !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--formats: name at least one kind (%s)", strings.Join(build.Formats, ", "))
	}
	return out, nil
}
