package layout

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// tooltipText is plainText done by hand: the same references, links,
// block marks and emphasis go, in the same order and with the same
// leftmost-first matching as plainText's patterns, but without the
// regular expression engine, whose backtracking cost more than routing
// a map's edges. Each step returns its input untouched when the
// characters its pattern needs are absent. plainfast_test.go checks the
// two agree.
func tooltipText(md string, sc *blueprints.Scope) string {
	s := replaceRefs(md, sc)
	s = replaceLinks(s)
	s = dropBlockMarks(s)
	s = dropEmphasis(s)
	return strings.Join(strings.Fields(s), " ")
}

// isReSpace is the \s class of Go's regular expressions.
func isReSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// replaceRefs replaces {role:id}, {system:id}, {doc:id} and {kpi:id}
// with the entry's name (refPattern).
func replaceRefs(s string, sc *blueprints.Scope) string {
	if strings.IndexByte(s, '{') < 0 {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		kind, id, end := refAt(s, i)
		if end < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(entryName(sc, kind, id))
		last, i = end, end-1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// refAt matches a reference at s[i] == '{': its kind, its id and the end
// of the match, or end -1.
func refAt(s string, i int) (kind, id string, end int) {
	rest := s[i+1:]
	for _, k := range [...]string{"role", "system", "doc", "kpi"} {
		if strings.HasPrefix(rest, k+":") {
			kind = k
			break
		}
	}
	if kind == "" {
		return "", "", -1
	}
	start := i + 1 + len(kind) + 1
	j := start
	for j < len(s) && s[j] != '{' && s[j] != '}' && !isReSpace(s[j]) {
		j++
	}
	if j == start || j == len(s) || s[j] != '}' {
		return "", "", -1
	}
	return kind, s[start:j], j + 1
}

// replaceLinks replaces [text](target) and ![text](target) with the text
// (linkPattern).
func replaceLinks(s string) string {
	if !strings.Contains(s, "](") {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); i++ {
		j := i
		if s[i] == '!' {
			j = i + 1
		}
		text, end := linkAt(s, j)
		if end < 0 {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(text)
		last, i = end, end-1
	}
	b.WriteString(s[last:])
	return b.String()
}

// linkAt matches [text](target) at s[j]: the text and the end of the
// match, or end -1.
func linkAt(s string, j int) (string, int) {
	if j >= len(s) || s[j] != '[' {
		return "", -1
	}
	k := strings.IndexByte(s[j+1:], ']')
	if k < 0 {
		return "", -1
	}
	closing := j + 1 + k
	if closing+1 >= len(s) || s[closing+1] != '(' {
		return "", -1
	}
	m := strings.IndexByte(s[closing+2:], ')')
	if m < 0 {
		return "", -1
	}
	return s[j+1 : closing], closing + 2 + m + 1
}
