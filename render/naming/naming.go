// Package naming is how output files are named, in one place: the build
// writes files under these names and the site and the kit link to them, so
// they must agree. It imports only the model.
package naming

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// FileID keeps an id as written (case included: "MSP-11b") where it is
// safe in a file name, replacing anything else with a hyphen. An empty id
// becomes "-", so a path never has an empty segment.
func FileID(id string) string {
	b := []byte(id)
	for i, c := range b {
		ok := c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' && i > 0
		if !ok {
			b[i] = '-'
		}
	}
	if len(b) == 0 {
		return "-"
	}
	return string(b)
}

// Slug makes a name safe and readable as a file name: ASCII letters and
// digits, dots kept between digits, everything else folded into single
// hyphens. Ids in the content are already of this form; titles are not.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for i, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case r == '.' && i > 0 && b.Len() > 0 && !dash:
			b.WriteRune(r)
		default:
			if b.Len() > 0 && !dash {
				b.WriteByte('-')
				dash = true
			}
		}
	}
	return strings.Trim(b.String(), "-.")
}

// ModuleStem is the folder and the start of the name of a module's
// documents, "MSP-11b/MSP-11b-service-deactivation": its id as written and
// its title, so a file sent on its own still says what it is. The title is
// the personalized one, as printed inside the file.
func ModuleStem(m *blueprints.Module) string {
	id := FileID(m.ID)
	if t := Slug(m.Title); t != "" {
		return id + "/" + id + "-" + t
	}
	return id + "/" + id
}
