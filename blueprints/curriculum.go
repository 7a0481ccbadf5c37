package blueprints

// Curriculum is a training programme, such as managing external IT
// services: units (the seed's "Module 1", "Module 2" ...) that each teach
// a few topics. Topics name the blueprint modules, KPIs and maturity
// practices they concern, so the site and the syllabus can link them.
type Curriculum struct {
	ID string
	// Series is the series whose catalogue and life cycle the topics' KPI
	// and module references resolve against.
	Series      Ref
	Title       string
	Summary     string
	Description Prose
	Units       []*Unit
	File        string
	Pos         Pos
}

// Unit is one module of a curriculum. It is called a unit here so it is
// not mistaken for a blueprint module; pages print it as "Module N".
type Unit struct {
	ID      string
	Title   string
	Summary string
	Topics  []*Topic
	Pos     Pos
}

// Topic is one thing a unit teaches, with the work it concerns.
type Topic struct {
	ID        string
	Text      string
	Modules   []Ref // blueprint modules, authored or planned
	KPIs      []Ref
	Practices []Ref // maturity practices
	Pos       Pos
}

// Topics lists every topic of the curriculum, unit by unit.
func (c *Curriculum) Topics() []*Topic {
	var out []*Topic
	for _, u := range c.Units {
		out = append(out, u.Topics...)
	}
	return out
}

// Curriculum returns the curriculum with the given id, or nil.
func (s *Set) Curriculum(id string) *Curriculum {
	for _, c := range s.Curricula {
		if c.ID == id {
			return c
		}
	}
	return nil
}
