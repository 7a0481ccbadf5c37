package load

import (
	"github.com/blueprint-tools/blueprint/blueprints"
)

func loadModule(root *table) *blueprints.Module {
	mt := root.sub("module")
	m := &blueprints.Module{File: root.f.name}
	m.ID, m.Pos = mt.named("module")
	m.Series.ID, m.Series.Pos = mt.required("series")
	m.Title, _ = mt.required("title")
	m.Summary, _ = mt.str("summary")
	m.Description = mt.prose("description")
	m.Benefits = mt.texts("benefits")
	m.Objectives = mt.texts("objectives")
	m.Entry = mt.texts("entry")
	m.KPIs = mt.strs("kpis")
	m.Related = mt.strs("related")
	m.Roles = mt.strs("roles")
	mt.done()
	for _, et := range root.tables("exit", "exit") {
		m.Exits = append(m.Exits, loadExit(et))
	}
	if len(m.Exits) == 0 {
		mt.errorf(mt.pos(), "has no exit conditions (add an [[exit]] table)")
	}
	loadEntries(root, &m.Own)
	for _, st := range root.tables("subprocess", "sub-process") {
		m.Subprocesses = append(m.Subprocesses, loadSubprocess(st))
	}
	if len(m.Subprocesses) == 0 {
		mt.errorf(mt.pos(), "has no sub-processes (add [[subprocess]] tables)")
	}
	root.done()
	return m
}

func loadExit(t *table) *blueprints.Exit {
	e := &blueprints.Exit{}
	e.ID, e.Pos = t.named("exit")
	e.Label, _ = t.required("label")
	e.Conditions = t.texts("conditions")
	if len(e.Conditions) == 0 {
		t.required("conditions")
	}
	t.done()
	return e
}

func loadSubprocess(t *table) *blueprints.Subprocess {
	sp := &blueprints.Subprocess{}
	sp.ID, sp.Pos = t.named("sub-process")
	sp.Title, _ = t.required("title")
	sp.Description = t.prose("description")
	for _, tt := range t.tables("task", "task") {
		sp.Tasks = append(sp.Tasks, loadTask(tt))
	}
	t.done()
	return sp
}
