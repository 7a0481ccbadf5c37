package site

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// searchItem is one entry of the search index. The keys are short because
// the index ships to every reader.
type searchItem struct {
	Kind    string `json:"k"`           // module, subprocess, task, role, system, kpi, guide
	Title   string `json:"t"`           // what the result shows
	Context string `json:"c,omitempty"` // where it belongs: "MSP-11b · 11b.04 Backup Deactivation"
	URL     string `json:"u"`           // from the site's root
	Text    string `json:"x,omitempty"` // further words to match: descriptions, names
	Planned bool   `json:"p,omitempty"`
}

// searchIndexVar is the global the index is assigned to. A script, not
// JSON, because browsers refuse fetch() from file://.
const searchIndexVar = "BLUEPRINT_SEARCH"

func (s *site) indexEntry(kind, title, context, url, text string) {
	s.search = append(s.search, searchItem{Kind: kind, Title: title, Context: context, URL: url, Text: text})
}

// indexModule adds a module, its sub-processes and its tasks.
func (s *site) indexModule(p page, m *blueprints.Module) {
	n := s.names(m)
	text := strings.Join([]string{m.Summary, s.plain(n, m.Description.Text), strings.Join(m.Objectives, " ")}, " ")
	s.indexEntry("module", m.ID+" "+m.Title, "Module", p.path, text)
	for _, sp := range m.Subprocesses {
		if sp == nil {
			continue
		}
		s.indexEntry("subprocess", sp.ID+" "+sp.Title, m.ID+" "+m.Title, p.path+"#"+subAnchor(sp.ID), s.plain(n, sp.Description.Text))
		for _, t := range tasksOf(sp) {
			if t.Kind == blueprints.KindConnector {
				continue // "To 11b.04 ..." only repeats the process map's name
			}
			s.indexEntry("task", t.Label, m.ID+" · "+sp.ID+" "+sp.Title, p.path+"#"+taskAnchor(t.ID), s.taskText(n, t))
		}
	}
}

// taskText is what a task is found by besides its label: its id, role,
// systems, documents and description.
func (s *site) taskText(n names, t *blueprints.Task) string {
	words := []string{t.ID}
	if r := n.role(t.Role.ID); r != nil {
		words = append(words, r.Name)
	}
	for _, ref := range t.Systems {
		if x := n.system(ref.ID); x != nil {
			words = append(words, x.Name)
		}
	}
	for _, ref := range append(append([]blueprints.Ref{}, t.Reads...), t.Produces...) {
		if d := n.doc(ref.ID); d != nil {
			words = append(words, d.Name)
		}
	}
	return strings.TrimSpace(strings.Join(append(words, s.plain(n, t.Description.Text)), " "))
}

// indexPlanned adds the modules the life cycles list but nobody has
// authored yet, so a search for one says it is planned.
func (s *site) indexPlanned() {
	for _, sr := range s.set.Series {
		if sr == nil {
			continue
		}
		for _, ph := range sr.Phases {
			if ph == nil {
				continue
			}
			for _, pm := range ph.Modules {
				if pm != nil && s.set.Module(pm.Module.ID) == nil {
					s.search = append(s.search, searchItem{Kind: "module", Title: pm.Module.ID + " " + pm.Title,
						Context: "Planned module · " + ph.Title, URL: homePath + "#module-" + fragment(pm.Module.ID), Planned: true})
				}
			}
		}
	}
}

// searchIndex writes search-index.js. encoding/json escapes <, > and &,
// so no content can close the script or read as markup.
func (s *site) searchIndex() error {
	s.indexPlanned()
	data, err := json.Marshal(s.search)
	if err != nil {
		return fmt.Errorf("site search index: %w", err)
	}
	var b bytes.Buffer
	b.WriteString("// The site's search index, read by assets/search.js.\n")
	b.WriteString("window." + searchIndexVar + " = ")
	b.Write(data)
	b.WriteString(";\n")
	s.add(searchIndexPath, b.Bytes())
	return nil
}

func (s *site) searchPage() error {
	p := newPage(searchPath)
	return s.render("search.html", p, frame{Title: "Search", Description: "Search the service blueprints", Nav: "search"})
}
