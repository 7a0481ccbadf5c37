package branding

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// vocabulary is a brand's word list made ready for matching: each word in
// its singular and plural form, longest source first, so that "service
// desk manager" wins over "service desk" at the same place.
type vocabulary []form

// form is one source phrase and what replaces it.
type form struct {
	from, to string
}

// newVocabulary orders the words longest first, ties by source text, so the
// result never depends on the order the brand file lists them in.
func newVocabulary(words []blueprints.Word) vocabulary {
	var v vocabulary
	for _, w := range words {
		from := strings.Join(strings.Fields(w.From), " ")
		if from == "" {
			continue
		}
		v = append(v, form{plural(from), plural(w.To)}, form{from, w.To})
	}
	slices.SortStableFunc(v, func(a, b form) int {
		return cmp.Or(cmp.Compare(len(b.from), len(a.from)), strings.Compare(a.from, b.from))
	})
	return v
}

// replace applies the vocabulary to text in one left-to-right pass, so a
// replacement is never itself replaced again. It matches whole words,
// ignoring case; the replacement follows the capitals of what it replaces
// (see matchCase). References, code spans, link targets and URLs are copied
// unchanged: they hold ids, not words.
func (v vocabulary) replace(text string) string {
	if len(v) == 0 || text == "" {
		return text
	}
	var b strings.Builder
	last, i, prev := 0, 0, ' '
	for i < len(text) {
		if n := protected(text[i:], prev); n > 0 {
			prev, _ = utf8.DecodeLastRuneInString(text[i : i+n])
			i += n
			continue
		}
		if !isWordRune(prev) {
			if n, to, ok := v.match(text[:i], text[i:]); ok {
				b.WriteString(text[last:i])
				b.WriteString(to)
				prev, _ = utf8.DecodeLastRuneInString(text[i : i+n])
				i += n
				last = i
				continue
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		prev = r
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// match tries every form at the start of s, which follows before in the
// text, and returns the length of the matched text and its replacement.
func (v vocabulary) match(before, s string) (int, string, bool) {
	first, _ := utf8.DecodeRuneInString(s)
	if !isWordRune(first) {
		return 0, "", false
	}
	for _, f := range v {
		if n, ok := matchPhrase(s, f.from); ok {
			return n, matchCase(before, s[:n], s[n:], f.to), true
		}
	}
	return 0, "", false
}

// matchPhrase reports how many bytes of s the phrase covers when s starts
// with it as whole words. Case is ignored, and a space in the phrase stands
// for any run of white space, because Markdown prose wraps lines.
func matchPhrase(s, phrase string) (int, bool) {
	i := 0
	for _, p := range phrase {
		if i >= len(s) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case p == ' ' && unicode.IsSpace(r):
			i += size + spaces(s[i+size:])
		case p != ' ' && foldEqual(p, r):
			i += size
		default:
			return 0, false
		}
	}
	next, _ := utf8.DecodeRuneInString(s[i:])
	if i < len(s) && isWordRune(next) {
		return 0, false
	}
	return i, true
}

// spaces is the length of the run of white space that starts s.
func spaces(s string) int {
	return len(s) - len(strings.TrimLeftFunc(s, unicode.IsSpace))
}

func foldEqual(a, b rune) bool {
	return a == b || unicode.ToLower(a) == unicode.ToLower(b)
}

// plural makes the English plural of a word or phrase by its last word:
// "ticket" -> "tickets", "inbox" -> "inboxes", "query" -> "queries".
func plural(s string) string {
	lower := strings.ToLower(s)
	switch {
	case s == "":
		return s
	case hasAnySuffix(lower, "s", "x", "z", "ch", "sh"):
		return s + "es"
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		return s[:len(s)-1] + "ies"
	}
	return s + "s"
}

func hasAnySuffix(s string, suffixes ...string) bool {
	return slices.ContainsFunc(suffixes, func(x string) bool { return strings.HasSuffix(s, x) })
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
