package load

import (
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// fastParse decodes the plain TOML that content and brand files are
// written in, giving the same values as the TOML library, and builds the
// same position index as buildIndex, in one pass over the text. Decoding
// with the library and then scanning again for positions took most of a
// build's load time.
//
// It handles a strict subset: tables and arrays of tables, one bare or
// quoted key per line, strings (escapes \" \\ \n \t only), decimal
// integers and floats, booleans, arrays and one-line inline tables. On
// anything else, and on anything TOML forbids, ok is false and the caller
// falls back to the library and the scanner, which also word any error;
// a file is never half decoded.
func fastParse(file, src string) (root map[string]any, idx *index, ok bool) {
	if !controlFree(src) {
		return nil, nil, false
	}
	n := strings.Count(src, "\n") + 1
	p := &fparser{src: src, line: 1, file: file, root: map[string]any{},
		arrays: map[string]int{}, tables: map[string]bool{}, idx: &index{
			keys:   make(map[string]blueprints.Pos, n),
			values: make(map[string]blueprints.Pos, n),
			texts:  make(map[string]blueprints.Pos, n/2),
		}}
	p.cur = p.root
	if !p.document() {
		return nil, nil, false
	}
	return p.root, p.idx, true
}

// controlFree says whether src is UTF-8 free of the control characters
// TOML forbids or treats specially (all but tab and newline; carriage
// returns too, which the library handles in ways not worth repeating).
func controlFree(src string) bool {
	for i := 0; i < len(src); i++ {
		if c := src[i]; c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
			return false
		}
	}
	return utf8.ValidString(src)
}

// fparser is the state of one fastParse.
type fparser struct {
	src       string
	i         int
	line      int
	lineStart int // offset of the current line's first byte
	file      string
	idx       *index
	root, cur map[string]any
	prefix    string         // the current table's path, as in the index
	arrays    map[string]int // array-of-tables path -> elements so far
	tables    map[string]bool
}

func (p *fparser) pos() blueprints.Pos {
	return blueprints.Pos{File: p.file, Line: p.line, Col: p.i - p.lineStart + 1}
}

func (p *fparser) peek() byte {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return 0
}

// blanks skips spaces and tabs.
func (p *fparser) blanks() {
	for p.i < len(p.src) && (p.src[p.i] == ' ' || p.src[p.i] == '\t') {
		p.i++
	}
}

// gap skips blanks, comments and newlines.
func (p *fparser) gap() {
	for p.i < len(p.src) {
		switch p.src[p.i] {
		case ' ', '\t':
			p.i++
		case '\n':
			p.newline()
		case '#':
			p.comment()
		default:
			return
		}
	}
}

// newline consumes the newline at p.i.
func (p *fparser) newline() {
	p.i++
	p.line++
	p.lineStart = p.i
}

func (p *fparser) comment() {
	if k := strings.IndexByte(p.src[p.i:], '\n'); k >= 0 {
		p.i += k
	} else {
		p.i = len(p.src)
	}
}

// endOfLine consumes blanks, a comment and the newline ending a line; it
// fails when something else follows.
func (p *fparser) endOfLine() bool {
	p.blanks()
	if p.peek() == '#' {
		p.comment()
	}
	switch {
	case p.i == len(p.src):
		return true
	case p.src[p.i] == '\n':
		p.newline()
		return true
	}
	return false
}

// document reads headers and key/value lines to the end.
func (p *fparser) document() bool {
	for {
		p.gap()
		if p.i == len(p.src) {
			return true
		}
		var ok bool
		if p.src[p.i] == '[' {
			ok = p.header()
		} else {
			ok = p.keyValue(p.cur, p.prefix)
		}
		if !ok || !p.endOfLine() {
			return false
		}
	}
}
