package branding

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// matchCase gives the replacement to the capitals of the matched text.
// A lower-case match takes to as the brand wrote it, so a brand's proper
// name ("IT Glue") keeps its capitals. A match with a capital first letter
// gives to a capital first letter ("Ticket opened" -> "Service request
// opened"), and a match in Title Case, that is capitalised words that are
// several or have a capitalised neighbour, gives to in Title Case ("Ticket
// Volume" -> "Service Request Volume").
func matchCase(before, matched, after, to string) string {
	switch {
	case !startsUpper(matched):
		return to
	case titleCase(before, matched, after):
		return toTitle(to)
	}
	return upperFirst(to)
}

// titleCase reports whether matched is written in Title Case.
func titleCase(before, matched, after string) bool {
	words := strings.Fields(matched)
	for _, w := range words {
		if !startsUpper(w) {
			return false
		}
	}
	return len(words) > 1 || startsUpper(lastWord(before)) || startsUpper(strings.TrimLeft(after, " \t"))
}

// lastWord is the word that ends s, apart from spaces and dashes, or ""
// when s ends in other punctuation: a word before a full stop does not make
// a title, one before " - " does ("Client Satisfaction - Activation").
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t-\u2013\u2014")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	return s[i+1:]
}

// smallWords stay lower case inside a Title Case replacement.
const smallWords = " a an and as at by for in of on or the to via with "

func toTitle(s string) string {
	words := strings.Split(s, " ")
	for i, w := range words {
		if i == 0 || !strings.Contains(smallWords, " "+w+" ") {
			words[i] = upperFirst(w)
		}
	}
	return strings.Join(words, " ")
}

func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if size == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
