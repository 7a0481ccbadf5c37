// Package assess scores a provider's self-assessment against a maturity
// model: the level each capability area has reached, the provider's
// overall level, and the practices to adopt next.
//
// The rule: an area is at level N when every practice of its levels 1 to N
// is in place. A practice in place above a missing one does not count
// (it is "ahead" of a gap), so adopting practices out of order shows as a
// gap to close, not as a higher level. The provider as a whole is at the
// lowest level of its areas.
//
// The package is pure functions from the model (package blueprints) to
// values; it reads no files and imports no other package of the project.
// The site's assessment form applies the same rule in the browser.
package assess
