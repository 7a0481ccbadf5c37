package report

import (
	"cmp"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// Detail builds the Detail Report of module m: its overview, benefits,
// objectives, entry and exit conditions, sub-processes, and the roles,
// systems, documents and KPIs it uses, each with where it is used. set
// must already be personalized (branding.Apply); brandName is the brand's
// display name for the cover. Sections with nothing to say are left out.
func Detail(set *blueprints.Set, m *blueprints.Module, brandName string) doc.Report {
	mm := newModule(set, m)
	roles, systems, docs, kpis := mm.entries()
	sections := []doc.Section{
		mm.overview(len(roles), len(systems), len(docs), len(kpis)),
		listSection("benefits", "Benefits", "Following this process brings these benefits:", mm.m.Benefits),
		listSection("objectives", "Objectives", "The goals of this process are to:", mm.m.Objectives),
		listSection("entry-conditions", "Entry conditions", "At the onset of this process:", mm.m.Entry),
		mm.exits(),
		mm.subprocessSection(),
		rolesSection(roles),
		systemsSection(systems),
		documentsSection(docs),
		kpiSection(kpis),
		mm.related(),
	}
	return doc.Report{
		Kind:     "detail",
		Title:    "Detail Report",
		Subtitle: strings.TrimSpace(mm.m.ID + " " + mm.m.Title),
		Brand:    brandName,
		Sections: nonEmpty(sections),
	}
}

// nonEmpty drops sections without blocks.
func nonEmpty(sections []doc.Section) []doc.Section {
	var out []doc.Section
	for _, s := range sections {
		if len(s.Blocks) > 0 {
			out = append(out, s)
		}
	}
	return out
}

func (mm *module) overview(roles, systems, docs, kpis int) doc.Section {
	s := doc.Section{ID: "overview", Heading: "Overview"}
	if mm.m.Summary != "" {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: strings.TrimSpace(mm.m.Summary)})
	}
	s.Blocks = append(s.Blocks, mdBlocks(branding.ExpandRefs(mm.m.Description.Text, mm.sc))...)
	steps := 0
	for _, sp := range mm.m.Subprocesses {
		steps += count(sp)
	}
	if len(s.Blocks) > 0 || steps > 0 {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: "This module has " +
			plural(len(mm.m.Subprocesses), "sub-process", "sub-processes") + " with " +
			plural(steps, "task", "tasks") + ", and involves " + plural(roles, "role", "roles") + ", " +
			plural(systems, "system", "systems") + ", " + plural(docs, "document", "documents") +
			" and " + plural(kpis, "KPI", "KPIs") + "."})
	}
	return s
}

// listSection is a section of one introduced list, or an empty section
// when the list is empty.
func listSection(id, heading, intro string, items []string) doc.Section {
	s := doc.Section{ID: id, Heading: heading}
	if items = plainItems(items); len(items) > 0 {
		s.Blocks = []doc.Block{{Paragraph: intro}, {List: items}}
	}
	return s
}

// plainItems copies a list of plain texts (benefits, conditions), leaving
// out empty ones. These are not Markdown in the model, so they are printed
// as written.
func plainItems(items []string) []string {
	out := make([]string, 0, len(items))
	for _, it := range items {
		if it = strings.TrimSpace(it); it != "" {
			out = append(out, it)
		}
	}
	return out
}

// exits gives each exit alternative its label as a sub-heading, so a
// module that can end in more than one way ("succeeded", "backed out")
// shows each way with its own conditions.
func (mm *module) exits() doc.Section {
	s := doc.Section{ID: "exit-conditions", Heading: "Exit conditions"}
	if len(mm.m.Exits) == 0 {
		return s
	}
	intro := "Upon completion of this process:"
	if len(mm.m.Exits) > 1 {
		intro = "The process ends in one of these ways, each with its own conditions:"
	}
	s.Blocks = append(s.Blocks, doc.Block{Paragraph: intro})
	for _, e := range mm.m.Exits {
		if e == nil {
			continue
		}
		label := cmp.Or(strings.TrimSpace(e.Label), e.ID, "Exit")
		s.Blocks = append(s.Blocks, doc.Block{Heading: label})
		if items := plainItems(e.Conditions); len(items) > 0 {
			s.Blocks = append(s.Blocks, doc.Block{List: items})
		}
	}
	return s
}

func (mm *module) subprocessSection() doc.Section {
	s := doc.Section{ID: "sub-processes", Heading: "Sub-processes"}
	if len(mm.m.Subprocesses) == 0 {
		return s
	}
	t := &doc.Table{Header: []string{"ID", "Sub-process", "Description", "Tasks"}, Widths: []float64{0.8, 1.8, 4, 0.6}}
	for _, sp := range mm.m.Subprocesses {
		t.Rows = append(t.Rows, []string{sp.ID, sp.Title, mm.prose(sp.Description), itoa(count(sp))})
	}
	s.Blocks = []doc.Block{{Paragraph: "This process module includes these sub-processes, each drawn as its own process map:"}, {Table: t}}
	return s
}

// related lists the related modules with their titles, from the set when
// the module is authored and from the series life cycle when it is only
// planned.
func (mm *module) related() doc.Section {
	s := doc.Section{ID: "related-modules", Heading: "Related modules"}
	var items []string
	for _, r := range mm.m.Related {
		items = append(items, strings.TrimSpace(r.ID+" "+mm.moduleTitle(r.ID)))
	}
	if len(items) > 0 {
		s.Blocks = []doc.Block{{Paragraph: "This module works together with:"}, {List: items}}
	}
	return s
}

func (mm *module) moduleTitle(id string) string {
	if other := mm.set.Module(id); other != nil {
		return other.Title
	}
	for _, sr := range mm.set.Series {
		for _, ph := range sr.Phases {
			for _, pm := range ph.Modules {
				if pm != nil && pm.Module.ID == id {
					return pm.Title + " (planned)"
				}
			}
		}
	}
	return ""
}
