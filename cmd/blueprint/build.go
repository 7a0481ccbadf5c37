package main

import (
	"fmt"
	iofs "io/fs"
	"os"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/build"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// allBrands is the --brand value that builds every brand there is.
const allBrands = "all"

// buildArgs is what the command line of build asks for.
type buildArgs struct {
	dir, brand, brands, out string
	date                    time.Time
	formats                 []string
	templates               iofs.FS // the user's site templates, or nil
	shard                   build.Shard
	force                   bool
	json                    bool // --format json: diagnostics as JSON lines on stdout
}

// runBuild is the build command: it checks the content and every brand
// asked for, then brings each brand's output folder up to date.
func runBuild(args []string, e *env) int {
	ba, code, ok := parseBuild(args, e)
	if !ok {
		return code
	}
	brands, code := loadBuildInputs(e, ba)
	if code != exitOK {
		return code
	}
	return buildBrands(e, ba, brands)
}

// parseBuild reads build's flags, its content folder and the environment;
// ok is false when the command line (or SOURCE_DATE_EPOCH) is wrong, and
// code is then the exit status.
func parseBuild(args []string, e *env) (ba buildArgs, code int, ok bool) {
	fs := newFlags("build", "[DIR]")
	brandName := fs.String("brand", branding.DefaultID, "build for the brand `NAME` (a folder in --brands, or a built-in brand), or \"all\" for every brand")
	brands := fs.String("brands", defaultBrands, "the `DIR` holding brand folders")
	out := fs.String("out", "output", "write into `DIR`/<brand>/")
	formats := fs.String("formats", strings.Join(build.Formats, ","), "write only these `KINDS` of file, comma-separated")
	shard := fs.String("shard", "", "build only share `I/N` of the modules, for a CI matrix (shares of one folder run one after another)")
	templates := fs.String("templates", "", "override the site's embedded templates with the files of `DIR`, by path")
	force := fs.Bool("force", false, "make every file again, ignoring what the last build recorded (unchanged files are still not rewritten)")
	format := diagFormatFlag(fs)
	args, code, ok = parseFlags(fs, args, e)
	if !ok {
		return ba, code, false
	}
	if len(args) > 1 {
		return ba, usageError(e, "build", "too many arguments: give one content folder"), false
	}
	ba = buildArgs{dir: defaultContent, brand: *brandName, brands: *brands, out: *out, force: *force}
	if len(args) == 1 {
		ba.dir = args[0]
	}
	if *templates != "" {
		if st, err := os.Stat(*templates); err != nil || !st.IsDir() {
			return ba, usageError(e, "build", "--templates: %s is not a folder", *templates), false
		}
		// site.Build lays the folder over the embedded templates itself.
		ba.templates = os.DirFS(*templates)
	}
	if err := ba.parseValues(e, *formats, *shard, *format); err != nil {
		return ba, usageError(e, "build", "%v", err), false
	}
	return ba, exitOK, true
}

// parseValues reads the flag values that need more than a string.
func (ba *buildArgs) parseValues(e *env, formats, shard, format string) error {
	var err error
	if ba.date, err = sourceDate(e.getenv); err != nil {
		return err
	}
	if ba.formats, err = parseFormats(formats); err != nil {
		return err
	}
	if shard != "" {
		if ba.shard, err = build.ParseShard(shard); err != nil {
			return fmt.Errorf("--shard: %v", err)
		}
	}
	ba.json, err = parseDiagFormat(format)
	return err
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
