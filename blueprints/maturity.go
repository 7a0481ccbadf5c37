package blueprints

// MaturityModel is a capability maturity model, such as Customer-Facing
// Service Operation: levels from Initial to Optimized, and capability areas
// (point of contact, service restoration ...) that run through the levels.
// At each level an area has one block of practices, the outcomes they bring
// and the metrics that show them (a POM).
type MaturityModel struct {
	ID string
	// Series is the series whose catalogue and life cycle the practices'
	// KPI and module references resolve against.
	Series      Ref
	Title       string
	Summary     string
	Description Prose
	Levels      []*MaturityLevel // in order: Levels[0] is level 1
	Areas       []*CapabilityArea
	// KPIs are measures the model names that the series' catalogue does
	// not hold (such as mean time to restore service).
	KPIs []*KPI
	File string
	Pos  Pos
}

// MaturityLevel is one level of a model ("1 Initial"). Number counts from
// 1 and equals the level's place in MaturityModel.Levels.
type MaturityLevel struct {
	Number  int
	Name    string
	Summary string
	Pos     Pos
}

// CapabilityArea is one strand of a model that every level develops, such
// as "Service restoration".
type CapabilityArea struct {
	ID      string
	Title   string
	Summary string
	POMs    []*POM // in level order, at most one per level
	Pos     Pos
}

// POM is what one capability area does at one level: its practices, the
// outcomes they bring and the metrics that show them (the seed's
// "practices, outcomes, metrics").
type POM struct {
	Level     int
	LevelPos  Pos
	Practices []*Practice
	Outcomes  []string
	Metrics   []*Metric
	Pos       Pos
}

// Practice is one thing a provider does, which a self-assessment records
// as in place or not. Its id is unique across every model of a set.
type Practice struct {
	ID   string
	Text string
	// Area and Level place the practice in its model; the loader copies
	// them from the enclosing area and POM.
	Area  string
	Level int
	// Modules are the blueprint modules that carry out the practice
	// (authored or planned); KPIs the measures of the same work.
	Modules []Ref
	KPIs    []Ref
	Pos     Pos
}

// Metric is one measure of a POM's outcomes, with the KPI that defines it
// when there is one.
type Metric struct {
	Text string
	KPI  Ref // empty ID: no KPI defines it
	Pos  Pos
}

// Area returns the capability area with the given id, or nil.
func (m *MaturityModel) Area(id string) *CapabilityArea {
	for _, a := range m.Areas {
		if a.ID == id {
			return a
		}
	}
	return nil
}

// Level returns level n (counting from 1), or nil.
func (m *MaturityModel) Level(n int) *MaturityLevel {
	if n < 1 || n > len(m.Levels) {
		return nil
	}
	return m.Levels[n-1]
}

// Practices lists every practice of the model, area by area, level by
// level, in the order they are written.
func (m *MaturityModel) Practices() []*Practice {
	var out []*Practice
	for _, a := range m.Areas {
		for _, p := range a.POMs {
			out = append(out, p.Practices...)
		}
	}
	return out
}

// Practice returns the practice with the given id, or nil.
func (m *MaturityModel) Practice(id string) *Practice {
	for _, p := range m.Practices() {
		if p.ID == id {
			return p
		}
	}
	return nil
}

// POM returns the area's block at level n, or nil when the area has none
// there.
func (a *CapabilityArea) POM(n int) *POM {
	for _, p := range a.POMs {
		if p.Level == n {
			return p
		}
	}
	return nil
}

// MaturityModel returns the maturity model with the given id, or nil.
func (s *Set) MaturityModel(id string) *MaturityModel {
	for _, m := range s.Maturity {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// Practice returns the practice with the given id in any maturity model
// of the set, with its model, or nils.
func (s *Set) Practice(id string) (*Practice, *MaturityModel) {
	for _, m := range s.Maturity {
		if p := m.Practice(id); p != nil {
			return p, m
		}
	}
	return nil, nil
}
