package blueprints

// Assessment is a provider's self-assessment against the maturity models
// of a set: which practices it has in place. It lives with a brand
// (assessment.toml in the brand's folder), since it describes that
// provider. Scoring it is package blueprints/assess's job.
type Assessment struct {
	Brand    string // the brand's id, the folder's name
	Date     string // when it was made, as written (e.g. "2026-10-15")
	Assessor string // who made it
	Notes    string
	// InPlace lists the ids of the practices the provider has in place,
	// in any of the set's models.
	InPlace []Ref
	File    string
	Pos     Pos
}

// Has reports whether the assessment records practice id as in place. A
// nil assessment has nothing in place.
func (a *Assessment) Has(id string) bool {
	if a == nil {
		return false
	}
	for _, r := range a.InPlace {
		if r.ID == id {
			return true
		}
	}
	return false
}
