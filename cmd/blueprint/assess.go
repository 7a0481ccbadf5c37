package main

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/assess"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/kit"
	"github.com/blueprint-tools/blueprint/render/pdf"
	"github.com/blueprint-tools/blueprint/render/publish"
)

// assessArgs is what the command line of assess asks for.
type assessArgs struct {
	dir, brand, brands, model, pdf string
}

func runAssess(args []string, e *env) int {
	fs := newFlags("assess", "[DIR]")
	var a assessArgs
	fs.StringVar(&a.brand, "brand", "", "score the self-assessment of brand `NAME` (its assessment.toml)")
	fs.StringVar(&a.brands, "brands", defaultBrands, "the `DIR` holding brand folders")
	fs.StringVar(&a.model, "model", "", "score only the maturity model `ID` (default: every model)")
	fs.StringVar(&a.pdf, "pdf", "", "also write the matrix as a PDF to `FILE`")
	rest, code, ok := parseFlags(fs, args, e)
	if !ok {
		return code
	}
	switch {
	case len(rest) > 1:
		return usageError(e, "assess", "too many arguments: give one content folder")
	case a.brand == "":
		return usageError(e, "assess", "--brand is required: name the brand whose self-assessment to score")
	}
	a.dir = defaultContent
	if len(rest) == 1 {
		a.dir = rest[0]
	}
	return assessRun(e, a)
}

// assessRun loads everything, then prints (and writes) the matrices.
func assessRun(e *env, a assessArgs) int {
	set, b, asm, code := loadAssessInputs(e, a)
	if code != exitOK {
		return code
	}
	models := set.Maturity
	if a.model != "" {
		m := set.MaturityModel(a.model)
		if m == nil {
			return usageError(e, "assess", "maturity model %q not found (models: %s)", a.model, modelIDs(set))
		}
		models = []*blueprints.MaturityModel{m}
	}
	if asm == nil {
		fmt.Fprintf(e.stderr, "blueprint assess: brand %q has no %s: nothing is recorded as in place\n", b.ID, load.AssessmentFile)
	}
	if a.pdf != "" && len(models) > 1 {
		return usageError(e, "assess", "--pdf writes one model: name it with --model (models: %s)", modelIDs(set))
	}
	for _, m := range models {
		r := assess.Score(m, assess.InPlace(asm))
		printMatrix(e.stdout, r, asm, brandName(b))
		if a.pdf != "" {
			return writeMatrixPDF(e, a.pdf, set, b, asm, r)
		}
	}
	return exitOK
}

// loadAssessInputs loads and validates the content, the brand and its
// assessment, printing every problem; the status says whether to go on.
func loadAssessInputs(e *env, a assessArgs) (*blueprints.Set, *blueprints.Brand, *blueprints.Assessment, int) {
	set, diags, err := loadContent(a.dir)
	if err != nil {
		return nil, nil, nil, usageError(e, "assess", "%v", err)
	}
	b, bdiags, err := loadBrand(a.brand, a.brands)
	if err != nil {
		return nil, nil, nil, usageError(e, "assess", "%v", err)
	}
	asm, adiags := loadAssessment(a.brand, a.brands)
	diags = append(append(diags, bdiags...), adiags...)
	if diags.Errors() == 0 {
		diags = append(diags, validate.Assessment(set, asm)...)
	}
	diags.Sort()
	if report(e, diags) > 0 {
		return nil, nil, nil, exitInvalid
	}
	if len(set.Maturity) == 0 {
		fmt.Fprintf(e.stderr, "%s: no maturity model to assess against (add a file with a [maturity] table)\n", a.dir)
		return nil, nil, nil, exitInvalid
	}
	return set, b, asm, exitOK
}

// loadAssessment reads the brand's assessment.toml from where loadBrand
// finds the brand: its folder under brands, else the built-in brand.
func loadAssessment(name, brands string) (*blueprints.Assessment, blueprints.Diagnostics) {
	dir := filepath.Join(brands, name)
	if _, err := os.Stat(filepath.Join(dir, "brand.toml")); err == nil {
		return load.Assessment(os.DirFS(dir), filepath.ToSlash(dir))
	}
	sub, err := fs.Sub(branding.Builtin(), name)
	if err != nil {
		return nil, nil
	}
	return load.Assessment(sub, "(built-in)/"+name)
}

func brandName(b *blueprints.Brand) string {
	if b.Name != "" {
		return b.Name
	}
	return b.ID
}

func modelIDs(set *blueprints.Set) string {
	var ids []string
	for _, m := range set.Maturity {
		ids = append(ids, m.ID)
	}
	return strings.Join(ids, ", ")
}

