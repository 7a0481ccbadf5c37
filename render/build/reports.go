package build

import (
	"bytes"
	"fmt"
	"io"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/pdf"
	"github.com/blueprint-tools/blueprint/render/report"
)

// moduleReport is one report of a module with its table as CSV.
type moduleReport struct {
	name string // as in file names: "detail-report", "task-report"
	doc  doc.Report
	csv  func(io.Writer, *blueprints.Set, *blueprints.Module) error
}

// reports builds the Detail and Task Reports of the module, each as PDF
// (on the brand's report paper), HTML and CSV.
func (mb *moduleBuild) reports() ([]File, error) {
	brand := mb.in.Theme.Name
	var files []File
	for _, r := range []moduleReport{
		{"detail-report", report.Detail(mb.in.Set, mb.m, brand), report.DetailCSV},
		{"task-report", report.Tasks(mb.in.Set, mb.m, brand), report.TaskCSV},
	} {
		fs, err := mb.report(r)
		if err != nil {
			return nil, err
		}
		files = append(files, fs...)
	}
	return files, nil
}

// report renders one report in its three formats.
func (mb *moduleBuild) report(r moduleReport) ([]File, error) {
	// The report's own title ("Task Report – MSP-11b ...") names the PDF
	// document, so it differs from the diagrams'.
	opt := mb.pdfOptions(mb.in.Paper)
	opt.Title = ""
	// The Task Report's nine columns need the long side of the sheet, as
	// its HTML version prints landscape too.
	opt.Landscape = r.doc.Kind == "tasks"
	htmlOpt := report.HTMLOptions{Primary: mb.in.Theme.Colors["primary"], Logo: relLogo(mb.in.Theme)}
	formats := []struct {
		ext    string
		render func(io.Writer) error
	}{
		{"pdf", func(w io.Writer) error { return pdf.Report(w, r.doc, mb.in.Theme, opt) }},
		{"html", func(w io.Writer) error { return report.HTML(w, r.doc, htmlOpt) }},
		{"csv", func(w io.Writer) error { return r.csv(w, mb.in.Set, mb.m) }},
	}
	var files []File
	for _, f := range formats {
		if !mb.in.wants(f.ext) {
			continue
		}
		path := ReportPath(mb.m, r.name, f.ext)
		var buf bytes.Buffer
		if err := f.render(&buf); err != nil {
			return nil, fmt.Errorf("render %s: %w", path, err)
		}
		files = append(files, File{Path: path, Data: buf.Bytes(), Kind: f.ext})
	}
	return files, nil
}
