package kit

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/markdown"
)

// names resolves the ids of one module to the brand's names, and turns
// its Markdown into plain text.
type names struct {
	sc *blueprints.Scope
	md *markdown.Renderer
}

func newNames(set *blueprints.Set, m *blueprints.Module) names {
	sc := blueprints.NewScope(set, m)
	n := names{sc: sc}
	n.md = markdown.New(markdown.Options{Resolve: func(kind, id string) (string, string, bool) {
		name := n.entry(kind, id)
		return name, "", name != ""
	}})
	return n
}

// entry is the name of the entry a {kind:id} reference names, or "".
func (n names) entry(kind, id string) string {
	switch kind {
	case blueprints.RefRole:
		if r := n.sc.Role(id); r != nil {
			return r.Name
		}
	case blueprints.RefSystem:
		if s := n.sc.System(id); s != nil {
			return s.Name
		}
	case blueprints.RefDoc:
		if d := n.sc.Document(id); d != nil {
			return d.Name
		}
	case blueprints.RefKPI:
		if k := n.sc.KPI(id); k != nil {
			return k.Name
		}
	}
	return ""
}

// role is a role's name; an unknown id prints as written.
func (n names) role(id string) string {
	if r := n.sc.Role(id); r != nil {
		return r.Name
	}
	return id
}

func (n names) systems(refs []blueprints.Ref) []string {
	var out []string
	for _, r := range refs {
		if s := n.sc.System(r.ID); s != nil {
			out = append(out, s.Name)
		} else {
			out = append(out, r.ID)
		}
	}
	return out
}

func (n names) documents(refs []blueprints.Ref) []string {
	var out []string
	for _, r := range refs {
		if d := n.sc.Document(r.ID); d != nil {
			out = append(out, d.Name)
		} else {
			out = append(out, r.ID)
		}
	}
	return out
}

// plain is Markdown prose as one line of plain text, references named.
func (n names) plain(p blueprints.Prose) string {
	if strings.TrimSpace(p.Text) == "" {
		return ""
	}
	return strings.TrimSpace(n.md.Text(p.Text))
}
