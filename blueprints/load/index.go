package load

import (
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// index records where each key and value of one TOML file is. Paths name
// array elements by index: "subprocess[2].task[0].systems[1]".
type index struct {
	keys   map[string]blueprints.Pos // key (or table header) positions
	values map[string]blueprints.Pos // value positions
	texts  map[string]blueprints.Pos // first character of a string's content
}

// scanner walks a TOML file that already parsed, recording positions. It
// never fails: on anything unexpected it stops, and lookups fall back to
// coarser positions.
type scanner struct {
	src    string
	i      int
	line   int
	col    int
	file   string
	idx    *index
	arrays map[string]int // array-of-tables path -> elements seen
	prefix string         // the current table's path
}

func buildIndex(file, src string) *index {
	s := &scanner{src: src, line: 1, col: 1, file: file, arrays: map[string]int{}, idx: &index{
		keys:   map[string]blueprints.Pos{},
		values: map[string]blueprints.Pos{},
		texts:  map[string]blueprints.Pos{},
	}}
	s.document()
	return s.idx
}

func (s *scanner) pos() blueprints.Pos {
	return blueprints.Pos{File: s.file, Line: s.line, Col: s.col}
}

func (s *scanner) eof() bool { return s.i >= len(s.src) }

func (s *scanner) peek() byte {
	if s.eof() {
		return 0
	}
	return s.src[s.i]
}

func (s *scanner) next() {
	if s.eof() {
		return
	}
	if s.src[s.i] == '\n' {
		s.line++
		s.col = 1
	} else {
		s.col++
	}
	s.i++
}

func (s *scanner) has(prefix string) bool { return strings.HasPrefix(s.src[s.i:], prefix) }

func (s *scanner) skip(n int) {
	for range n {
		s.next()
	}
}

// space skips blanks, and newlines and comments too when multiline is set.
func (s *scanner) space(multiline bool) {
	for !s.eof() {
		switch c := s.peek(); {
		case c == ' ' || c == '\t' || c == '\r':
			s.next()
		case c == '\n' && multiline:
			s.next()
		case c == '#' && multiline:
			for !s.eof() && s.peek() != '\n' {
				s.next()
			}
		default:
			return
		}
	}
}

func (s *scanner) document() {
	for {
		s.space(true)
		if s.eof() {
			return
		}
		start := s.i
		if s.peek() == '[' {
			s.header()
		} else {
			s.keyValue(s.prefix)
		}
		if s.i == start { // no progress: give up rather than loop
			return
		}
	}
}

// header reads [table] or [[array.of.tables]] and makes it current.
func (s *scanner) header() {
	at := s.pos()
	array := s.has("[[")
	s.skip(1)
	if array {
		s.skip(1)
	}
	s.space(false)
	segs := s.key()
	s.space(false)
	s.skip(1)
	if array {
		s.skip(1)
	}
	if len(segs) == 0 {
		return
	}
	path := s.resolve(segs[:len(segs)-1])
	path = join(path, segs[len(segs)-1])
	if array {
		n := s.arrays[path]
		s.arrays[path] = n + 1
		path += "[" + strconv.Itoa(n) + "]"
	} else if n, ok := s.arrays[path]; ok {
		path += "[" + strconv.Itoa(n-1) + "]"
	}
	s.prefix = path
	s.idx.keys[path] = at
}

// resolve turns header segments into a concrete path, entering the last
// element of every array of tables on the way.
func (s *scanner) resolve(segs []string) string {
	path := ""
	for _, seg := range segs {
		path = join(path, seg)
		if n, ok := s.arrays[path]; ok {
			path += "[" + strconv.Itoa(n-1) + "]"
		}
	}
	return path
}

func (s *scanner) keyValue(prefix string) {
	at := s.pos()
	segs := s.key()
	if len(segs) == 0 {
		return
	}
	path := prefix
	for _, seg := range segs {
		path = join(path, seg)
	}
	s.idx.keys[path] = at
	s.space(false)
	if s.peek() != '=' {
		return
	}
	s.next()
	s.space(false)
	s.value(path)
}

// key reads a possibly dotted, possibly quoted key.
func (s *scanner) key() []string {
	var segs []string
	for {
		s.space(false)
		seg, ok := s.keySegment()
		if !ok {
			return segs
		}
		segs = append(segs, seg)
		s.space(false)
		if s.peek() != '.' {
			return segs
		}
		s.next()
	}
}

func (s *scanner) keySegment() (string, bool) {
	switch c := s.peek(); {
	case c == '"' || c == '\'':
		start := s.i
		s.str(c, false)
		raw := s.src[start:s.i]
		if c == '"' {
			if u, err := strconv.Unquote(raw); err == nil {
				return u, true
			}
		}
		return strings.Trim(raw, string(c)), true
	case isBare(c):
		start := s.i
		for !s.eof() && isBare(s.peek()) {
			s.next()
		}
		return s.src[start:s.i], true
	}
	return "", false
}

func isBare(c byte) bool {
	return c == '_' || c == '-' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

func join(prefix, seg string) string {
	if prefix == "" {
		return seg
	}
	return prefix + "." + seg
}
