package load

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

// loadCurriculum reads a curriculum file: [curriculum] and its [[unit]]s,
// each with its [[unit.topic]]s.
func loadCurriculum(root *table) *blueprints.Curriculum {
	ct := root.sub("curriculum")
	c := &blueprints.Curriculum{File: root.f.name}
	c.ID, c.Pos = ct.named("curriculum")
	c.Series.ID, c.Series.Pos = ct.required("series")
	c.Title, _ = ct.required("title")
	c.Summary, _ = ct.str("summary")
	c.Description = ct.prose("description")
	ct.done()
	for _, ut := range root.tables("unit", "unit") {
		c.Units = append(c.Units, loadUnit(ut))
	}
	if len(c.Units) == 0 {
		ct.errorf(ct.pos(), "has no units (add [[unit]] tables, one per module of the curriculum)")
	}
	root.done()
	return c
}

func loadUnit(t *table) *blueprints.Unit {
	u := &blueprints.Unit{}
	u.ID, u.Pos = t.named("unit")
	u.Title, _ = t.required("title")
	u.Summary, _ = t.str("summary")
	for _, tt := range t.tables("topic", "topic") {
		u.Topics = append(u.Topics, loadTopic(tt))
	}
	if len(u.Topics) == 0 {
		t.errorf(t.pos(), "has no topics (add [[unit.topic]] tables)")
	}
	t.done()
	return u
}

func loadTopic(t *table) *blueprints.Topic {
	tp := &blueprints.Topic{}
	tp.ID, tp.Pos = t.named("topic")
	tp.Text, _ = t.required("text")
	tp.Modules = t.strs("modules")
	tp.KPIs = t.strs("kpis")
	tp.Practices = t.strs("practices")
	t.done()
	return tp
}
