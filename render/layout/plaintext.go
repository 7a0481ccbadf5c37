package layout

import (
	"regexp"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Patterns are compiled once; they are never written after.
var (
	refPattern   = regexp.MustCompile(`\{(role|system|doc|kpi):([^{}\s]+)\}`)
	linkPattern  = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	emphPattern  = regexp.MustCompile("\\*\\*|__|[*`]|(^|\\s)_|_(\\s|$)")
	blockPattern = regexp.MustCompile(`(?m)^\s*(#{1,6}\s+|[-+]\s+|\d+[.)]\s+|>\s?)`)
)

// plainText turns a description (Markdown with {role:id} references) into
// one line of plain text for a tooltip: references become the entries'
// names, links their text, and markup goes.
func plainText(md string, sc *blueprints.Scope) string {
	s := refPattern.ReplaceAllStringFunc(md, func(m string) string {
		parts := refPattern.FindStringSubmatch(m)
		return entryName(sc, parts[1], parts[2])
	})
	s = linkPattern.ReplaceAllString(s, "$1")
	s = blockPattern.ReplaceAllString(s, "")
	s = emphPattern.ReplaceAllString(s, "$1$2")
	return strings.Join(strings.Fields(s), " ")
}

// entryName is the name of a catalogue entry, or its id when the scope
// does not know it.
func entryName(sc *blueprints.Scope, kind, id string) string {
	if sc == nil {
		return id
	}
	name := ""
	switch kind {
	case "role":
		if r := sc.Role(id); r != nil {
			name = r.Name
		}
	case "system":
		if x := sc.System(id); x != nil {
			name = x.Name
		}
	case "doc":
		if x := sc.Document(id); x != nil {
			name = x.Name
		}
	case "kpi":
		if x := sc.KPI(id); x != nil {
			name = x.Name
		}
	}
	if name == "" {
		return id
	}
	return name
}
