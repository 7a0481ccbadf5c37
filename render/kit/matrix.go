package kit

import (
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/assess"
	"github.com/blueprint-tools/blueprint/render/doc"
)

// Matrix is the self-assessment of one maturity model as a report: the
// overall level, the matrix of capability areas by levels, the practices
// to adopt next, those in place but not yet counted, and every practice
// area by area with whether it is in place. r is the model's score, a the
// assessment it was made from (nil when none is recorded) and brand the
// provider's display name. Render it with render/pdf's Report, landscape.
func Matrix(set *blueprints.Set, r assess.Result, a *blueprints.Assessment, brand string) doc.Report {
	l := newLinkNames(set, r.Model.Series.ID)
	return doc.Report{
		Kind:     "maturity",
		Title:    "Maturity Self-Assessment",
		Subtitle: r.Model.Title,
		Brand:    brand,
		Sections: []doc.Section{
			matrixSummary(r, a),
			matrixTable(r),
			matrixNext(l, r),
			matrixAhead(r),
			matrixPractices(r),
		},
	}
}

// levelName is "2 Basic", or "0 (not yet Initial)" below the first level.
func levelName(m *blueprints.MaturityModel, n int) string {
	if lv := m.Level(n); lv != nil {
		return strconv.Itoa(n) + " " + lv.Name
	}
	if first := m.Level(1); n == 0 && first != nil {
		return "0 (not yet " + first.Name + ")"
	}
	return strconv.Itoa(n)
}

func matrixSummary(r assess.Result, a *blueprints.Assessment) doc.Section {
	s := doc.Section{ID: "summary", Heading: "Summary"}
	facts := []string{"Overall level: " + levelName(r.Model, r.Level) + ".",
		strconv.Itoa(r.InPlace) + " of " + strconv.Itoa(r.Total) + " practices in place."}
	switch {
	case a == nil:
		facts = append(facts, "No self-assessment is recorded: every practice is shown as not in place.")
	case a.Date != "" || a.Assessor != "":
		facts = append(facts, strings.TrimSpace("Assessed "+a.Date+" by "+a.Assessor)+".")
	}
	s.Blocks = append(s.Blocks, doc.Block{List: facts})
	if a != nil && a.Notes != "" {
		s.Blocks = append(s.Blocks, doc.Block{Paragraph: a.Notes})
	}
	s.Blocks = append(s.Blocks, doc.Block{Paragraph: "A capability area is at level N when every practice of levels 1 to N is in place. " +
		"A practice in place above a missing one is not counted until the gap is closed. The overall level is the lowest level of the areas."})
	return s
}

// matrixTable is the areas-by-levels table. A cell reads "Reached 2/2",
// "1/2" or "–" (no practices at that level), with "not counted" where
// practices are in place above a gap.
func matrixTable(r assess.Result) doc.Section {
	t := &doc.Table{Header: []string{"Capability area"}, Widths: []float64{2.2}}
	for _, lv := range r.Model.Levels {
		t.Header = append(t.Header, strconv.Itoa(lv.Number)+" "+lv.Name)
		t.Widths = append(t.Widths, 1.2)
	}
	t.Header, t.Widths = append(t.Header, "Level"), append(t.Widths, 0.8)
	for _, ar := range r.Areas {
		row := []string{ar.Area.Title}
		for _, c := range ar.Cells {
			row = append(row, cellText(c, ar.Level))
		}
		t.Rows = append(t.Rows, append(row, strconv.Itoa(ar.Level)))
	}
	return doc.Section{ID: "matrix", Heading: "Capability areas by level", Blocks: []doc.Block{{Table: t}}}
}

func cellText(c assess.Cell, level int) string {
	count := strconv.Itoa(c.Done) + "/" + strconv.Itoa(c.Total)
	switch {
	case c.Total == 0:
		return "–"
	case c.Reached:
		return "Reached " + count
	case c.Level > level+1 && c.Done > 0:
		return count + ", not counted"
	}
	return count
}

func matrixNext(l linkNames, r assess.Result) doc.Section {
	s := doc.Section{ID: "next", Heading: "Next practices to adopt"}
	if len(r.Next) == 0 {
		s.Blocks = []doc.Block{{Paragraph: "Every practice of the model is in place."}}
		return s
	}
	s.Blocks = []doc.Block{{Paragraph: "Adopting these practices raises the overall level to " + levelName(r.Model, r.Level+1) + "."}}
	t := &doc.Table{Header: []string{"Practice", "Area", "Level", "What to put in place", "Blueprints"}, Widths: []float64{0.9, 1.4, 0.5, 3.4, 1.8}}
	for _, p := range r.Next {
		t.Rows = append(t.Rows, []string{p.ID, areaTitle(r.Model, p.Area), strconv.Itoa(p.Level), p.Text, l.list(p.Modules, l.module)})
	}
	s.Blocks = append(s.Blocks, doc.Block{Table: t})
	return s
}

func matrixAhead(r assess.Result) doc.Section {
	s := doc.Section{ID: "not-counted", Heading: "In place, not yet counted"}
	var items []string
	for _, ar := range r.Areas {
		for _, p := range ar.Ahead {
			items = append(items, p.ID+" ("+ar.Area.Title+", level "+strconv.Itoa(p.Level)+"): "+p.Text)
		}
	}
	if len(items) == 0 {
		s.Blocks = []doc.Block{{Paragraph: "None: no practice is in place above a gap."}}
		return s
	}
	s.Blocks = []doc.Block{{Paragraph: "These practices are in place, but a practice below them in the same area is not; they count once it is."}, {List: items}}
	return s
}

// matrixPractices lists every practice, area by area, as a record of the
// assessment.
func matrixPractices(r assess.Result) doc.Section {
	s := doc.Section{ID: "practices", Heading: "All practices"}
	for _, ar := range r.Areas {
		t := &doc.Table{Header: []string{"Level", "Practice", "What it is", "In place"}, Widths: []float64{0.5, 0.9, 5, 0.7}}
		for _, c := range ar.Cells {
			for _, ps := range c.Practices {
				t.Rows = append(t.Rows, []string{strconv.Itoa(c.Level), ps.Practice.ID, ps.Practice.Text, yesNo(ps.InPlace)})
			}
		}
		s.Blocks = append(s.Blocks, doc.Block{Heading: ar.Area.Title + " (level " + strconv.Itoa(ar.Level) + ")"}, doc.Block{Table: t})
	}
	return s
}

func areaTitle(m *blueprints.MaturityModel, id string) string {
	if a := m.Area(id); a != nil {
		return a.Title
	}
	return id
}

func yesNo(b bool) string {
	if b {
		return "Yes"
	}
	return "No"
}
