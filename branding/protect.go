package branding

import (
	"strings"
	"unicode"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// protected returns the length of a span at the start of s that the
// vocabulary must not touch, or 0: a {kind:id} reference, a Markdown code
// span, a link target "](...)" or a URL. prev is the rune before s; a URL
// only starts after a non-word rune.
func protected(s string, prev rune) int {
	switch {
	case s[0] == '{':
		if t, ok := blueprints.RefAt(s); ok {
			return t.Len
		}
	case s[0] == '`':
		return codeSpan(s)
	case strings.HasPrefix(s, "]("):
		return linkTarget(s)
	case !isWordRune(prev) && (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")):
		return strings.IndexFunc(s+" ", func(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == ')' })
	}
	return 0
}

// codeSpan is the length of the code span that starts s: a run of
// backticks up to the next run of the same length. An unclosed run is
// text, as in Markdown, and only the run itself is skipped.
func codeSpan(s string) int {
	n := backticks(s)
	for i := n; i < len(s); {
		j := strings.IndexByte(s[i:], '`')
		if j < 0 {
			break
		}
		run := backticks(s[i+j:])
		if run == n {
			return i + j + run
		}
		i += j + run
	}
	return n
}

func backticks(s string) int { return len(s) - len(strings.TrimLeft(s, "`")) }

// linkTarget is the length of "](target)" at the start of s, up to the
// closing parenthesis (nested ones included), or of "](" when unclosed.
func linkTarget(s string) int {
	depth := 0
	for i := 2; i < len(s); i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return i + 1
			}
			depth--
		case '\n':
			return 2
		}
	}
	return 2
}
