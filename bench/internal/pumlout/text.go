package pumlout

import "strings"

// wrapAt is dotout's label width, so PlantUML's boxes are about as wide
// as dot's and ours.
const wrapAt = 24

// text makes s safe inside a legacy quoted string: the syntax has no
// escape for a double quote (straight or curly), and a bracket would end
// an edge label, so they become single quotes and parentheses; line
// breaks become spaces.
func text(s string) string {
	return strings.NewReplacer(
		`"`, "'", "\u201c", "'", "\u201d", "'",
		"[", "(", "]", ")",
		"\r", " ", "\n", " ", `\`, "/",
	).Replace(s)
}

// quote quotes a label wrapped at wrapAt with PlantUML's \n line break.
func quote(s string) string {
	return `"` + strings.Join(wrap(text(s), wrapAt), `\n`) + `"`
}

// name quotes a partition name; it is not wrapped, as its text is also
// the partition's identity.
func name(s string) string { return `"` + text(s) + `"` }

// bracket is an edge label in the legacy arrow syntax, or nothing.
func bracket(label string) string {
	if label == "" {
		return ""
	}
	return "[" + text(label) + "]"
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
