package report

import (
	"strings"

	"github.com/blueprint-tools/blueprint/render/doc"
)

// The reports reduce Markdown to plain paragraphs and lists on purpose:
// a report is read on paper as much as on screen, and doc.Report carries
// plain text only. Full Markdown is render/markdown's job, for the site.

// mdBlocks reduces Markdown to blocks: paragraphs split on blank lines,
// "- ", "* " and "+ " lines as list items (indented lines continue an
// item), "#" lines as sub-headings, and inline markup stripped to its text.
func mdBlocks(md string) []doc.Block {
	var out []doc.Block
	var para []string
	var list []string
	flush := func() {
		if len(para) > 0 {
			out = append(out, doc.Block{Paragraph: mdInline(strings.Join(para, " "))})
			para = nil
		}
		if len(list) > 0 {
			out = append(out, doc.Block{List: list})
			list = nil
		}
	}
	for _, line := range strings.Split(strings.ReplaceAll(md, "\r\n", "\n"), "\n") {
		text := strings.TrimSpace(line)
		switch item, isItem := listItem(line); {
		case text == "":
			flush()
		case isItem:
			if len(para) > 0 {
				flush()
			}
			list = append(list, mdInline(item))
		case heading(text) != "":
			flush()
			out = append(out, doc.Block{Heading: mdInline(heading(text))})
		case len(list) > 0:
			// Indented or lazy continuation of the last item.
			list[len(list)-1] += " " + mdInline(text)
		default:
			para = append(para, text)
		}
	}
	flush()
	return out
}

// mdText reduces Markdown to one line of text, for a table cell: blocks
// are joined with spaces and list items with semicolons.
func mdText(md string) string {
	var parts []string
	for _, b := range mdBlocks(md) {
		switch {
		case b.Heading != "":
			parts = append(parts, b.Heading+":")
		case b.Paragraph != "":
			parts = append(parts, b.Paragraph)
		case len(b.List) > 0:
			parts = append(parts, strings.Join(b.List, "; "))
		}
	}
	return strings.Join(parts, " ")
}

// listItem returns the text of a bullet list item. Markdown allows up to
// three spaces before the marker; more is indented code or continuation.
func listItem(line string) (string, bool) {
	trimmed := strings.TrimLeft(line, " ")
	if len(line)-len(trimmed) > 3 {
		return "", false
	}
	for _, marker := range []string{"- ", "* ", "+ "} {
		if rest, ok := strings.CutPrefix(trimmed, marker); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// heading returns the text of an ATX heading ("## Steps"), or "".
func heading(text string) string {
	level := len(text) - len(strings.TrimLeft(text, "#"))
	if level == 0 || level > 6 || !strings.HasPrefix(text[level:], " ") {
		return ""
	}
	return strings.TrimSpace(strings.TrimRight(text[level:], "# "))
}

// mdInline strips inline markup: emphasis, code spans, links and images
// (keeping their text) and backslash escapes.
func mdInline(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case s[i] == '\\' && i+1 < len(s) && isPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
		case strings.HasPrefix(s[i:], "**"), strings.HasPrefix(s[i:], "__"):
			i += 2
		case s[i] == '`', emphasis(s, i):
			i++
		case s[i] == '[' || strings.HasPrefix(s[i:], "!["):
			text, n := link(s[i:])
			if n == 0 {
				b.WriteByte(s[i])
				i++
				continue
			}
			b.WriteString(mdInline(text))
			i += n
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// link parses "[text](url)", "[text][ref]" or "![alt](url)" at the start
// of s and returns its text and length, or a length of 0 when s does not
// start with one.
func link(s string) (string, int) {
	start := strings.IndexByte(s, '[') + 1
	end := strings.IndexByte(s[start:], ']')
	if end < 0 {
		return "", 0
	}
	text, rest := s[start:start+end], s[start+end+1:]
	if rest == "" || rest[0] != '(' && rest[0] != '[' {
		return "", 0
	}
	stop := closing(rest)
	if stop < 0 {
		return "", 0
	}
	return text, start + end + 1 + stop + 1
}

// closing returns the index of the bracket that closes the one s starts
// with, counting nested pairs, as URLs such as wiki links hold them; or -1.
func closing(s string) int {
	open, shut := s[0], map[byte]byte{'(': ')', '[': ']'}[s[0]]
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case open:
			depth++
		case shut:
			if depth--; depth == 0 {
				return i
			}
		}
	}
	return -1
}

// emphasis reports whether the "*" or "_" at s[i] marks emphasis rather
// than standing for itself: a star with a space on both sides is
// multiplication, an underscore inside a word (snake_case) is part of it.
func emphasis(s string, i int) bool {
	c := s[i]
	if c != '*' && c != '_' {
		return false
	}
	before := i > 0 && !isSpace(s[i-1])
	after := i+1 < len(s) && !isSpace(s[i+1])
	if c == '_' {
		return isWordByte(s, i-1) != isWordByte(s, i+1)
	}
	return before || after
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' }

// isWordByte reports whether s[i] exists and is a letter or digit (any
// byte of a multi-byte letter counts).
func isWordByte(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	c := s[i]
	return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func isPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}
