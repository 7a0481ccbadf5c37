package tomlout

import (
	"fmt"
	"strings"
)

// writer accumulates one TOML file. Empty values are skipped, so optional
// keys the model leaves unset do not appear.
type writer struct{ b strings.Builder }

func (w *writer) header(h string) { fmt.Fprintf(&w.b, "\n%s\n", h) }

func (w *writer) str(key, v string) {
	if v != "" {
		fmt.Fprintf(&w.b, "%s = %s\n", key, quote(v))
	}
}

func (w *writer) strs(key string, vs []string) {
	if len(vs) == 0 {
		return
	}
	q := make([]string, len(vs))
	for i, v := range vs {
		q[i] = quote(v)
	}
	fmt.Fprintf(&w.b, "%s = [%s]\n", key, strings.Join(q, ", "))
}

func (w *writer) boolean(key string, v bool) {
	if v {
		fmt.Fprintf(&w.b, "%s = true\n", key)
	}
}

func (w *writer) String() string { return strings.TrimPrefix(w.b.String(), "\n") }

// quote makes a TOML basic string. TOML knows fewer escapes than Go (no
// \x, \a, \v), so strconv.Quote will not do: other control characters
// become \uXXXX.
func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		case '\r':
			b.WriteString(`\r`)
		default:
			if r < 0x20 || r == 0x7f {
				fmt.Fprintf(&b, `\u%04X`, r)
				continue
			}
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
