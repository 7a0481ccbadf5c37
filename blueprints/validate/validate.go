package validate

import (
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/suggest"
)

// Set checks a loaded content set and returns every problem it finds,
// sorted by position. Warnings (unused catalogue entries, modules in no
// phase) are included; Diagnostics.Errors counts only the errors.
func Set(set *blueprints.Set) blueprints.Diagnostics {
	if set == nil {
		return nil
	}
	c := newChecker(set)
	c.checkIDs()
	c.checkSeries()
	c.checkCatalogues()
	for _, m := range set.Modules {
		c.checkModule(m)
	}
	c.checkGuides()
	c.checkMaturityAndCurricula()
	c.warnUnused()
	c.diags.Sort()
	return c.diags
}

// checker collects the diagnostics of one Set call. It lives only for that
// call, so the package keeps no state between calls.
type checker struct {
	set   *blueprints.Set
	diags blueprints.Diagnostics
	// used records the catalogue entries some module refers to, for the
	// unused-entry warnings.
	used map[usage]bool
	// unsure is set when some module's catalogue is unknown; unused-entry
	// warnings are then left out.
	unsure bool
	// modules lists the authored modules' ids in set order, and planned
	// the ids phases list as planned: the "did you mean" candidates for
	// module references, worked out once.
	modules, planned []string
}

func newChecker(set *blueprints.Set) *checker {
	c := &checker{set: set, used: map[usage]bool{}}
	c.modules = c.moduleIDs()
	c.planned = c.plannedIDs()
	return c
}

// usage names one catalogue entry.
type usage struct {
	cat  *blueprints.Catalogue
	kind kind
	id   string
}

// subject formats the subject of a message: a noun and a quoted id.
func subject(noun, id string) string {
	return fmt.Sprintf("%s %q", noun, id)
}

// hint is the "did you mean" suffix, or when nothing is close, a list of
// the valid values under the given name (so the fix is always in sight).
func hint(id string, candidates []string, listName string) string {
	if h := suggest.Hint(id, candidates); h != "" {
		return h
	}
	if len(candidates) == 0 || listName == "" {
		return ""
	}
	return " (" + listName + ": " + strings.Join(candidates, ", ") + ")"
}

// quoteList formats ids as "a", "b", "c".
func quoteList(ids []string) string {
	q := make([]string, len(ids))
	for i, id := range ids {
		q[i] = fmt.Sprintf("%q", id)
	}
	return strings.Join(q, ", ")
}

// appendNew appends id to list unless it is empty or already there; it keeps
// candidate lists in first-seen order without repeats.
func appendNew(list []string, id string) []string {
	if id == "" || slices.Contains(list, id) {
		return list
	}
	return append(list, id)
}
