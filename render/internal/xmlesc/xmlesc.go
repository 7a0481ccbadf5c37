// Package xmlesc escapes text for the XML the renderers write (SVG, Visio
// parts, draw.io files), in one place, since every piece of content text
// passes through it. It imports only the standard library.
package xmlesc

import (
	"strconv"
	"unicode/utf8"
)

// Append appends s to b as XML character data, or as an attribute value
// when attr is set. Both quotes are escaped in either, so no content can
// ever read as markup, even where it is copied into an attribute.
// Carriage returns, and in attributes newlines and tabs, become character
// references, since parsers would normalise the literal ones. Characters
// XML cannot hold at all (NUL, most C0 controls, invalid UTF-8) become
// U+FFFD, so any content yields a file that parses.
func Append(b []byte, s string, attr bool) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '&':
			b = append(b, "&amp;"...)
		case r == '<':
			b = append(b, "&lt;"...)
		case r == '>':
			b = append(b, "&gt;"...)
		case r == '"':
			b = append(b, "&quot;"...)
		case r == '\'':
			b = append(b, "&#39;"...)
		case r == '\r' || (attr && (r == '\n' || r == '\t')):
			b = append(b, "&#"...)
			b = strconv.AppendInt(b, int64(r), 10)
			b = append(b, ';')
		case (r == utf8.RuneError && size == 1) || !Char(r):
			b = utf8.AppendRune(b, utf8.RuneError)
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return b
}

// Char reports whether XML 1.0 allows r in a document.
func Char(r rune) bool {
	return r == '\t' || r == '\n' || r == '\r' ||
		(r >= 0x20 && r <= 0xD7FF) || (r >= 0xE000 && r <= 0xFFFD) || (r >= 0x10000 && r <= 0x10FFFF)
}
