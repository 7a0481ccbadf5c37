package site_test

import (
	"fmt"
	"html"
	"strings"
)

// tag is one start tag of an HTML page, as a browser would read it.
type tag struct {
	name  string
	attrs map[string]string // values unescaped
}

// scanTags reads every tag of an HTML document. It is small because the
// site's HTML is regular: attribute values are always double-quoted. It
// fails on a '<' that starts neither a tag, a comment nor a doctype,
// which in the site's output would mean text that was not escaped.
// Script and style contents are skipped; the caller checks them.
func scanTags(doc string) ([]tag, error) {
	var out []tag
	for i := 0; i < len(doc); {
		lt := strings.IndexByte(doc[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := doc[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest, "-->")
			if end < 0 {
				return nil, fmt.Errorf("unclosed comment at %d", i)
			}
			i += end + 3
			continue
		case strings.HasPrefix(rest, "<!DOCTYPE"), strings.HasPrefix(rest, "</"):
			i += strings.IndexByte(rest, '>') + 1
			continue
		}
		t, n, err := readTag(rest)
		if err != nil {
			return nil, fmt.Errorf("at %d: %w: %.60q", i, err, rest)
		}
		out = append(out, t)
		i += n
		if t.name == "script" || t.name == "style" {
			end := strings.Index(doc[i:], "</"+t.name+">")
			if end < 0 {
				return nil, fmt.Errorf("unclosed %s at %d", t.name, i)
			}
			i += end
		}
	}
	return out, nil
}

// readTag reads one start tag at the start of s and returns it with its
// length.
func readTag(s string) (tag, int, error) {
	i := 1
	name := span(s[i:], func(c byte) bool { return isAlnum(c) || c == '-' || c == ':' })
	if name == "" {
		return tag{}, 0, fmt.Errorf("'<' that starts no tag")
	}
	t := tag{name: strings.ToLower(name), attrs: map[string]string{}}
	i += len(name)
	for {
		i += len(span(s[i:], isSpace))
		if i >= len(s) {
			return tag{}, 0, fmt.Errorf("unclosed tag")
		}
		if s[i] == '>' {
			return t, i + 1, nil
		}
		if strings.HasPrefix(s[i:], "/>") {
			return t, i + 2, nil
		}
		key := span(s[i:], func(c byte) bool { return !isSpace(c) && c != '=' && c != '>' && c != '/' })
		if key == "" {
			return tag{}, 0, fmt.Errorf("bad attribute")
		}
		i += len(key)
		val := ""
		if strings.HasPrefix(s[i:], `="`) {
			end := strings.IndexByte(s[i+2:], '"')
			if end < 0 {
				return tag{}, 0, fmt.Errorf("unclosed attribute %s", key)
			}
			val = html.UnescapeString(s[i+2 : i+2+end])
			i += end + 3
		} else if strings.HasPrefix(s[i:], "=") {
			return tag{}, 0, fmt.Errorf("unquoted attribute %s", key)
		}
		t.attrs[strings.ToLower(key)] = val
	}
}

func span(s string, ok func(byte) bool) string {
	i := 0
	for i < len(s) && ok(s[i]) {
		i++
	}
	return s[:i]
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// elementText returns the text inside the first element with the given
// id, for script elements holding JSON.
func elementText(doc, id string) (string, bool) {
	at := strings.Index(doc, `id="`+id+`">`)
	if at < 0 {
		return "", false
	}
	start := at + len(`id="`+id+`">`)
	end := strings.Index(doc[start:], "</")
	if end < 0 {
		return "", false
	}
	return doc[start : start+end], true
}
