package site

import (
	"html/template"
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// curriculumDir holds a page per curriculum and their index.
const curriculumDir = "curriculum"

// curriculumView is a curriculum's page: its units ("Module 1" ...) with
// their topics, and what each topic concerns.
type curriculumView struct {
	ID, Title, Summary string
	Description        template.HTML
	Units              []unitView
	Topics             int
}

type unitView struct {
	Anchor, Heading, Summary string
	Number                   int
	Title                    string
	Topics                   []topicView
}

type topicView struct {
	ID, Anchor, Text         string
	Modules, KPIs, Practices []refLink
}

func (s *site) curriculumPages() error {
	if len(s.set.Curricula) == 0 {
		return nil
	}
	list := listView{Kind: "Curricula", Intro: "Training programmes, each topic linked to the blueprints, KPIs and maturity practices it concerns.", Columns: [2]string{"Curriculum", "Topics"}}
	for _, c := range s.set.Curricula {
		p := newPage(entryPath(curriculumDir, c.ID))
		v, err := s.curriculumView(p, c)
		if err != nil {
			return err
		}
		if err := s.render("curriculum.html", p, frame{Title: c.Title, Description: c.Summary, Nav: curriculumDir, Page: v}); err != nil {
			return err
		}
		list.Rows = append(list.Rows, listRow{Title: c.Title, Path: p.path, Note: strconv.Itoa(len(c.Units)) + " modules", Count: v.Topics, CountWord: "topic"})
		s.indexEntry("curriculum", c.Title, "Curriculum", p.path, c.Summary)
	}
	return s.listPage(curriculumDir, list)
}

func (s *site) curriculumView(p page, c *blueprints.Curriculum) (curriculumView, error) {
	v := curriculumView{ID: c.ID, Title: c.Title, Summary: c.Summary}
	desc, err := s.prose(p, names{cat: s.cat}, c.Description.Text, "about-")
	if err != nil {
		return v, err
	}
	v.Description = desc
	for i, u := range c.Units {
		uv := unitView{Anchor: "module-" + strconv.Itoa(i+1), Number: i + 1, Title: u.Title, Summary: u.Summary,
			Heading: "Module " + strconv.Itoa(i+1) + ": " + u.Title}
		for _, t := range u.Topics {
			uv.Topics = append(uv.Topics, s.topicView(p, t))
			v.Topics++
			s.indexEntry("topic", t.Text, c.Title+" · "+uv.Heading, p.path+"#"+topicAnchor(t.ID), t.ID)
		}
		v.Units = append(v.Units, uv)
	}
	return v, nil
}

func (s *site) topicView(p page, t *blueprints.Topic) topicView {
	tv := topicView{ID: t.ID, Anchor: topicAnchor(t.ID), Text: t.Text,
		Modules: s.blueprintLinks(p, t.Modules), KPIs: s.kpiLinks(p, t.KPIs)}
	for _, r := range t.Practices {
		tv.Practices = append(tv.Practices, s.practiceLink(p, r.ID))
	}
	return tv
}

func topicAnchor(id string) string { return "topic-" + fragment(id) }
