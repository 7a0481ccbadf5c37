package build

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/svg"
)

// File is one output file, its path relative to the brand's output folder.
type File struct {
	Path string
	Data []byte
}

// Input is what a build needs: the personalized set, the brand's theme and
// the ruler that measures text in the brand's fonts, with the choices the
// brand and the environment make for the printed files.
type Input struct {
	Set   *blueprints.Set
	Theme geom.Theme
	Ruler *measure.Ruler
	// Paper is the report paper, "letter" or "a4"; empty means letter.
	// Diagram PDFs are made on every diagram paper (see DiagramPapers).
	Paper string
	// Date is the creation date written into every PDF. The caller takes
	// it from SOURCE_DATE_EPOCH; the zero value means the PDF renderer's
	// fixed epoch, never the clock.
	Date time.Time
	// Formats limits the build to some kinds of file: "svg", "pdf",
	// "html", "csv" (see Formats). Nil means every kind.
	Formats []string
}

// Formats are the kinds of file a build can write, in the order help
// texts list them.
var Formats = []string{"svg", "pdf", "html", "csv"}

// wants reports whether the build writes files of kind ext.
func (in Input) wants(ext string) bool {
	return in.Formats == nil || slices.Contains(in.Formats, ext)
}

// Build builds every file of the set: each series (Series), each module
// (Module) and the brand's logo. Files come back sorted by path.
func Build(in Input) ([]File, error) {
	var files []File
	if in.wants("html") {
		files = brandFiles(in.Theme) // the HTML reports show the logo
	}
	for _, s := range in.Set.Series {
		fs, err := Series(in, s)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	for _, m := range in.Set.Modules {
		fs, err := Module(in, m)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}

// Series builds the files of series s: its life-cycle diagram as SVG.
func Series(in Input, s *blueprints.Series) ([]File, error) {
	if !in.wants("svg") {
		return nil, nil
	}
	f, err := svgFile(LifecyclePath(s), layout.Lifecycle(in.Set, s, in.Ruler, in.layoutOptions()), in.Theme)
	if err != nil {
		return nil, err
	}
	return []File{f}, nil
}

// Module builds the files of module m: the overview and one map per
// sub-process as SVG, the diagram PDFs on every diagram paper, and the
// Detail and Task Reports as PDF, HTML and CSV. It reads in but changes
// nothing, so modules may be built in parallel.
func Module(in Input, m *blueprints.Module) ([]File, error) {
	mb := newModuleBuild(in, m)
	var files []File
	for _, part := range []struct {
		want  bool
		build func() ([]File, error)
	}{
		{in.wants("svg"), mb.svgs},
		{in.wants("pdf"), mb.diagramPDFs},
		{in.wants("pdf") || in.wants("html") || in.wants("csv"), mb.reports},
	} {
		if !part.want {
			continue
		}
		fs, err := part.build()
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	return files, nil
}

// layoutOptions are the layout's choices for this brand.
func (in Input) layoutOptions() layout.Options {
	return layout.Options{Brand: in.Theme.Name}
}

// svgFile renders page p as an SVG file at path.
func svgFile(path string, p geom.Page, th geom.Theme) (File, error) {
	var buf bytes.Buffer
	if err := svg.Render(&buf, p, th, svg.Options{}); err != nil {
		return File{}, fmt.Errorf("render %s: %w", path, err)
	}
	return File{Path: path, Data: buf.Bytes()}, nil
}
