package main

import (
	"bytes"
	"embed"
	"encoding/xml"
	"fmt"
	"io/fs"
	"strings"
	"text/template"
	"unicode/utf8"
)

// skeleton holds the templates new fills in: module.toml.tmpl, and a brand
// folder whose files ending in .tmpl are templates and the rest are copied
// as they are. An embed.FS is read-only, so this is not mutable state.
//
//go:embed skeleton
var skeleton embed.FS

// skeletonFile fills in the skeleton file name (relative to skeleton/)
// with data. Every value a template prints goes through toml or xml, so
// no title can break out of the string it is written in.
func skeletonFile(name string, data any) ([]byte, error) {
	src, err := fs.ReadFile(skeleton, "skeleton/"+name)
	if err != nil {
		return nil, fmt.Errorf("skeleton %s: %w", name, err)
	}
	if !strings.HasSuffix(name, ".tmpl") {
		return src, nil
	}
	funcs := template.FuncMap{"toml": tomlString, "xml": xmlText}
	t, err := template.New(name).Funcs(funcs).Option("missingkey=error").Parse(string(src))
	if err != nil {
		return nil, fmt.Errorf("skeleton %s: %w", name, err)
	}
	var out bytes.Buffer
	if err := t.Execute(&out, data); err != nil {
		return nil, fmt.Errorf("skeleton %s: %w", name, err)
	}
	return out.Bytes(), nil
}

// tomlString writes s as a TOML basic string: quotes and backslashes
// escaped, control characters as \uXXXX, invalid UTF-8 replaced.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range strings.ToValidUTF8(s, string(utf8.RuneError)) {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < ' ' || r == 0x7f:
			fmt.Fprintf(&b, `\u%04X`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// xmlText escapes s for XML text and attribute values; encoding/xml
// also replaces the characters XML cannot hold.
func xmlText(s string) string {
	var b strings.Builder
	_ = xml.EscapeText(&b, []byte(s)) // a strings.Builder does not fail
	return b.String()
}
