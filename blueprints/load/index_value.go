package load

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// value records the position of the value at path and skips over it,
// descending into arrays and inline tables.
func (s *scanner) value(path string) {
	s.idx.values[path] = s.pos()
	switch c := s.peek(); c {
	case '"', '\'':
		multi := s.has(`"""`) || s.has("'''")
		s.idx.texts[path] = s.textStart(multi)
		s.str(c, multi)
	case '[':
		s.array(path)
	case '{':
		s.inlineTable(path)
	default:
		for !s.eof() {
			switch s.peek() {
			case ',', ']', '}', '#', '\n', '\r':
				return
			}
			s.next()
		}
	}
}

// textStart is where a string's content begins: after the opening quotes,
// and for a multi-line string after the newline that directly follows them
// (TOML trims it).
func (s *scanner) textStart(multi bool) blueprints.Pos {
	p := s.pos()
	if !multi {
		p.Col++
		return p
	}
	p.Col += 3
	rest := s.src[s.i+3:]
	if len(rest) > 0 && rest[0] == '\n' || len(rest) > 1 && rest[0] == '\r' && rest[1] == '\n' {
		p.Line++
		p.Col = 1
	}
	return p
}

// str skips a string starting at the current quote.
func (s *scanner) str(quote byte, multi bool) {
	delim := string(quote)
	if multi {
		delim = delim + delim + delim
	}
	s.skip(len(delim))
	for !s.eof() {
		if quote == '"' && s.peek() == '\\' {
			s.skip(2)
			continue
		}
		if !multi && s.peek() == '\n' {
			return
		}
		if s.has(delim) {
			s.skip(len(delim))
			// A multi-line string may end with up to two more quotes
			// that belong to its content.
			for n := 0; multi && n < 2 && s.peek() == quote; n++ {
				s.next()
			}
			return
		}
		s.next()
	}
}

func (s *scanner) array(path string) {
	s.next() // [
	for k := 0; ; k++ {
		s.space(true)
		if s.eof() || s.peek() == ']' {
			s.next()
			return
		}
		start := s.i
		s.value(path + "[" + strconv.Itoa(k) + "]")
		s.space(true)
		if s.peek() == ',' {
			s.next()
		} else if s.i == start {
			return
		}
	}
}

func (s *scanner) inlineTable(path string) {
	s.next() // {
	for {
		s.space(true)
		if s.eof() || s.peek() == '}' {
			s.next()
			return
		}
		start := s.i
		s.keyValue(path)
		s.space(true)
		if s.peek() == ',' {
			s.next()
		} else if s.i == start {
			return
		}
	}
}
