package load

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/suggest"
)

// file is one TOML file being converted: its display name, its position
// index and the list its problems go to.
type file struct {
	name  string
	idx   *index
	diags *blueprints.Diagnostics
}

// table is one TOML table being converted into a model value. Each accessor
// marks its key as known, reports a wrong type at the value, and returns the
// zero value then; done reports the keys nobody asked for.
type table struct {
	f       *file
	path    string
	m       map[string]any
	subject string // who the messages are about: `task "11b.03.04"`
	known   []string
}

func (f *file) root(m map[string]any, subject string) *table {
	return &table{f: f, m: m, subject: subject}
}

func (t *table) child(key string, m map[string]any, subject string) *table {
	return &table{f: t.f, path: join(t.path, key), m: m, subject: subject}
}

// pos is where the table starts: its header, or the file's start.
func (t *table) pos() blueprints.Pos {
	if p, ok := t.f.idx.keys[t.path]; ok {
		return p
	}
	if p, ok := t.f.idx.values[t.path]; ok {
		return p
	}
	return blueprints.Pos{File: t.f.name, Line: 1, Col: 1}
}

func (t *table) keyPos(key string) blueprints.Pos {
	if p, ok := t.f.idx.keys[join(t.path, key)]; ok {
		return p
	}
	return t.pos()
}

func (t *table) valuePos(path string) blueprints.Pos {
	if p, ok := t.f.idx.values[path]; ok {
		return p
	}
	return t.pos()
}

func (t *table) errorf(pos blueprints.Pos, format string, args ...any) {
	t.f.diags.Errorf(pos, "%s: %s", t.subject, fmt.Sprintf(format, args...))
}

// get marks key as known and returns its raw value.
func (t *table) get(key string) (any, bool) {
	if !slices.Contains(t.known, key) {
		t.known = append(t.known, key)
	}
	v, ok := t.m[key]
	return v, ok
}

// str returns a string value and its position; absent gives "".
func (t *table) str(key string) (string, blueprints.Pos) {
	v, ok := t.get(key)
	path := join(t.path, key)
	if !ok {
		return "", t.pos()
	}
	s, isStr := v.(string)
	if !isStr {
		t.errorf(t.valuePos(path), "%q must be a string, not %s", key, typeName(v))
	}
	return s, t.valuePos(path)
}

// required is str for a key that must be present and non-empty.
func (t *table) required(key string) (string, blueprints.Pos) {
	s, pos := t.str(key)
	if _, ok := t.m[key]; !ok {
		t.errorf(t.pos(), "missing key %q", key)
	} else if s == "" {
		if _, isStr := t.m[key].(string); isStr {
			t.errorf(pos, "%q must not be empty", key)
		}
	}
	return s, pos
}

// prose returns a Markdown string with where its text begins.
func (t *table) prose(key string) blueprints.Prose {
	s, pos := t.str(key)
	if p, ok := t.f.idx.texts[join(t.path, key)]; ok {
		pos = p
	}
	return blueprints.Prose{Text: s, Pos: pos}
}

func (t *table) boolean(key string) bool {
	v, ok := t.get(key)
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		t.errorf(t.valuePos(join(t.path, key)), "%q must be true or false, not %s", key, typeName(v))
	}
	return b
}

// strs returns a list of strings; a single string is not accepted, so that
// a forgotten bracket is caught.
func (t *table) strs(key string) []blueprints.Ref {
	v, ok := t.get(key)
	if !ok {
		return nil
	}
	path := join(t.path, key)
	list, isList := v.([]any)
	if !isList {
		t.errorf(t.valuePos(path), "%q must be a list of strings, not %s", key, typeName(v))
		return nil
	}
	out := make([]blueprints.Ref, 0, len(list))
	for i, e := range list {
		epath := path + "[" + strconv.Itoa(i) + "]"
		s, isStr := e.(string)
		if !isStr {
			t.errorf(t.valuePos(epath), "%q must hold strings only, not %s", key, typeName(e))
			continue
		}
		out = append(out, blueprints.Ref{ID: s, Pos: t.valuePos(epath)})
	}
	return out
}

// texts is strs without positions, for plain lists of sentences.
func (t *table) texts(key string) []string {
	var out []string
	for _, r := range t.strs(key) {
		out = append(out, r.ID)
	}
	return out
}

// tables returns the elements of an array of tables (or of a list of
// inline tables), each named by subject(i) until it knows its id.
func (t *table) tables(key string, subject string) []*table {
	v, ok := t.get(key)
	if !ok {
		return nil
	}
	path := join(t.path, key)
	var elems []any
	switch list := v.(type) {
	case []map[string]any:
		for _, m := range list {
			elems = append(elems, m)
		}
	case []any:
		elems = list
	default:
		t.errorf(t.valuePos(path), "%q must be a list of tables ([[%s]]), not %s", key, path, typeName(v))
		return nil
	}
	var out []*table
	for i, e := range elems {
		key := key + "[" + strconv.Itoa(i) + "]"
		m, isMap := e.(map[string]any)
		if !isMap {
			t.errorf(t.valuePos(join(t.path, key)), "%q must hold tables only, not %s", key, typeName(e))
			continue
		}
		out = append(out, t.child(key, m, subject))
	}
	return out
}

// sub returns a single table ([colors]); absent gives an empty table.
func (t *table) sub(key string) *table {
	v, ok := t.get(key)
	m, isMap := v.(map[string]any)
	if ok && !isMap {
		t.errorf(t.valuePos(join(t.path, key)), "%q must be a table ([%s]), not %s", key, join(t.path, key), typeName(v))
	}
	if m == nil {
		m = map[string]any{}
	}
	return t.child(key, m, t.subject)
}

// keys returns the table's keys in sorted order, marking them all known.
func (t *table) keys() []string {
	ks := make([]string, 0, len(t.m))
	for k := range t.m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		t.get(k)
	}
	return ks
}

// done reports every key that no accessor asked for.
func (t *table) done() {
	var unknown []string
	for k := range t.m {
		if !slices.Contains(t.known, k) {
			unknown = append(unknown, k)
		}
	}
	sort.Strings(unknown)
	for _, k := range unknown {
		t.errorf(t.keyPos(k), "unknown key %q%s", k, suggest.Hint(k, t.known))
	}
}

// typeName names a decoded TOML value's type as TOML does.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a date-time"
	case []any, []map[string]any:
		return "a list"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("%T", v)
}
