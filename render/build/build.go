package build

import (
	"bytes"
	"fmt"
	"io/fs"
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
	// Kind is the format the file is made for (see Formats): a build
	// makes it only when that kind is asked for. The logo's kind is
	// "html", as only the HTML reports show it.
	Kind string
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
	// Tool identifies the program that makes the files (its version and
	// a hash of its code), so that a new version rebuilds everything. It
	// enters every fingerprint and no file.
	Tool string
	// Templates is the user's folder of site templates, which replace the
	// embedded ones by path (see site.Input); nil uses the embedded ones.
	// Its files enter the site's fingerprint (PartTemplates); the
	// embedded ones are part of Tool.
	Templates fs.FS
	// BrandName is the provider's display name; empty means Theme.Name.
	BrandName string
	// Assessment is the brand's self-assessment, or nil: the site's
	// maturity pages and the maturity matrix PDF score it.
	Assessment *blueprints.Assessment
}

// Formats are the kinds of file a build can write, in the order help
// texts list them.
// The site counts as "html"; the deployment kit (Markdown and CSV) is
// "kit".
var Formats = []string{"svg", "pdf", "html", "csv", "vsdx", "drawio", "kit"}

// wants reports whether the build writes files of kind ext.
func (in Input) wants(ext string) bool {
	return in.Formats == nil || slices.Contains(in.Formats, ext)
}

// kinds are the kinds of file the build makes, in the order of Formats.
func (in Input) kinds() []string {
	var out []string
	for _, k := range Formats {
		if in.wants(k) {
			out = append(out, k)
		}
	}
	return out
}

// only is in limited to the given kinds; none means none, not every kind.
func (in Input) only(kinds []string) Input {
	in.Formats = append([]string{}, kinds...)
	return in
}

// Build builds every file of the set in memory, every job at once: each
// series (Series), each module (Module) and the brand's logo. Files come
// back sorted by path. Update is the incremental build that writes.
func Build(in Input) ([]File, error) {
	var files []File
	for _, j := range Jobs(in) {
		fs, err := j.Make(j.Kinds)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	for i := 1; i < len(files); i++ {
		if files[i].Path == files[i-1].Path {
			return nil, fmt.Errorf("two outputs are called %s", files[i].Path)
		}
	}
	return files, nil
}

// Series builds the files of series s: its life-cycle diagram as SVG and
// as Visio and draw.io documents, each of the kinds in asks for.
func Series(in Input, s *blueprints.Series) ([]File, error) {
	var files []File
	var page *geom.Page
	for _, k := range drawingKinds {
		if !in.wants(k) {
			continue
		}
		if page == nil {
			p := layout.Lifecycle(in.Set, s, in.Ruler, in.layoutOptions())
			page = &p
		}
		f, err := drawing(LifecycleDrawingPath(s, k), k, []geom.Page{*page}, in.Theme, in.visioOptions(s.Title))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// Module builds the files of module m: the overview and one map per
// sub-process as SVG and as Visio and draw.io documents, the diagram PDFs
// on every diagram paper, the Detail and Task Reports as PDF, HTML and
// CSV, and the deployment kit. It reads in but changes nothing, so
// modules may be built in parallel.
func Module(in Input, m *blueprints.Module) ([]File, error) {
	mb := newModuleBuild(in, m)
	var files []File
	for _, part := range []struct {
		want  bool
		build func() ([]File, error)
	}{
		{in.wants("svg"), mb.svgs},
		{in.wants("vsdx") || in.wants("drawio"), mb.drawings},
		{in.wants("pdf"), mb.diagramPDFs},
		{in.wants("pdf") || in.wants("html") || in.wants("csv"), mb.reports},
		{in.wants("kit"), mb.kit},
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
	return File{Path: path, Data: buf.Bytes(), Kind: "svg"}, nil
}
