package site

import (
	"html/template"
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/assess"
)

// maturityDir holds a page per maturity model and their index.
const maturityDir = "maturity"

// maturityView is a maturity model's page: the self-assessment matrix and
// its form, then every practice, outcome and metric area by area, and the
// model's own measures.
type maturityView struct {
	ID, Title, Summary string
	Description        template.HTML
	Levels             []levelView
	Rows               []maturityRow // the matrix, scored for the recorded assessment
	Overall            string        // "1 Initial"
	InPlace, Total     int
	Next               []refLink // the practices to adopt next
	Recorded           *blueprints.Assessment
	Areas              []areaView
	KPIs               []measureView
	Data               maturityData
}

type levelView struct {
	Number        int
	Name, Summary string
}

// maturityRow is one capability area across the levels.
type maturityRow struct {
	ID, Title, Href string
	Level           int
	Cells           []maturityCell
}

// maturityCell is one area at one level. State is "reached", "partial"
// (some in place), "ahead" (in place above a gap), "open" (none in place)
// or "empty" (no practices at this level); the script sets the same.
type maturityCell struct {
	Level        int
	Done, Total  int
	State, Label string
}

type areaView struct {
	ID, Anchor, Title, Summary string
	POMs                       []pomView
}

type pomView struct {
	Level     int
	LevelName string
	Practices []practiceView
	Outcomes  []string
	Metrics   []metricView
}

type practiceView struct {
	ID, Anchor, Text string
	InPlace          bool
	Modules, KPIs    []refLink
}

type metricView struct {
	Text string
	KPI  *refLink
}

// measureView is one of the model's own KPIs.
type measureView struct {
	ID, Anchor, Name, Formula, Unit, Target, Direction string
	Definition                                         template.HTML
}

// maturityData is what the page's script reads (#bp-maturity): where it
// keeps the answers, the level names, and the recorded assessment the
// form starts from.
type maturityData struct {
	Key      string   `json:"key"`
	Brand    string   `json:"brand"`
	Model    string   `json:"model"`
	Levels   []string `json:"levels"`
	Recorded []string `json:"recorded"`
}

func (s *site) maturityPages() error {
	if len(s.set.Maturity) == 0 {
		return nil
	}
	list := listView{Kind: "Maturity models", Intro: "Capability maturity models: practices, outcomes and metrics level by level, with a self-assessment.", Columns: [2]string{"Model", "Practices"}}
	for _, m := range s.set.Maturity {
		p := newPage(entryPath(maturityDir, m.ID))
		v, err := s.maturityView(p, m)
		if err != nil {
			return err
		}
		if err := s.render("maturity.html", p, frame{Title: m.Title, Description: m.Summary, Nav: maturityDir, Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: m.Title, Path: p.path, Note: m.Summary, Count: v.Total, CountWord: "practice"})
		s.indexModel(p, m)
	}
	return s.listPage(maturityDir, list)
}

func (s *site) maturityView(p page, m *blueprints.MaturityModel) (maturityView, error) {
	r := assess.Score(m, assess.InPlace(s.in.Assessment))
	v := maturityView{ID: m.ID, Title: m.Title, Summary: m.Summary, Recorded: s.in.Assessment,
		Overall: levelLabel(m, r.Level), InPlace: r.InPlace, Total: r.Total}
	n := names{cat: s.cat}
	desc, err := s.prose(p, n, m.Description.Text, "about-")
	if err != nil {
		return v, err
	}
	v.Description = desc
	v.Data = maturityData{Key: "blueprint-assessment/" + s.brand + "/" + m.ID, Brand: s.brand, Model: m.ID, Recorded: []string{}}
	for _, lv := range m.Levels {
		v.Levels = append(v.Levels, levelView{lv.Number, lv.Name, lv.Summary})
		v.Data.Levels = append(v.Data.Levels, lv.Name)
	}
	for _, ar := range r.Areas {
		v.Rows = append(v.Rows, maturityRowOf(ar))
	}
	for _, pr := range r.Next {
		v.Next = append(v.Next, refLink{Text: pr.Text, Href: "#" + practiceAnchor(pr.ID), Note: pr.ID})
	}
	for _, pr := range m.Practices() {
		if s.in.Assessment.Has(pr.ID) {
			v.Data.Recorded = append(v.Data.Recorded, pr.ID)
		}
	}
	v.Areas = s.areaViews(p, m)
	v.KPIs, err = s.measureViews(p, m)
	return v, err
}

// levelLabel is "2 Basic", or "0 Not yet Initial" below the first level.
func levelLabel(m *blueprints.MaturityModel, n int) string {
	if lv := m.Level(n); lv != nil {
		return strconv.Itoa(n) + " " + lv.Name
	}
	if first := m.Level(1); first != nil && n == 0 {
		return "0 Not yet " + first.Name
	}
	return strconv.Itoa(n)
}

func maturityRowOf(ar assess.AreaResult) maturityRow {
	row := maturityRow{ID: ar.Area.ID, Title: ar.Area.Title, Href: "#" + areaAnchor(ar.Area.ID), Level: ar.Level}
	for _, c := range ar.Cells {
		mc := maturityCell{Level: c.Level, Done: c.Done, Total: c.Total, State: cellState(c, ar.Level)}
		mc.Label = strconv.Itoa(c.Done) + "/" + strconv.Itoa(c.Total)
		if c.Total == 0 {
			mc.Label = "–"
		}
		row.Cells = append(row.Cells, mc)
	}
	return row
}

// cellState classes a cell as the script does (see assets/maturity.js).
func cellState(c assess.Cell, level int) string {
	switch {
	case c.Total == 0:
		return "empty"
	case c.Reached:
		return "reached"
	case c.Level > level+1 && c.Done > 0:
		return "ahead"
	case c.Done > 0:
		return "partial"
	}
	return "open"
}

func areaAnchor(id string) string     { return "area-" + fragment(id) }
func practiceAnchor(id string) string { return "practice-" + fragment(id) }
func measureAnchor(id string) string  { return "kpi-" + fragment(id) }

// indexModel adds the model and its practices to the search index.
func (s *site) indexModel(p page, m *blueprints.MaturityModel) {
	s.indexEntry("maturity", m.Title, "Maturity model", p.path, m.Summary)
	for _, pr := range m.Practices() {
		area := pr.Area
		if a := m.Area(pr.Area); a != nil {
			area = a.Title
		}
		s.indexEntry("practice", pr.Text, m.Title+" · "+area+" · level "+strconv.Itoa(pr.Level), p.path+"#"+practiceAnchor(pr.ID), pr.ID)
	}
}
