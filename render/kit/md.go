package kit

import "strings"

// md escapes content text for Markdown: what a viewer would read as
// markup (emphasis, code, links, HTML, table cells) gets a backslash, and
// line breaks become spaces, so a label prints as written.
func md(s string) string {
	r := strings.NewReplacer(
		`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
		"<", `\<`, ">", `\>`, "|", `\|`, "#", `\#`, "\n", " ", "\r", " ",
	)
	return r.Replace(strings.TrimSpace(s))
}

// mdTable writes a Markdown table with a header row; cells are escaped.
func mdTable(b *strings.Builder, header []string, rows [][]string) {
	row := func(cells []string, escape bool) {
		b.WriteString("|")
		for _, c := range cells {
			if escape {
				c = md(c)
			}
			b.WriteString(" " + c + " |")
		}
		b.WriteString("\n")
	}
	row(header, true)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	row(sep, false)
	for _, r := range rows {
		row(r, true)
	}
	b.WriteString("\n")
}