// writeMatrixPDF writes the matrix report of one model, personalized for
// the brand, to file, atomically.
func writeMatrixPDF(e *env, file string, set *blueprints.Set, b *blueprints.Brand, asm *blueprints.Assessment, r assess.Result) int {
	ruler, err := brandRuler(b.Fonts.Regular.Data, b.Fonts.Bold.Data)
	if err != nil {
		fmt.Fprintf(e.stderr, "%s: fonts: %v\n", b.File, err)
		return exitInvalid
	}
	rep := kit.Matrix(branding.Apply(set, b), r, asm, brandName(b))
	var buf bytes.Buffer
	if err := pdf.Report(&buf, rep, branding.Theme(b), pdf.Options{Paper: b.Paper, Landscape: true, Fonts: ruler}); err != nil {
		fmt.Fprintf(e.stderr, "blueprint assess: %v\n", err)
		return exitInvalid
	}
	dir := publish.New(filepath.Dir(file))
	if _, err := dir.Write(filepath.Base(file), buf.Bytes()); err != nil {
		fmt.Fprintf(e.stderr, "blueprint assess: %v\n", err)
		return exitInvalid
	}
	return exitOK
}

// printMatrix prints one model's matrix: a row per area, a column per
// level, then the overall level, the next practices and those in place
// above a gap.
func printMatrix(w io.Writer, r assess.Result, a *blueprints.Assessment, brand string) {
	m := r.Model
	fmt.Fprintf(w, "%s: %s\n", m.Title, brand)
	if a != nil && (a.Date != "" || a.Assessor != "") {
		fmt.Fprintln(w, strings.TrimSpace("assessed "+a.Date+" by "+a.Assessor))
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	head := []string{"AREA"}
	for _, lv := range m.Levels {
		head = append(head, strings.ToUpper(strconv.Itoa(lv.Number)+" "+lv.Name))
	}
	fmt.Fprintln(tw, strings.Join(append(head, "LEVEL"), "\t"))
	for _, ar := range r.Areas {
		row := []string{ar.Area.Title}
		for _, c := range ar.Cells {
			row = append(row, cliCell(c, ar.Level))
		}
		fmt.Fprintln(tw, strings.Join(append(row, strconv.Itoa(ar.Level)), "\t"))
	}
	tw.Flush()
	fmt.Fprintln(w, "\n[x] level reached   [ ] not reached   [+] in place above a gap, not counted   -  no practices")
	fmt.Fprintf(w, "\noverall level: %s (%d of %d practices in place)\n", cliLevel(m, r.Level), r.InPlace, r.Total)
	printPractices(w, r)
	fmt.Fprintln(w)
}

func cliCell(c assess.Cell, level int) string {
	count := strconv.Itoa(c.Done) + "/" + strconv.Itoa(c.Total)
	switch {
	case c.Total == 0:
		return "-"
	case c.Reached:
		return "[x] " + count
	case c.Level > level+1 && c.Done > 0:
		return "[+] " + count
	}
	return "[ ] " + count
}

func cliLevel(m *blueprints.MaturityModel, n int) string {
	if lv := m.Level(n); lv != nil {
		return strconv.Itoa(n) + " " + lv.Name
	}
	return strconv.Itoa(n)
}

// printPractices lists the next practices and those not counted yet.
func printPractices(w io.Writer, r assess.Result) {
	if len(r.Next) > 0 {
		fmt.Fprintf(w, "\nnext practices to adopt (to reach level %s):\n", cliLevel(r.Model, r.Level+1))
		for _, p := range r.Next {
			fmt.Fprintf(w, "  %-12s %s, level %d: %s\n", p.ID, areaTitle(r.Model, p.Area), p.Level, p.Text)
		}
	}
	var ahead []string
	for _, ar := range r.Areas {
		for _, p := range ar.Ahead {
			missing := practiceIDs(ar.Next)
			ahead = append(ahead, fmt.Sprintf("  %-12s %s, level %d (missing below it: %s)", p.ID, ar.Area.Title, p.Level, missing))
		}
	}
	if len(ahead) > 0 {
		fmt.Fprintln(w, "\nin place but not counted yet:")
		fmt.Fprintln(w, strings.Join(ahead, "\n"))
	}
}

func areaTitle(m *blueprints.MaturityModel, id string) string {
	if a := m.Area(id); a != nil {
		return a.Title
	}
	return id
}

func practiceIDs(ps []*blueprints.Practice) string {
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	return strings.Join(ids, ", ")
}
