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

// distance is the Levenshtein edit distance between a and b, over bytes.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
