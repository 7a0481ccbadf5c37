package site

import (
	"path"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// Download is one file a module's page offers for download.
type Download struct {
	// Group gathers downloads on the page: "Process diagrams",
	// "Detail Report", "Task Report".
	Group string
	// Label says which one of its group it is: "11x17", "PDF", "CSV".
	Label string
	// Path is where the build writes the file, relative to the brand's
	// output folder and slash-separated:
	// "MSP-11b/MSP-11b-service-deactivation-11x17.pdf".
	Path string
}

// DefaultDownloads lists what the build writes for module m, named as the
// build names them: the diagram PDFs on 11x17, US Legal and A3 paper, and
// the Detail and Task Reports as PDF, HTML and CSV, all beside the
// module's page. Input.Downloads replaces it when the build's naming
// changes.
func DefaultDownloads(m *blueprints.Module) []Download {
	stem := naming.ModuleStem(m)
	out := []Download{
		{"Process diagrams", "11x17", stem + "-11x17.pdf"},
		{"Process diagrams", "US Legal", stem + "-legal.pdf"},
		{"Process diagrams", "A3", stem + "-a3.pdf"},
	}
	for _, r := range []struct{ group, name string }{{"Detail Report", "detail-report"}, {"Task Report", "task-report"}} {
		for _, ext := range []string{"pdf", "html", "csv"} {
			out = append(out, Download{r.group, strings.ToUpper(ext), stem + "-" + r.name + "." + ext})
		}
	}
	return out
}

// downloadGroup is one group of downloads as the page shows it.
type downloadGroup struct {
	Name  string
	Items []downloadView
}

type downloadView struct {
	Label  string
	Format string // "pdf", "html", "csv": picks the icon
	Href   string
}

// downloadGroups gathers consecutive downloads of one group, with links
// relative to p. Paths that are absolute or climb out of the
// site are dropped: every link must stay inside the output folder.
func downloadGroups(p page, ds []Download) []downloadGroup {
	var out []downloadGroup
	for _, d := range ds {
		clean := path.Clean(d.Path)
		if d.Path == "" || path.IsAbs(clean) || clean == ".." || strings.HasPrefix(clean, "../") || strings.Contains(d.Path, ":") {
			continue
		}
		if len(out) == 0 || out[len(out)-1].Name != d.Group {
			out = append(out, downloadGroup{Name: d.Group})
		}
		g := &out[len(out)-1]
		g.Items = append(g.Items, downloadView{
			Label:  d.Label,
			Format: strings.TrimPrefix(strings.ToLower(path.Ext(clean)), "."),
			Href:   p.url(clean),
		})
	}
	return out
}
