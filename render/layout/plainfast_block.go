package layout

import "strings"

// dropBlockMarks removes what starts a heading, a list item or a quote at
// the start of a line, with the blanks before it (blockPattern).
func dropBlockMarks(s string) string {
	if !strings.ContainsAny(s, "#-+>0123456789") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i-1] != '\n' {
			continue
		}
		end := blockMarkAt(s, i)
		if end < 0 {
			continue
		}
		b.WriteString(s[last:i])
		last, i = end, end-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// blockMarkAt matches a block mark at the line start i: the end of the
// match, or -1.
func blockMarkAt(s string, i int) int {
	j := i
	for j < len(s) && isReSpace(s[j]) {
		j++
	}
	if j == len(s) {
		return -1
	}
	switch c := s[j]; {
	case c == '#':
		n := 0
		for j+n < len(s) && s[j+n] == '#' {
			n++
		}
		if n > 6 {
			return -1
		}
		return spacesAfter(s, j+n)
	case c == '-' || c == '+':
		return spacesAfter(s, j+1)
	case c >= '0' && c <= '9':
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j == len(s) || s[j] != '.' && s[j] != ')' {
			return -1
		}
		return spacesAfter(s, j+1)
	case c == '>':
		if j+1 < len(s) && isReSpace(s[j+1]) {
			return j + 2
		}
		return j + 1
	}
	return -1
}

// spacesAfter is the end of one or more blanks at s[j], or -1 when there
// are none.
func spacesAfter(s string, j int) int {
	k := j
	for k < len(s) && isReSpace(s[k]) {
		k++
	}
	if k == j {
		return -1
	}
	return k
}

// dropEmphasis removes the marks of emphasis and code: **, __, * and `,
// and an underscore at the start or end of a word (emphPattern, which
// keeps the blank next to such an underscore).
func dropEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_`") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		n, keep := emphasisAt(s, i)
		if n == 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(keep)
		last, i = i+n, i+n-1
	}
	b.WriteString(s[last:])
	return b.String()
}

// emphasisAt matches emphasis at s[i], trying the pattern's alternatives
// in order: the length of the match (0 for none) and what replaces it.
func emphasisAt(s string, i int) (int, string) {
	c := s[i]
	next := byte(0)
	if i+1 < len(s) {
		next = s[i+1]
	}
	switch {
	case c == '*' && next == '*', c == '_' && next == '_':
		return 2, ""
	case c == '*' || c == '`':
		return 1, ""
	case i == 0 && c == '_':
		return 1, ""
	case isReSpace(c) && next == '_':
		return 2, s[i : i+1]
	case c == '_' && i+1 == len(s):
		return 1, ""
	case c == '_' && isReSpace(next):
		return 2, s[i+1 : i+2]
	}
	return 0, ""
}
