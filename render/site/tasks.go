package site

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/markdown"
)

// taskRow is a task in a table: on its module's page, and on role and
// system pages, where it links back to its place in the module's map.
type taskRow struct {
	ID, Anchor, Href, Label string
	Kind, KindLabel         string
	Role                    linkView
	Stage, StageLabel       string
	Systems                 []linkView
	Module, Sub             linkView
}

func (s *site) taskRow(p page, n names, u usage) taskRow {
	t := u.t
	anchor := taskAnchor(t.ID)
	r := taskRow{
		ID: t.ID, Anchor: anchor, Href: p.url(ModulePath(u.m) + "#" + anchor), Label: t.Label,
		Kind: kindOf(t), KindLabel: kindLabel(t),
		Stage: string(t.Stage), StageLabel: t.Stage.Title(),
		Module: linkView{u.m.ID + " " + u.m.Title, p.url(ModulePath(u.m))},
		Sub:    linkView{u.sp.ID + " " + u.sp.Title, p.url(ModulePath(u.m) + "#" + subAnchor(u.sp.ID))},
	}
	if role := n.role(t.Role.ID); role != nil {
		r.Role = linkView{role.Name, p.url(entryPath(rolesDir, t.Role.ID))}
	}
	for _, ref := range t.Systems {
		if x := n.system(ref.ID); x != nil {
			r.Systems = append(r.Systems, linkView{x.Name, p.url(entryPath(systemsDir, ref.ID))})
		}
	}
	return r
}

// taskData is what the details panel of a module's page shows for a
// task, read by the page's script from the page's JSON.
type taskData struct {
	ID         string     `json:"id"`
	Label      string     `json:"label"`
	Kind       string     `json:"kind"`
	KindLabel  string     `json:"kindLabel"`
	Sub        linkData   `json:"sub"`
	Role       *linkData  `json:"role,omitempty"`
	Stage      string     `json:"stage,omitempty"`
	StageLabel string     `json:"stageLabel,omitempty"`
	Systems    []linkData `json:"systems,omitempty"`
	Reads      []linkData `json:"reads,omitempty"`
	Produces   []linkData `json:"produces,omitempty"`
	Effort     string     `json:"effort,omitempty"`
	Value      string     `json:"value,omitempty"`
	Tiers      []string   `json:"tiers,omitempty"`
	// Desc is HTML made by render/markdown, which drops raw HTML and
	// unsafe URLs; it is the only HTML the script inserts.
	Desc    string     `json:"desc,omitempty"`
	Next    []nextData `json:"next,omitempty"`
	Target  *linkData  `json:"target,omitempty"`
	Outcome string     `json:"outcome,omitempty"`
}

type linkData struct {
	Name string `json:"name"`
	Href string `json:"href,omitempty"`
}

type nextData struct {
	ID     string `json:"id"`
	Label  string `json:"label"`
	Branch string `json:"branch,omitempty"`
	Href   string `json:"href"`
}

// addTaskData puts the details of every task of m into data, by task id.
func (s *site) addTaskData(p page, n names, m *blueprints.Module, data map[string]taskData) error {
	md := markdown.New(markdown.Options{Resolve: s.resolver(p, n), HeadingOffset: 3, IDPrefix: "panel-"})
	for _, sp := range m.Subprocesses {
		for _, t := range tasksOf(sp) {
			d, err := s.taskData(p, n, md, m, sp, t)
			if err != nil {
				return err
			}
			data[t.ID] = d
		}
	}
	return nil
}

func (s *site) taskData(p page, n names, md *markdown.Renderer, m *blueprints.Module, sp *blueprints.Subprocess, t *blueprints.Task) (taskData, error) {
	d := taskData{
		ID: t.ID, Label: t.Label, Kind: kindOf(t), KindLabel: kindLabel(t),
		Sub:   linkData{sp.ID + " " + sp.Title, "#" + subAnchor(sp.ID)},
		Stage: string(t.Stage), StageLabel: t.Stage.Title(),
		Effort: effortText(t.Effort.Text), Value: t.Value.Title(),
	}
	if r := n.role(t.Role.ID); r != nil {
		d.Role = &linkData{r.Name, p.url(entryPath(rolesDir, t.Role.ID))}
	}
	for _, ref := range t.Systems {
		if x := n.system(ref.ID); x != nil {
			d.Systems = append(d.Systems, linkData{x.Name, p.url(entryPath(systemsDir, ref.ID))})
		}
	}
	d.Reads, d.Produces = docLinks(n, t.Reads), docLinks(n, t.Produces)
	for _, tier := range t.Tiers {
		d.Tiers = append(d.Tiers, tier.ID)
	}
	for _, f := range t.Next {
		if next := sp.Task(f.To.ID); next != nil {
			d.Next = append(d.Next, nextData{next.ID, next.Label, f.Label, "#" + taskAnchor(next.ID)})
		}
	}
	d.Target = s.targetLink(p, m, t.Target.ID)
	if e := m.Exit(t.Outcome.ID); e != nil && t.Outcome.ID != "" {
		d.Outcome = e.Label
	}
	if strings.TrimSpace(t.Description.Text) != "" {
		res, err := md.Render(t.Description.Text)
		if err != nil {
			return d, err
		}
		d.Desc = string(res.HTML)
	}
	return d, nil
}

func docLinks(n names, refs []blueprints.Ref) []linkData {
	var out []linkData
	for _, ref := range refs {
		if doc := n.doc(ref.ID); doc != nil {
			out = append(out, linkData{Name: doc.Name})
		}
	}
	return out
}

// targetLink is where a connector leads: a sub-process of the module, or
// another module (linked when it is authored).
func (s *site) targetLink(p page, m *blueprints.Module, id string) *linkData {
	if id == "" {
		return nil
	}
	if sp := m.Subprocess(id); sp != nil {
		return &linkData{sp.ID + " " + sp.Title, "#" + subAnchor(sp.ID)}
	}
	if other := s.set.Module(id); other != nil {
		return &linkData{other.ID + " " + other.Title, p.url(ModulePath(other))}
	}
	name := id
	if t := s.plannedTitle(id); t != "" {
		name += " " + t + " (planned)"
	}
	return &linkData{Name: name}
}
