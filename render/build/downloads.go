package build

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/kit"
	"github.com/blueprint-tools/blueprint/render/site"
)

// Downloads lists the files of module m that the build of in writes, for
// its site page, named by the same functions that name the files, so the
// links cannot drift from the files. Kinds the build does not make are
// left out rather than linked to nothing.
func Downloads(in Input, m *blueprints.Module) []site.Download {
	var out []site.Download
	if in.wants("pdf") {
		for _, p := range geom.DiagramPapers() {
			out = append(out, site.Download{Group: "Process diagrams", Label: paperLabel(p.Name), Path: DiagramPDFPath(m, p.Name)})
		}
	}
	for _, k := range []struct{ kind, label string }{{"vsdx", "Visio"}, {"drawio", "draw.io"}} {
		if in.wants(k.kind) {
			out = append(out, site.Download{Group: "Editable diagrams", Label: k.label, Path: DrawingPath(m, k.kind)})
		}
	}
	for _, r := range []struct{ group, name string }{{"Detail Report", "detail-report"}, {"Task Report", "task-report"}} {
		for _, ext := range []string{"pdf", "html", "csv"} {
			if in.wants(ext) {
				out = append(out, site.Download{Group: r.group, Label: strings.ToUpper(ext), Path: ReportPath(m, r.name, ext)})
			}
		}
	}
	return append(out, kitDownloads(in, m)...)
}

// paperLabel is a diagram paper as people call it.
func paperLabel(name string) string {
	switch name {
	case "tabloid":
		return "11x17"
	case "legal":
		return "US Legal"
	}
	return strings.ToUpper(name)
}

// kitDownloads are the kit's agenda and project plan, as kit.Files names
// them; the per-role checklists sit beside them in kit/checklists.
func kitDownloads(in Input, m *blueprints.Module) []site.Download {
	if !in.wants("kit") {
		return nil
	}
	ks, err := kit.Files(in.Set, m, in.brandName())
	if err != nil {
		return nil // the module's job reports the error
	}
	var out []site.Download
	for _, k := range ks {
		switch {
		case strings.HasSuffix(k.Path, "-workshop-agenda.md"):
			out = append(out, site.Download{Group: "Deployment kit", Label: "Workshop agenda", Path: k.Path})
		case strings.HasSuffix(k.Path, "-project-plan.csv"):
			out = append(out, site.Download{Group: "Deployment kit", Label: "Project plan", Path: k.Path})
		}
	}
	return out
}
