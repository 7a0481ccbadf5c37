package branding

import "github.com/blueprint-tools/blueprint/blueprints"

// ExpandRefs replaces each {role:id}, {system:id}, {doc:id} and {kpi:id} in
// text by the name of the entry sc resolves it to, for plain-text outputs
// (PDF, CSV). References sc does not know, and unknown kinds, stay as
// written. Call it on a personalized set's scope so the names are the
// brand's. A nil scope changes nothing.
func ExpandRefs(text string, sc *blueprints.Scope) string {
	if sc == nil {
		return text
	}
	return blueprints.MapRefs(text, func(t blueprints.RefToken) (string, bool) {
		return entryName(sc, t)
	})
}

// entryName is the name of the entry t names in sc.
func entryName(sc *blueprints.Scope, t blueprints.RefToken) (string, bool) {
	switch t.Kind {
	case blueprints.RefRole:
		if r := sc.Role(t.ID); r != nil {
			return r.Name, true
		}
	case blueprints.RefSystem:
		if s := sc.System(t.ID); s != nil {
			return s.Name, true
		}
	case blueprints.RefDoc:
		if d := sc.Document(t.ID); d != nil {
			return d.Name, true
		}
	case blueprints.RefKPI:
		if k := sc.KPI(t.ID); k != nil {
			return k.Name, true
		}
	}
	return "", false
}
