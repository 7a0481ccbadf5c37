package kit

import (
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// linkNames names what maturity practices and curriculum topics refer to:
// blueprint modules (authored or planned), KPIs of the series' catalogue
// and of the maturity models, and practices.
type linkNames struct {
	set *blueprints.Set
	n   names
}

func newLinkNames(set *blueprints.Set, series string) linkNames {
	// A scope is made for a module; a stand-in module of the series that
	// owns the maturity models' KPIs resolves exactly what they may name.
	own := blueprints.Entries{}
	for _, m := range set.Maturity {
		own.KPIs = append(own.KPIs, m.KPIs...)
	}
	return linkNames{set: set, n: newNames(set, &blueprints.Module{Series: blueprints.Ref{ID: series}, Own: own})}
}

// module is "MSP-11b Service Deactivation", planned modules with their
// life-cycle titles and marked as planned.
func (l linkNames) module(id string) string {
	if m := l.set.Module(id); m != nil {
		return strings.TrimSpace(m.ID + " " + m.Title)
	}
	for _, s := range l.set.Series {
		for _, ph := range s.Phases {
			for _, pm := range ph.Modules {
				if pm.Module.ID == id && pm.Title != "" {
					return id + " " + pm.Title + " (planned)"
				}
			}
		}
	}
	return id
}

func (l linkNames) kpi(id string) string {
	if k := l.n.sc.KPI(id); k != nil {
		return k.Name
	}
	return id
}

// practice is "decom-2 (Decommissioning, level 2)".
func (l linkNames) practice(id string) string {
	p, m := l.set.Practice(id)
	if p == nil {
		return id
	}
	area := p.Area
	if a := m.Area(p.Area); a != nil {
		area = a.Title
	}
	return id + " (" + area + ", level " + strconv.Itoa(p.Level) + ")"
}

func (l linkNames) list(refs []blueprints.Ref, name func(string) string) string {
	var out []string
	for _, r := range refs {
		out = append(out, name(r.ID))
	}
	return strings.Join(out, "; ")
}

// paragraphs turns Markdown prose into plain paragraphs, one per block
// separated by a blank line, references named.
func (l linkNames) paragraphs(p blueprints.Prose) []string {
	var out []string
	for _, block := range strings.Split(strings.ReplaceAll(p.Text, "\r\n", "\n"), "\n\n") {
		if s := strings.TrimSpace(l.n.md.Text(block)); s != "" {
			out = append(out, s)
		}
	}
	return out
}
