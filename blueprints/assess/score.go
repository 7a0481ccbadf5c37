package assess

import "github.com/blueprint-tools/blueprint/blueprints"

// Result is the score of one maturity model.
type Result struct {
	Model *blueprints.MaturityModel
	Areas []AreaResult // in the model's order
	// Level is the overall level: the lowest of the areas' levels (0 when
	// some area has not reached level 1, or the model has no areas).
	Level int
	// Next lists the practices to adopt next, lowest level first: those
	// missing at each lowest-level area's next level, so that adopting
	// them all raises the overall level by one.
	Next []*blueprints.Practice
	// InPlace and Total count the model's practices in place and in all.
	InPlace, Total int
}

// AreaResult is the score of one capability area.
type AreaResult struct {
	Area  *blueprints.CapabilityArea
	Level int // the highest N with every practice of levels 1..N in place
	// Cells holds one cell per level of the model, Cells[0] for level 1.
	Cells []Cell
	// Next lists the practices missing at level Level+1, which the area
	// needs to reach that level; empty when the area is at the top.
	Next []*blueprints.Practice
	// Ahead lists practices in place above the first gap: in place, but
	// not counted until the gap below them closes.
	Ahead []*blueprints.Practice
}

// Cell is one area at one level.
type Cell struct {
	Level     int
	Practices []PracticeState // empty when the area has no POM at this level
	// Done and Total count the cell's practices in place and in all.
	Done, Total int
	// Reached says the area is at this level or above.
	Reached bool
}

// PracticeState is a practice and whether it is in place.
type PracticeState struct {
	Practice *blueprints.Practice
	InPlace  bool
}

// Complete reports whether every practice of the cell is in place (a cell
// without practices is complete).
func (c Cell) Complete() bool { return c.Done == c.Total }

// Score scores model m for the practices inPlace reports as in place.
// A nil inPlace has nothing in place.
func Score(m *blueprints.MaturityModel, inPlace func(id string) bool) Result {
	if inPlace == nil {
		inPlace = func(string) bool { return false }
	}
	r := Result{Model: m}
	for _, a := range m.Areas {
		ar := scoreArea(m, a, inPlace)
		for _, c := range ar.Cells {
			r.InPlace, r.Total = r.InPlace+c.Done, r.Total+c.Total
		}
		r.Areas = append(r.Areas, ar)
	}
	r.Level = overall(r.Areas)
	r.Next = next(r.Areas, r.Level)
	return r
}

// scoreArea fills an area's cells and finds its level: the cells are
// walked upwards and the first incomplete one ends the count.
func scoreArea(m *blueprints.MaturityModel, a *blueprints.CapabilityArea, inPlace func(string) bool) AreaResult {
	ar := AreaResult{Area: a}
	gap := false
	for n := 1; n <= len(m.Levels); n++ {
		c := Cell{Level: n}
		if p := a.POM(n); p != nil {
			for _, pr := range p.Practices {
				ok := inPlace(pr.ID)
				c.Practices = append(c.Practices, PracticeState{Practice: pr, InPlace: ok})
				c.Total++
				if ok {
					c.Done++
				}
				switch {
				case gap && ok:
					ar.Ahead = append(ar.Ahead, pr)
				case !gap && !ok:
					ar.Next = append(ar.Next, pr)
				}
			}
		}
		if !gap && c.Complete() {
			ar.Level, c.Reached = n, true
		}
		gap = gap || !c.Complete()
		ar.Cells = append(ar.Cells, c)
	}
	return ar
}

// overall is the lowest level of the areas.
func overall(areas []AreaResult) int {
	if len(areas) == 0 {
		return 0
	}
	low := areas[0].Level
	for _, a := range areas[1:] {
		low = min(low, a.Level)
	}
	return low
}

// next lists the practices the areas at the overall level miss at the
// level above it.
func next(areas []AreaResult, level int) []*blueprints.Practice {
	var out []*blueprints.Practice
	for _, a := range areas {
		if a.Level == level {
			out = append(out, a.Next...)
		}
	}
	return out
}

// InPlace returns a lookup of the practices an assessment records as in
// place, for Score. A nil assessment has nothing in place.
func InPlace(a *blueprints.Assessment) func(id string) bool {
	in := map[string]bool{}
	if a != nil {
		for _, r := range a.InPlace {
			in[r.ID] = true
		}
	}
	return func(id string) bool { return in[id] }
}
