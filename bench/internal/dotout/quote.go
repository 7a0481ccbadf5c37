package dotout

import "strings"

// quote makes a DOT double-quoted string. Only the quote needs escaping
// in DOT, but a backslash starts label escapes (\n, \l, \N), so it is
// doubled too; line breaks become spaces.
func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", " ", "\r", " ")
	return `"` + r.Replace(s) + `"`
}

// quoteLabel quotes a label wrapped into lines of about wrapAt characters,
// joined by DOT's centred line break \n.
func quoteLabel(s string) string {
	lines := wrap(s, wrapAt)
	for i, l := range lines {
		lines[i] = strings.TrimSuffix(strings.TrimPrefix(quote(l), `"`), `"`)
	}
	return `"` + strings.Join(lines, `\n`) + `"`
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		switch {
		case line == "":
			line = w
		case len([]rune(line))+1+len([]rune(w)) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" || len(lines) == 0 {
		lines = append(lines, line)
	}
	return lines
}
