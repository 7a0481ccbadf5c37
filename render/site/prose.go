package site

import (
	"html/template"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/markdown"
)

// names looks up entries for {kind:id} references: in a module's scope
// (its own entries shadow the catalogue's) or, for prose that belongs to
// no module, in the site's catalog.
type names struct {
	sc  *blueprints.Scope
	cat *catalog
}

func (n names) role(id string) *blueprints.Role {
	if n.sc != nil {
		return n.sc.Role(id)
	}
	if e := n.cat.roles.byID[id]; e != nil {
		return e.V
	}
	return nil
}

func (n names) system(id string) *blueprints.System {
	if n.sc != nil {
		return n.sc.System(id)
	}
	if e := n.cat.systems.byID[id]; e != nil {
		return e.V
	}
	return nil
}

func (n names) kpi(id string) *blueprints.KPI {
	if n.sc != nil {
		return n.sc.KPI(id)
	}
	if e := n.cat.kpis.byID[id]; e != nil {
		return e.V
	}
	return nil
}

func (n names) doc(id string) *blueprints.Document {
	if n.sc != nil {
		return n.sc.Document(id)
	}
	if e := n.cat.docs.byID[id]; e != nil {
		return e.V
	}
	return nil
}

// resolver names references for prose on page p: roles, systems and KPIs
// link to their pages; documents have none and print as names.
func (s *site) resolver(p page, n names) markdown.Resolver {
	return func(kind, id string) (string, string, bool) {
		switch kind {
		case blueprints.RefRole:
			if r := n.role(id); r != nil {
				return r.Name, p.url(entryPath(rolesDir, id)), true
			}
		case blueprints.RefSystem:
			if x := n.system(id); x != nil {
				return x.Name, p.url(entryPath(systemsDir, id)), true
			}
		case blueprints.RefKPI:
			if k := n.kpi(id); k != nil {
				return k.Name, p.url(entryPath(kpisDir, id)), true
			}
		case blueprints.RefDoc:
			if d := n.doc(id); d != nil {
				return d.Name, "", true
			}
		}
		return "", "", false
	}
}

// prose renders Markdown for page p. Headings in it sit below the page's
// own: "#" becomes h3. html/template trusts the result, which is safe
// because render/markdown drops raw HTML and unsafe URLs.
func (s *site) prose(p page, n names, text, idPrefix string) (template.HTML, error) {
	if strings.TrimSpace(text) == "" {
		return "", nil
	}
	r := markdown.New(markdown.Options{Resolve: s.resolver(p, n), HeadingOffset: 2, IDPrefix: idPrefix})
	res, err := r.Render(text)
	if err != nil {
		return "", err
	}
	return template.HTML(res.HTML), nil
}

// plain renders Markdown as one line of plain text, for the search index
// and short summaries. Plain text has no links, so one renderer per scope
// serves every page.
func (s *site) plain(n names, text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	if s.plainMD == nil {
		s.plainMD = map[*blueprints.Scope]*markdown.Renderer{}
	}
	r := s.plainMD[n.sc]
	if r == nil {
		r = markdown.New(markdown.Options{Resolve: s.resolver(newPage(homePath), n)})
		s.plainMD[n.sc] = r
	}
	return r.Text(text)
}
