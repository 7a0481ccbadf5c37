package load

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// loadMaturity reads a maturity model file: [maturity], its [[level]]s,
// its [[area]]s with their [[area.pom]] blocks, and its own [[kpi]]s.
func loadMaturity(root *table) *blueprints.MaturityModel {
	mt := root.sub("maturity")
	m := &blueprints.MaturityModel{File: root.f.name}
	m.ID, m.Pos = mt.named("maturity model")
	m.Series.ID, m.Series.Pos = mt.required("series")
	m.Title, _ = mt.required("title")
	m.Summary, _ = mt.str("summary")
	m.Description = mt.prose("description")
	mt.done()
	for _, lt := range root.tables("level", "level") {
		m.Levels = append(m.Levels, loadLevel(lt))
	}
	if len(m.Levels) == 0 {
		mt.errorf(mt.pos(), "has no levels (add [[level]] tables)")
	}
	for _, at := range root.tables("area", "area") {
		m.Areas = append(m.Areas, loadArea(at))
	}
	if len(m.Areas) == 0 {
		mt.errorf(mt.pos(), "has no capability areas (add [[area]] tables)")
	}
	for _, kt := range root.tables("kpi", "kpi") {
		m.KPIs = append(m.KPIs, loadKPI(kt))
	}
	root.done()
	return m
}

func loadLevel(t *table) *blueprints.MaturityLevel {
	l := &blueprints.MaturityLevel{Pos: t.pos()}
	l.Name, _ = t.required("name")
	if l.Name != "" {
		t.subject = "level " + strconv.Quote(l.Name)
	}
	l.Number, _ = t.integer("number")
	if _, ok := t.m["number"]; !ok {
		t.errorf(t.pos(), "missing key %q", "number")
	}
	l.Summary, _ = t.str("summary")
	t.done()
	return l
}

func loadArea(t *table) *blueprints.CapabilityArea {
	a := &blueprints.CapabilityArea{}
	a.ID, a.Pos = t.named("area")
	a.Title, _ = t.required("title")
	a.Summary, _ = t.str("summary")
	for _, pt := range t.tables("pom", t.subject+" pom") {
		a.POMs = append(a.POMs, loadPOM(pt, a.ID))
	}
	if len(a.POMs) == 0 {
		t.errorf(t.pos(), "has no practices (add [[area.pom]] tables, one per level)")
	}
	t.done()
	return a
}

// loadPOM reads one level of an area; its practices learn their area and
// level from it.
func loadPOM(t *table, area string) *blueprints.POM {
	p := &blueprints.POM{Pos: t.pos()}
	p.Level, p.LevelPos = t.integer("level")
	if _, ok := t.m["level"]; !ok {
		t.errorf(t.pos(), "missing key %q", "level")
	} else if p.Level > 0 {
		t.subject += " at level " + strconv.Itoa(p.Level)
	}
	p.Outcomes = t.texts("outcomes")
	for _, pt := range t.tables("practice", "practice") {
		pr := loadPractice(pt)
		pr.Area, pr.Level = area, p.Level
		p.Practices = append(p.Practices, pr)
	}
	for _, mt := range t.tables("metric", t.subject+" metric") {
		p.Metrics = append(p.Metrics, loadMetric(mt))
	}
	switch {
	case len(p.Practices) == 0:
		t.errorf(t.pos(), "has no practices (add [[area.pom.practice]] tables)")
	case len(p.Outcomes) == 0:
		t.errorf(t.pos(), "has no outcomes (add outcomes = [\"...\"])")
	case len(p.Metrics) == 0:
		t.errorf(t.pos(), "has no metrics (add [[area.pom.metric]] tables)")
	}
	t.done()
	return p
}

func loadPractice(t *table) *blueprints.Practice {
	p := &blueprints.Practice{}
	p.ID, p.Pos = t.named("practice")
	p.Text, _ = t.required("text")
	p.Modules = t.strs("modules")
	p.KPIs = t.strs("kpis")
	t.done()
	return p
}

func loadMetric(t *table) *blueprints.Metric {
	m := &blueprints.Metric{Pos: t.pos()}
	m.Text, _ = t.required("text")
	m.KPI.ID, m.KPI.Pos = t.str("kpi")
	t.done()
	return m
}

// integer returns a whole-number value and its position; absent gives 0.
func (t *table) integer(key string) (int, blueprints.Pos) {
	v, ok := t.get(key)
	pos := t.valuePos(join(t.path, key))
	if !ok {
		return 0, t.pos()
	}
	n, isInt := v.(int64)
	if !isInt || n < 1 || n > 1000 {
		t.errorf(pos, "%q must be a whole number from 1 to 1000, not %s", key, valueText(v))
		return 0, pos
	}
	return int(n), pos
}

// valueText names a wrong value in a message: an integer as written, any
// other value by its type.
func valueText(v any) string {
	if n, ok := v.(int64); ok {
		return strconv.FormatInt(n, 10)
	}
	return typeName(v)
}
