package build

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// LifecyclePath is where a series' life-cycle diagram goes.
func LifecyclePath(s *blueprints.Series) string {
	return LifecycleDrawingPath(s, "svg")
}

// OverviewPath is where a module's overview diagram goes.
func OverviewPath(m *blueprints.Module) string {
	return fileID(m.ID) + "/" + fileID(m.ID) + "-overview.svg"
}

// SubprocessPath is where a sub-process map goes: its id and title, so a
// person finds it in a folder listing ("11b.03-systems-management-deactivation.svg").
func SubprocessPath(m *blueprints.Module, sp *blueprints.Subprocess) string {
	return fileID(m.ID) + "/" + Slug(sp.ID+"-"+sp.Title) + ".svg"
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
	return moduleStem(m) + "-" + Slug(label) + ".pdf"
}

// ReportPath is where a report of the module goes: name is
// "detail-report" or "task-report" and ext the format ("pdf", "html",
// "csv"), as in "MSP-11b/MSP-11b-service-deactivation-task-report.csv".
func ReportPath(m *blueprints.Module, name, ext string) string {
	return moduleStem(m) + "-" + Slug(name) + "." + Slug(ext)
}

// moduleStem is the folder and the start of the name of a module's
// documents: its id as written and its title, so a file sent on its own
// still says what it is. The title is the personalized one, as printed
// inside the file; it changes only when the content or the brand does.
func moduleStem(m *blueprints.Module) string {
	id := fileID(m.ID)
	if t := Slug(m.Title); t != "" {
		return id + "/" + id + "-" + t
	}
	return id + "/" + id
}

// Slug makes a name safe and readable as a file name: ASCII letters and
// digits, dots kept between digits, everything else folded into single
// hyphens. Ids in the content are already of this form; titles are not.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for i, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r == '.' && i > 0 && b.Len() > 0 && !dash:
			b.WriteRune(r)
		default:
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.Trim(b.String(), "-.")
}

// fileID keeps an id as written (case included: "MSP-11b") where it is safe
// in a file name, replacing anything else with a hyphen.
func fileID(id string) string {
	b := []byte(id)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' && i > 0
		if !ok {
			b[i] = '-'
		}
	}
	return string(b)
}

// DrawingPath is where the module's diagrams go as one editable document
// of kind ext, "vsdx" or "drawio", beside its PDFs: the overview and every
// sub-process map at natural size, as in
// "MSP-11b/MSP-11b-service-deactivation.vsdx".
func DrawingPath(m *blueprints.Module, ext string) string {
	return moduleStem(m) + "." + Slug(ext)
}

// LifecycleDrawingPath is where a series' life cycle goes as a file of
// kind ext: "svg", "vsdx" or "drawio".
func LifecycleDrawingPath(s *blueprints.Series, ext string) string {
	return Slug(s.ID) + "-life-cycle." + Slug(ext)
}
