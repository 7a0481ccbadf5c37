package build

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// LifecyclePath is where a series' life-cycle diagram goes.
func LifecyclePath(s *blueprints.Series) string {
	return LifecycleDrawingPath(s, "svg")
}

// OverviewPath is where a module's overview diagram goes.
func OverviewPath(m *blueprints.Module) string {
	return naming.FileID(m.ID) + "/" + naming.FileID(m.ID) + "-overview.svg"
}

// SubprocessPath is where a sub-process map goes: its id and title, so a
// person finds it in a folder listing ("11b.03-systems-management-deactivation.svg").
func SubprocessPath(m *blueprints.Module, sp *blueprints.Subprocess) string {
	return naming.FileID(m.ID) + "/" + naming.Slug(sp.ID+"-"+sp.Title) + ".svg"
}

// DiagramPDFPath is where the module's diagrams printed on paper go, paper
// named as in geom.DiagramPapers: for example
// "MSP-11b/MSP-11b-service-deactivation-11x17.pdf". Tabloid is called
// 11x17, as printers and office staff call that sheet.
func DiagramPDFPath(m *blueprints.Module, paper string) string {
	label := strings.ToLower(strings.TrimSpace(paper))
	if label == "tabloid" || label == "" {
		label = "11x17"
	}
	return naming.ModuleStem(m) + "-" + naming.Slug(label) + ".pdf"
}

// ReportPath is where a report of the module goes: name is
// "detail-report" or "task-report" and ext the format ("pdf", "html",
// "csv"), as in "MSP-11b/MSP-11b-service-deactivation-task-report.csv".
func ReportPath(m *blueprints.Module, name, ext string) string {
	return naming.ModuleStem(m) + "-" + naming.Slug(name) + "." + naming.Slug(ext)
}

// DrawingPath is where the module's diagrams go as one editable document
// of kind ext, "vsdx" or "drawio", beside its PDFs: the overview and every
// sub-process map at natural size, as in
// "MSP-11b/MSP-11b-service-deactivation.vsdx".
func DrawingPath(m *blueprints.Module, ext string) string {
	return naming.ModuleStem(m) + "." + naming.Slug(ext)
}

// LifecycleDrawingPath is where a series' life cycle goes as a file of
// kind ext: "svg", "vsdx" or "drawio".
func LifecycleDrawingPath(s *blueprints.Series, ext string) string {
	return naming.Slug(s.ID) + "-life-cycle." + naming.Slug(ext)
}
