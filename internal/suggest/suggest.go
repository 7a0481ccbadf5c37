// Package suggest finds the closest known name to a misspelt one, for the
// "did you mean" hints of diagnostics.
package suggest

import "strings"

// Closest returns the candidate nearest to name by edit distance, or "" when
// none is close enough to be a likely typo (at most a third of the name's
// length, and at least one edit, away). A candidate that contains name, or
// that name contains, also counts ("noc" -> "noc-engineer"). Ties go to the
// earlier candidate, so callers pass candidates in a stable order.
func Closest(name string, candidates []string) string {
	best, bestDist := "", -1
	limit := max(len(name)/3, 1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		d := distance(strings.ToLower(name), strings.ToLower(c))
		if d > limit && !contains(name, c) {
			continue
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// Hint formats a "did you mean" suffix for name, or "" when nothing is close.
func Hint(name string, candidates []string) string {
	if c := Closest(name, candidates); c != "" {
		return ` (did you mean "` + c + `"?)`
	}
	return ""
}

func contains(a, b string) bool {
	if len(a) < 3 || len(b) < 3 {
		return false
	}
	a, b = strings.ToLower(a), strings.ToLower(b)
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// distance is the edit distance between a and b over bytes, counting a
// swap of two neighbours as one edit ("strat" -> "start"), since that is
// the commonest typo.
func distance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
