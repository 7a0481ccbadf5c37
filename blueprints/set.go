package blueprints

// Set is everything loaded from one content folder: the series, their
// catalogues, the modules and the guides.
type Set struct {
	Series     []*Series
	Catalogues []*Catalogue
	Modules    []*Module
	Guides     []*Guide
	Maturity   []*MaturityModel
	Curricula  []*Curriculum
}

// Guide is a Markdown page shipped with the content (for example "How to
// read a service blueprint"). Its title is the first level-1 heading.
type Guide struct {
	ID    string // file name without extension, e.g. "how-to-read"
	Title string
	Body  Prose
}

// Module returns the module with the given id, or nil.
func (s *Set) Module(id string) *Module {
	for _, m := range s.Modules {
		if m.ID == id {
			return m
		}
	}
	return nil
}

// SeriesByID returns the series with the given id, or nil.
func (s *Set) SeriesByID(id string) *Series {
	for _, sr := range s.Series {
		if sr.ID == id {
			return sr
		}
	}
	return nil
}

// Catalogue returns the catalogue of the given series, or nil.
func (s *Set) Catalogue(series string) *Catalogue {
	for _, c := range s.Catalogues {
		if c.Series.ID == series {
			return c
		}
	}
	return nil
}
