package validate

import "github.com/blueprint-tools/blueprint/blueprints"

// advance moves p over text[:offset]: a newline starts the next line at
// column 1, any other byte moves one column (columns count bytes, as the
// loader's do). An unknown position stays unknown.
func advance(p blueprints.Pos, text string, offset int) blueprints.Pos {
	if p.Line == 0 {
		return p
	}
	for i := range offset {
		switch {
		case text[i] == '\n':
			p.Line, p.Col = p.Line+1, 1
		case p.Col > 0:
			p.Col++
		}
	}
	return p
}
