package site

// listView is an index page: every role, system, KPI or guide with a line
// about it and how much of the blueprints it touches.
type listView struct {
	Kind, Intro string
	Columns     [2]string // the headings of the name and count columns
	Rows        []listRow
}

type listRow struct {
	Title, Href, Note string
	Path              string // the row's page from the root; Href is made from it
	Count             int
	CountWord         string // "task", "module": what Count counts; "" hides it
}

// listPage writes dir/index.html.
func (s *site) listPage(dir string, v listView) error {
	p := newPage(indexPath(dir))
	for i := range v.Rows {
		v.Rows[i].Href = p.url(v.Rows[i].Path)
	}
	return s.render("list.html", p, frame{Title: v.Kind, Description: v.Intro, Nav: dir, Page: v})
}
