package load

import (
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// value reads the value at path, records where it (and a string's text)
// starts, and leaves p.i just after it.
func (p *fparser) value(path string) (any, bool) {
	p.idx.values[path] = p.pos()
	switch c := p.peek(); {
	case c == '"' || c == '\'':
		at := p.pos()
		if p.peekAt(1) == c && p.peekAt(2) == c {
			return p.multiline(path, at, c)
		}
		at.Col++
		p.idx.texts[path] = at
		return p.str(c)
	case c == '[':
		return p.array(path)
	case c == '{':
		return p.inlineTable(path)
	case c == 't' || c == 'f':
		return p.boolean()
	case c == '-' || c >= '0' && c <= '9':
		return p.number()
	}
	return nil, false
}

// str reads a one-line string; a basic one may escape quotes,
// backslashes, newlines and tabs.
func (p *fparser) str(quote byte) (any, bool) {
	p.i++
	start := p.i
	var b []byte // the text so far, once an escape made it differ
	for p.i < len(p.src) {
		switch c := p.src[p.i]; {
		case c == quote:
			p.i++
			if b == nil {
				return p.src[start : p.i-1], true
			}
			return string(b), true
		case c == '\n':
			return nil, false
		case c == '\\' && quote == '"':
			e, ok := unescape(p.peekAt(1))
			if !ok {
				return nil, false
			}
			if b == nil {
				b = append(make([]byte, 0, 2*(p.i-start)+8), p.src[start:p.i]...)
			}
			b = append(b, e)
			p.i += 2
		default:
			if b != nil {
				b = append(b, c)
			}
			p.i++
		}
	}
	return nil, false
}

func (p *fparser) peekAt(k int) byte {
	if p.i+k < len(p.src) {
		return p.src[p.i+k]
	}
	return 0
}

// unescape is the byte an escape stands for, of the few fastParse reads.
func unescape(c byte) (byte, bool) {
	switch c {
	case '"', '\\':
		return c, true
	case 'n':
		return '\n', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// multiline reads a multi-line string without escapes. The newline right
// after the opening quotes is not part of it.
func (p *fparser) multiline(path string, at blueprints.Pos, quote byte) (any, bool) {
	delim := p.src[p.i : p.i+3]
	p.i += 3
	at.Col += 3
	if p.peek() == '\n' {
		p.newline()
		at.Line, at.Col = at.Line+1, 1
	}
	p.idx.texts[path] = at
	start := p.i
	k := strings.Index(p.src[start:], delim)
	if k < 0 {
		return nil, false
	}
	text, end := p.src[start:start+k], start+k+3
	if quote == '"' && strings.IndexByte(text, '\\') >= 0 || end < len(p.src) && p.src[end] == quote {
		return nil, false // escapes, or quotes ending the text: the library's
	}
	if n := strings.Count(text, "\n"); n > 0 {
		p.line += n
		p.lineStart = start + strings.LastIndexByte(text, '\n') + 1
	}
	p.i = end
	return text, true
}

// array reads [value, ...], which may span lines and hold comments.
func (p *fparser) array(path string) (any, bool) {
	p.i++
	list := []any{}
	for {
		p.gap()
		if p.peek() == ']' {
			p.i++
			return list, true
		}
		v, ok := p.value(path + "[" + strconv.Itoa(len(list)) + "]")
		if !ok {
			return nil, false
		}
		list = append(list, v)
		p.gap()
		switch p.peek() {
		case ',':
			p.i++
		case ']':
		default:
			return nil, false
		}
	}
}

// inlineTable reads { key = value, ... } on one line, without a trailing
// comma.
func (p *fparser) inlineTable(path string) (any, bool) {
	p.i++
	t := map[string]any{}
	p.blanks()
	if p.peek() == '}' {
		p.i++
		return t, true
	}
	for {
		p.blanks()
		if !p.keyValue(t, path) {
			return nil, false
		}
		p.blanks()
		switch p.peek() {
		case ',':
			p.i++
		case '}':
			p.i++
			return t, true
		default:
			return nil, false
		}
	}
}

func (p *fparser) boolean() (any, bool) {
	for _, w := range [...]string{"true", "false"} {
		if strings.HasPrefix(p.src[p.i:], w) && p.delimited(p.i+len(w)) {
			p.i += len(w)
			return w == "true", true
		}
	}
	return nil, false
}

// number reads a decimal integer or float without sign + , exponent or
// underscores: -0, 0, 42, 4.5, -0.25.
func (p *fparser) number() (any, bool) {
	start := p.i
	if p.peek() == '-' {
		p.i++
	}
	if n := p.digits(); n == 0 || n > 1 && p.src[p.i-n] == '0' {
		return nil, false // no digits, or a leading zero
	}
	float := p.peek() == '.'
	if float {
		p.i++
		if p.digits() == 0 {
			return nil, false
		}
	}
	if !p.delimited(p.i) {
		return nil, false
	}
	text := p.src[start:p.i]
	if float {
		v, err := strconv.ParseFloat(text, 64)
		return v, err == nil
	}
	v, err := strconv.ParseInt(text, 10, 64)
	return v, err == nil
}

// digits reads decimal digits and says how many.
func (p *fparser) digits() int {
	start := p.i
	for p.i < len(p.src) && p.src[p.i] >= '0' && p.src[p.i] <= '9' {
		p.i++
	}
	return p.i - start
}

// delimited says whether a scalar may end before offset i.
func (p *fparser) delimited(i int) bool {
	if i == len(p.src) {
		return true
	}
	switch p.src[i] {
	case ' ', '\t', '\n', ',', ']', '}', '#':
		return true
	}
	return false
}
