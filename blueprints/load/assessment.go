package load

import (
	"errors"
	"io/fs"
	"path"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// AssessmentFile is the name of a brand's self-assessment in its folder.
const AssessmentFile = "assessment.toml"

// Assessment loads the self-assessment assessment.toml from the root of
// fsys (a brand's folder). name is how the folder is shown in positions
// ("branding/northwind"), and its last element is the brand's id. A
// folder without the file gives nil and no diagnostics: recording an
// assessment is optional. Whether the practices it names exist is checked
// by blueprints/validate.
func Assessment(fsys fs.FS, name string) (*blueprints.Assessment, blueprints.Diagnostics) {
	var diags blueprints.Diagnostics
	if _, err := fs.Stat(fsys, AssessmentFile); errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	a := &blueprints.Assessment{Brand: path.Base(strings.TrimSuffix(name, "/")), File: display(name, AssessmentFile)}
	src, ok := readFile(fsys, AssessmentFile, a.File, &diags)
	if !ok {
		return a, diags
	}
	f, m, ok := parse(src, a.File, &diags)
	if !ok {
		return a, diags
	}
	root := f.root(m, "file")
	if !has(m, "assessment") {
		root.errorf(root.pos(), "not a self-assessment: it needs an [assessment] table")
	}
	at := root.sub("assessment")
	at.subject = "assessment"
	a.Pos = at.pos()
	a.Date, _ = at.str("date")
	a.Assessor, _ = at.str("assessor")
	a.Notes, _ = at.str("notes")
	a.InPlace = at.strs("in_place")
	at.done()
	root.done()
	diags.Sort()
	return a, diags
}
