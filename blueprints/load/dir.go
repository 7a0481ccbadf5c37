package load

import (
	"errors"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// maxFileSize bounds what load reads of one file, so a stray large file in
// a content folder gives a diagnostic rather than exhausting memory.
const maxFileSize = 8 << 20

// Dir loads every series, catalogue and module (*.toml) and every guide
// (*.md in a folder named guides) below the root of fsys. Folders named
// testdata, and those starting with "." or "_", are skipped. name is how
// the folder is shown in positions ("blueprints"), so that a diagnostic
// reads blueprints/msp/catalogue.toml:12:5.
//
// Dir returns what it could load even when there are problems; the
// diagnostics say what is wrong with the form of the files (syntax, types,
// unknown or missing keys). Meaning is checked by blueprints/validate.
func Dir(fsys fs.FS, name string) (*blueprints.Set, blueprints.Diagnostics) {
	set := &blueprints.Set{}
	var diags blueprints.Diagnostics
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			diags.Errorf(blueprints.Pos{File: display(name, p)}, "cannot read: %v", plainErr(err))
			return nil
		}
		if d.IsDir() {
			if p != "." && skipDir(d.Name()) {
				return fs.SkipDir
			}
			return nil
		}
		switch {
		case strings.HasSuffix(p, ".toml"):
			loadContentFile(fsys, p, display(name, p), set, &diags)
		case strings.HasSuffix(p, ".md") && path.Base(path.Dir(p)) == "guides":
			loadGuide(fsys, p, display(name, p), set, &diags)
		}
		return nil
	})
	if err != nil {
		diags.Errorf(blueprints.Pos{File: name}, "cannot read: %v", plainErr(err))
	}
	if len(set.Series)+len(set.Catalogues)+len(set.Modules)+len(set.Maturity)+len(set.Curricula) == 0 && diags.Errors() == 0 {
		diags.Errorf(blueprints.Pos{File: name}, "no content found: expected series, catalogue and module files (*.toml)")
	}
	diags.Sort()
	return set, diags
}

func skipDir(base string) bool {
	return base == "testdata" || strings.HasPrefix(base, ".") || strings.HasPrefix(base, "_")
}

func display(name, p string) string {
	if name == "" || name == "." {
		return p
	}
	return strings.TrimSuffix(name, "/") + "/" + p
}

// plainErr drops the path fs errors repeat, since the position shows it.
func plainErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// readFile reads a whole text file, checking size and encoding.
func readFile(fsys fs.FS, p, shown string, diags *blueprints.Diagnostics) (string, bool) {
	at := blueprints.Pos{File: shown}
	if info, err := fs.Stat(fsys, p); err == nil && info.Size() > maxFileSize {
		diags.Errorf(at, "file is too large (%d bytes; at most %d)", info.Size(), maxFileSize)
		return "", false
	}
	data, err := fs.ReadFile(fsys, p)
	if err != nil {
		diags.Errorf(at, "cannot read: %v", plainErr(err))
		return "", false
	}
	if !utf8.Valid(data) {
		diags.Errorf(at, "file is not valid UTF-8 text")
		return "", false
	}
	return strings.TrimPrefix(string(data), "\ufeff"), true
}

// parse decodes TOML source into a generic map and indexes its positions.
func parse(src, shown string, diags *blueprints.Diagnostics) (*file, map[string]any, bool) {
	if m, idx, ok := fastParse(shown, src); ok {
		return &file{name: shown, idx: idx, diags: diags}, m, true
	}
	var m map[string]any
	if _, err := toml.Decode(src, &m); err != nil {
		diags.Errorf(syntaxPos(err, shown), "syntax error: %s", syntaxMessage(err))
		return nil, nil, false
	}
	f := &file{name: shown, idx: buildIndex(shown, src), diags: diags}
	return f, m, true
}

func syntaxPos(err error, shown string) blueprints.Pos {
	var pe toml.ParseError
	if errors.As(err, &pe) {
		return blueprints.Pos{File: shown, Line: pe.Position.Line, Col: pe.Position.Col}
	}
	return blueprints.Pos{File: shown}
}

// syntaxMessage makes the TOML library's message read like ours:
// lower-case first letter, no trailing period.
func syntaxMessage(err error) string {
	msg := err.Error()
	var pe toml.ParseError
	if errors.As(err, &pe) {
		msg = pe.Message
	}
	msg = strings.TrimSuffix(strings.TrimPrefix(msg, "toml: "), ".")
	if msg != "" {
		r, n := utf8.DecodeRuneInString(msg)
		msg = strings.ToLower(string(r)) + msg[n:]
	}
	return msg
}

// loadContentFile tells a file's kind by its first-level table and loads it.
func loadContentFile(fsys fs.FS, p, shown string, set *blueprints.Set, diags *blueprints.Diagnostics) {
	src, ok := readFile(fsys, p, shown, diags)
	if !ok {
		return
	}
	f, m, ok := parse(src, shown, diags)
	if !ok {
		return
	}
	root := f.root(m, "file")
	switch {
	case has(m, "module"):
		set.Modules = append(set.Modules, loadModule(root))
	case has(m, "series"):
		set.Series = append(set.Series, loadSeries(root))
	case has(m, "catalogue"):
		set.Catalogues = append(set.Catalogues, loadCatalogue(root))
	case has(m, "maturity"):
		set.Maturity = append(set.Maturity, loadMaturity(root))
	case has(m, "curriculum"):
		set.Curricula = append(set.Curricula, loadCurriculum(root))
	case has(m, "assessment"):
		diags.Errorf(root.pos(), "file: a self-assessment does not belong in a content folder (it lives in its brand's folder as %s)", AssessmentFile)
	case has(m, "brand"):
		diags.Errorf(root.pos(), "file: a brand profile does not belong in a content folder (brands live in their own folder; see --brand)")
	default:
		diags.Errorf(root.pos(), "file: not a series, catalogue or module: it needs a [series], [catalogue] or [module] table")
	}
}

func has(m map[string]any, key string) bool {
	_, ok := m[key]
	return ok
}

// loadGuide reads a Markdown guide; its title is its first "# " heading.
func loadGuide(fsys fs.FS, p, shown string, set *blueprints.Set, diags *blueprints.Diagnostics) {
	src, ok := readFile(fsys, p, shown, diags)
	if !ok {
		return
	}
	g := &blueprints.Guide{
		ID:   strings.TrimSuffix(path.Base(p), ".md"),
		Body: blueprints.Prose{Text: src, Pos: blueprints.Pos{File: shown, Line: 1, Col: 1}},
	}
	for _, line := range strings.Split(src, "\n") {
		if t, ok := strings.CutPrefix(line, "# "); ok {
			g.Title = strings.TrimSpace(t)
			break
		}
	}
	if g.Title == "" {
		diags.Errorf(g.Body.Pos, "guide %q: has no title (a first line like \"# How to read a service blueprint\")", g.ID)
	}
	set.Guides = append(set.Guides, g)
}
