package tomlout

import "github.com/blueprint-tools/blueprint/blueprints"

// entries writes roles, systems, documents and KPIs, for a catalogue or a
// module's own entries.
func entries(w *writer, e *blueprints.Entries) {
	for _, r := range e.Roles {
		w.header("[[role]]")
		w.str("id", r.ID)
		w.str("name", r.Name)
		w.str("description", r.Description.Text)
		stages := make([]string, len(r.Stages))
		for i, s := range r.Stages {
			stages[i] = string(s)
		}
		w.strs("stages", stages)
	}
	for _, s := range e.Systems {
		w.header("[[system]]")
		w.str("id", s.ID)
		w.str("name", s.Name)
		w.str("category", s.Category)
		w.str("description", s.Description.Text)
	}
	for _, d := range e.Documents {
		w.header("[[document]]")
		w.str("id", d.ID)
		w.str("name", d.Name)
		w.str("description", d.Description.Text)
	}
	for _, k := range e.KPIs {
		kpi(w, k)
	}
}

// kpi writes a KPI; definition, formula and target are required by the
// format but not set by the generator, so they get neutral text.
func kpi(w *writer, k *blueprints.KPI) {
	w.header("[[kpi]]")
	w.str("id", k.ID)
	w.str("name", k.Name)
	w.str("definition", orText(k.Definition.Text, "How "+k.Name+" is measured."))
	w.str("formula", orText(k.Formula, "measured value"))
	w.str("unit", k.Unit)
	w.str("target", orText(k.Target, "n/a"))
	w.str("direction", string(k.Direction))
}

func orText(v, d string) string {
	if v == "" {
		return d
	}
	return v
}
