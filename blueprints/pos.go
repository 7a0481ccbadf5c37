package blueprints

import "fmt"

// Pos is a position in a content file. Line and Col count from 1; a zero
// Line means the position is unknown (for example a value made in code).
type Pos struct {
	File string
	Line int
	Col  int
}

// String formats p as file:line:col, leaving out what is unknown.
func (p Pos) String() string {
	switch {
	case p.File == "":
		return ""
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

// Before reports whether p sorts before q: by file, then line, then column.
func (p Pos) Before(q Pos) bool {
	if p.File != q.File {
		return p.File < q.File
	}
	if p.Line != q.Line {
		return p.Line < q.Line
	}
	return p.Col < q.Col
}

// Ref is a reference by id to another value (a role, a system, a task ...),
// with the position where the reference was written.
type Ref struct {
	ID  string
	Pos Pos
}

// Prose is Markdown text from the content. Pos is where the text itself
// starts, so a problem inside it (an unknown {role:id}) can be located.
// Prose may name catalogue entries as {role:id}, {system:id}, {doc:id} or
// {kpi:id}; renderers print the entry's (personalized) name there.
type Prose struct {
	Text string
	Pos  Pos
}
