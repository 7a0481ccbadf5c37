package blueprints

import (
	"slices"
	"strings"
)

// The kinds of catalogue entry that prose can name, as written in a
// reference such as {role:noc-engineer}.
const (
	RefRole   = "role"
	RefSystem = "system"
	RefDoc    = "doc"
	RefKPI    = "kpi"
)

// RefKinds returns the kinds of entry prose can name, in the order error
// messages list them.
func RefKinds() []string { return []string{RefRole, RefSystem, RefDoc, RefKPI} }

// RefToken is a reference to a catalogue entry written in prose as
// {kind:id}. Kind is as written, so the validator can report a misspelt
// kind; Known says whether it is one of RefKinds.
type RefToken struct {
	Kind   string
	ID     string
	Offset int // byte offset of the opening brace in the text
	Len    int // length in bytes, braces included
}

// Known reports whether the token's kind is one of RefKinds.
func (t RefToken) Known() bool { return slices.Contains(RefKinds(), t.Kind) }

// String returns the token as it is written in prose.
func (t RefToken) String() string { return "{" + t.Kind + ":" + t.ID + "}" }

// RefAt parses a reference at the very start of s, as a Markdown inline
// parser needs when it meets a '{'. It reports false when s does not start
// with one. The token's Offset is 0.
//
// A reference is '{', a kind of ASCII letters, ':', an id of ASCII letters,
// digits, '-', '.' and '_' that starts with a letter or digit, and '}'.
// Nothing else in braces is a reference, so ordinary text with braces
// stays text.
func RefAt(s string) (RefToken, bool) {
	if !strings.HasPrefix(s, "{") {
		return RefToken{}, false
	}
	kind := span(s[1:], isKindByte)
	rest := s[1+len(kind):]
	if kind == "" || !strings.HasPrefix(rest, ":") {
		return RefToken{}, false
	}
	id := span(rest[1:], isIDByte)
	if id == "" || !isAlnum(id[0]) || !strings.HasPrefix(rest[1+len(id):], "}") {
		return RefToken{}, false
	}
	return RefToken{Kind: kind, ID: id, Len: len(kind) + len(id) + 3}, true
}

// Refs returns every reference in text, in order of appearance, whatever
// its kind.
func Refs(text string) []RefToken {
	var out []RefToken
	for i := 0; i < len(text); i++ {
		if text[i] != '{' {
			continue
		}
		if t, ok := RefAt(text[i:]); ok {
			t.Offset = i
			out = append(out, t)
			i += t.Len - 1
		}
	}
	return out
}

// MapRefs returns text with every reference replaced by what fn returns
// for it. Where fn reports false, the reference stays as written.
func MapRefs(text string, fn func(RefToken) (string, bool)) string {
	refs := Refs(text)
	if len(refs) == 0 {
		return text
	}
	var b strings.Builder
	last := 0
	for _, t := range refs {
		b.WriteString(text[last:t.Offset])
		if s, ok := fn(t); ok {
			b.WriteString(s)
		} else {
			b.WriteString(t.String())
		}
		last = t.Offset + t.Len
	}
	b.WriteString(text[last:])
	return b.String()
}

// span returns the longest prefix of s whose bytes all satisfy ok.
func span(s string, ok func(byte) bool) string {
	i := 0
	for i < len(s) && ok(s[i]) {
		i++
	}
	return s[:i]
}

func isKindByte(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func isAlnum(c byte) bool { return isKindByte(c) || '0' <= c && c <= '9' }

func isIDByte(c byte) bool { return isAlnum(c) || c == '-' || c == '.' || c == '_' }
