package site

import (
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// The site's fixed files, relative to its root.
const (
	homePath        = "index.html"
	searchPath      = "search.html"
	searchIndexPath = "search-index.js"
	brandCSSPath    = "assets/brand.css"
	rolesDir        = "roles"
	systemsDir      = "systems"
	kpisDir         = "kpis"
	guidesDir       = "guides"
)

// ModulePath is where a module's page goes: "MSP-11b/index.html", in the
// folder where the build writes the module's other files.
func ModulePath(m *blueprints.Module) string { return naming.FileID(m.ID) + "/index.html" }

// entryPath is where the page of a role, system or KPI goes.
func entryPath(dir, id string) string { return dir + "/" + naming.FileID(id) + ".html" }

func indexPath(dir string) string { return dir + "/index.html" }

// taskAnchor and subAnchor name a task's row and a sub-process's section
// on the module page; the page's script also answers #task-ID by
// selecting the task in its diagram.
func taskAnchor(id string) string { return "task-" + fragment(id) }
func subAnchor(id string) string  { return "sp-" + fragment(id) }

// page is one HTML page being built: where it goes and the way back to
// the site's root from there.
type page struct {
	path string
	root string
}

func newPage(path string) page {
	return page{path: path, root: strings.Repeat("../", strings.Count(path, "/"))}
}

// url makes target, a path from the site's root (with an optional
// #fragment), relative to this page. A bare fragment stays as it is.
func (p page) url(target string) string {
	if strings.HasPrefix(target, "#") {
		return target
	}
	if dir := p.path[:strings.LastIndex(p.path, "/")+1]; dir != "" && strings.HasPrefix(target, dir) {
		return target[len(dir):]
	}
	return p.root + target
}

// fragment makes an id safe in an id attribute and a URL fragment.
func fragment(id string) string {
	b := []byte(id)
	for i, c := range b {
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			b[i] = '-'
		}
	}
	return string(b)
}

func itoa(i int) string { return strconv.Itoa(i) }
