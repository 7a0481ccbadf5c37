package tomlout

import "github.com/blueprint-tools/blueprint/blueprints"

func module(m *blueprints.Module) string {
	var w writer
	w.header("[module]")
	w.str("id", m.ID)
	w.str("series", m.Series.ID)
	w.str("title", m.Title)
	w.str("summary", m.Summary)
	w.str("description", m.Description.Text)
	w.strs("benefits", m.Benefits)
	w.strs("objectives", m.Objectives)
	w.strs("entry", m.Entry)
	w.strs("kpis", ids(m.KPIs))
	w.strs("related", ids(m.Related))
	w.strs("roles", ids(m.Roles))
	for _, e := range m.Exits {
		w.header("[[exit]]")
		w.str("id", e.ID)
		w.str("label", e.Label)
		w.strs("conditions", e.Conditions)
	}
	entries(&w, &m.Own)
	for _, sp := range m.Subprocesses {
		w.header("[[subprocess]]")
		w.str("id", sp.ID)
		w.str("title", sp.Title)
		w.str("description", sp.Description.Text)
		for _, t := range sp.Tasks {
			task(&w, t)
		}
	}
	return w.String()
}

func task(w *writer, t *blueprints.Task) {
	w.header("[[subprocess.task]]")
	w.str("id", t.ID)
	if t.Kind != blueprints.KindTask {
		w.str("kind", string(t.Kind))
	}
	w.str("label", t.Label)
	w.str("description", t.Description.Text)
	w.str("role", t.Role.ID)
	w.str("stage", string(t.Stage))
	w.strs("systems", ids(t.Systems))
	w.strs("reads", ids(t.Reads))
	w.strs("produces", ids(t.Produces))
	flows(w, t.Next)
	w.str("to", t.Target.ID)
	w.str("outcome", t.Outcome.ID)
	w.str("effort", t.Effort.Text)
	w.str("value", string(t.Value))
	w.strs("tiers", ids(t.Tiers))
}

// flows writes plain flow as next and labelled branches as an array of
// inline tables, the way decisions are written by hand.
func flows(w *writer, next []blueprints.Flow) {
	var plain []string
	var branches []blueprints.Flow
	for _, f := range next {
		if f.Branch {
			branches = append(branches, f)
		} else {
			plain = append(plain, f.To.ID)
		}
	}
	w.strs("next", plain)
	if len(branches) == 0 {
		return
	}
	w.b.WriteString("branches = [\n")
	for _, f := range branches {
		w.b.WriteString("  { label = " + quote(f.Label) + ", to = " + quote(f.To.ID) + " },\n")
	}
	w.b.WriteString("]\n")
}
