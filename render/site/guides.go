package site

import (
	"html/template"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/markdown"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// guideView is a guide's page: its article, a table of contents of its
// sections, and the other guides.
type guideView struct {
	ID, Title string
	Body      template.HTML
	TOC       []markdown.Heading
	Others    []cardView
	Minutes   int // reading time, at 200 words a minute
}

func (s *site) guidePages() error {
	list := listView{Kind: "Guides", Intro: "How to read the blueprints and how to put a module to work.", Columns: [2]string{"Guide", ""}}
	for _, g := range s.guides() {
		p := newPage(entryPath(guidesDir, g.ID))
		n := names{cat: s.cat}
		r := markdown.New(markdown.Options{Resolve: s.resolver(p, n), Link: s.guideLink})
		body := guideBody(g.Body.Text)
		res, err := r.Render(body)
		if err != nil {
			return err
		}
		v := guideView{ID: g.ID, Title: g.Title, Body: template.HTML(res.HTML), Minutes: max(1, (len(strings.Fields(body))+100)/200)}
		for _, h := range res.Headings {
			if h.Level == 2 {
				v.TOC = append(v.TOC, h)
			}
		}
		for _, c := range s.guideCards(p) {
			if c.Title != g.Title {
				v.Others = append(v.Others, c)
			}
		}
		summary := s.guideSummary(g)
		if err := s.render("guide.html", p, frame{Title: g.Title, Description: summary, Nav: guidesDir, Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: g.Title, Path: p.path, Note: summary})
		s.indexEntry("guide", g.Title, "Guide", p.path, r.Text(body))
	}
	return s.listPage(guidesDir, list)
}

// guides are the set's guides without nil entries, in set order.
func (s *site) guides() []*blueprints.Guide {
	var out []*blueprints.Guide
	for _, g := range s.set.Guides {
		if g != nil {
			out = append(out, g)
		}
	}
	return out
}

// guideLink turns a link to another guide's Markdown file
// ("how-to-read-a-service-blueprint.md#lanes") into a link to its page,
// so guides link to each other by file name as they do in the content. A
// link to a Markdown file that is no guide is dropped (its text stays):
// the site has no page for it.
func (s *site) guideLink(dest string) string {
	file, frag, _ := strings.Cut(dest, "#")
	id, ok := strings.CutSuffix(strings.TrimPrefix(file, "./"), ".md")
	if !ok || strings.Contains(file, ":") {
		return dest
	}
	for _, g := range s.guides() {
		if g.ID == id {
			if frag != "" {
				return naming.FileID(id) + ".html#" + frag
			}
			return naming.FileID(id) + ".html"
		}
	}
	return ""
}

// guideBody drops the guide's title line, which the page shows as its
// heading.
func guideBody(src string) string {
	lines := strings.Split(src, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "# ") {
			return strings.Join(append(lines[:i:i], lines[i+1:]...), "\n")
		}
	}
	return src
}

// guideSummary is the guide's first paragraph, shortened for cards.
func (s *site) guideSummary(g *blueprints.Guide) string {
	for _, para := range strings.Split(guideBody(g.Body.Text), "\n\n") {
		para = strings.TrimSpace(para)
		if para == "" || strings.HasPrefix(para, "#") {
			continue
		}
		return shorten(s.plain(names{cat: s.cat}, para), 200)
	}
	return ""
}

func (s *site) guideCards(p page) []cardView {
	var out []cardView
	for _, g := range s.guides() {
		out = append(out, cardView{Title: g.Title, Text: s.guideSummary(g), Href: p.url(entryPath(guidesDir, g.ID))})
	}
	return out
}

// shorten cuts text at a word boundary to about n bytes, adding an
// ellipsis.
func shorten(text string, n int) string {
	if len(text) <= n {
		return text
	}
	cut := strings.LastIndexByte(text[:n], ' ')
	if cut <= 0 {
		cut = n
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
	}
	return strings.TrimRight(text[:cut], " ,;:.") + "…"
}
