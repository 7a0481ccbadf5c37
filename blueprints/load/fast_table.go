package load

import "strconv"

// header reads [table] or [[array.of.tables]] and makes it current.
func (p *fparser) header() bool {
	at := p.pos()
	array := p.i+1 < len(p.src) && p.src[p.i+1] == '['
	p.i++
	if array {
		p.i++
	}
	segs, ok := p.key()
	if !ok {
		return false
	}
	for range 1 + btoi(array) {
		if p.peek() != ']' {
			return false
		}
		p.i++
	}
	t, path, ok := p.walk(segs[:len(segs)-1])
	if !ok {
		return false
	}
	last := segs[len(segs)-1]
	path = join(path, last)
	if array {
		t, path, ok = p.addElement(t, path, last)
	} else {
		t, ok = p.newTable(t, path, last)
	}
	if !ok {
		return false
	}
	p.cur, p.prefix = t, path
	p.idx.keys[path] = at
	return true
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// walk enters the tables a header names before its last key, creating
// those missing and entering the last element of arrays of tables, as the
// index names them.
func (p *fparser) walk(segs []string) (map[string]any, string, bool) {
	t, path := p.root, ""
	for _, seg := range segs {
		path = join(path, seg)
		switch v := t[seg].(type) {
		case nil:
			if _, taken := t[seg]; taken {
				return nil, "", false
			}
			sub := map[string]any{}
			t[seg], p.tables[path] = sub, true
			t = sub
		case map[string]any:
			if !p.tables[path] {
				return nil, "", false // an inline table is closed
			}
			t = v
		case []map[string]any:
			path += "[" + strconv.Itoa(p.arrays[path]-1) + "]"
			t = v[len(v)-1]
		default:
			return nil, "", false
		}
	}
	return t, path, true
}

// newTable defines [path]; a table defined before, even implicitly, is
// left to the library to judge.
func (p *fparser) newTable(parent map[string]any, path, key string) (map[string]any, bool) {
	if _, taken := parent[key]; taken {
		return nil, false
	}
	t := map[string]any{}
	parent[key], p.tables[path] = t, true
	return t, true
}

// addElement appends a table to the array of tables [[path]].
func (p *fparser) addElement(parent map[string]any, path, key string) (map[string]any, string, bool) {
	list, isList := parent[key].([]map[string]any)
	if _, taken := parent[key]; taken && !isList {
		return nil, "", false
	}
	t := map[string]any{}
	parent[key] = append(list, t)
	n := p.arrays[path]
	p.arrays[path] = n + 1
	path += "[" + strconv.Itoa(n) + "]"
	p.tables[path] = true
	return t, path, true
}

// keyValue reads key = value into table t, whose path is prefix.
func (p *fparser) keyValue(t map[string]any, prefix string) bool {
	at := p.pos()
	segs, ok := p.key()
	if !ok || len(segs) != 1 || p.peek() != '=' {
		return false
	}
	if _, taken := t[segs[0]]; taken {
		return false
	}
	path := join(prefix, segs[0])
	p.idx.keys[path] = at
	p.i++
	p.blanks()
	v, ok := p.value(path)
	if ok {
		t[segs[0]] = v
	}
	return ok
}

// key reads a possibly dotted key and the blanks after it.
func (p *fparser) key() ([]string, bool) {
	var segs []string
	for {
		p.blanks()
		seg, ok := p.keySegment()
		if !ok {
			return nil, false
		}
		segs = append(segs, seg)
		p.blanks()
		if p.peek() != '.' {
			return segs, true
		}
		p.i++
	}
}

// keySegment reads a bare key, or a quoted one without escapes.
func (p *fparser) keySegment() (string, bool) {
	start := p.i
	switch c := p.peek(); {
	case c == '"' || c == '\'':
		end := p.i + 1
		for end < len(p.src) && p.src[end] != c && p.src[end] != '\\' && p.src[end] != '\n' {
			end++
		}
		if end == len(p.src) || p.src[end] != c {
			return "", false
		}
		p.i = end + 1
		return p.src[start+1 : end], true
	case isBare(c):
		for p.i < len(p.src) && isBare(p.src[p.i]) {
			p.i++
		}
		return p.src[start:p.i], true
	}
	return "", false
}
