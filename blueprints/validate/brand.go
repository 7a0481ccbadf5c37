package validate

import (
	"maps"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Brand checks a brand against the set it will be applied to: it renames
// only roles, systems and documents that exist, to non-empty names, and its
// colours, papers and vocabulary are valid. It returns every problem,
// sorted. Missing files and paths that leave the brand folder are the
// loader's to report.
func Brand(set *blueprints.Set, b *blueprints.Brand) blueprints.Diagnostics {
	if b == nil {
		return nil
	}
	if set == nil {
		set = &blueprints.Set{}
	}
	c := newChecker(set)
	subj := subject("brand", b.ID)
	sc := c.brandScope()
	c.checkRenames(sc, subj, roleKind, b.Roles)
	c.checkRenames(sc, subj, systemKind, b.Systems)
	c.checkRenames(sc, subj, documentKind, b.Documents)
	c.checkColors(subj, b.Colors)
	c.checkPaper(subj, b)
	c.checkVocabulary(subj, b.Vocabulary)
	c.diags.Sort()
	return c.diags
}

// brandScope is every entry a brand may rename: those of each catalogue,
// then each module's own.
func (c *checker) brandScope() *scope {
	var all blueprints.Entries
	add := func(e *blueprints.Entries) {
		all.Roles = append(all.Roles, e.Roles...)
		all.Systems = append(all.Systems, e.Systems...)
		all.Documents = append(all.Documents, e.Documents...)
	}
	for _, cat := range c.set.Catalogues {
		add(&cat.Entries)
	}
	for _, m := range c.set.Modules {
		add(&m.Own)
	}
	return newScope(nil, &all)
}

// checkRenames checks one rename table, in id order so the output does not
// depend on map order.
func (c *checker) checkRenames(sc *scope, subj string, k kind, renames map[string]blueprints.Rename) {
	for _, id := range slices.Sorted(maps.Keys(renames)) {
		r := renames[id]
		if !sc.in[k][id] {
			c.diags.Errorf(r.Pos, "%s: renames %s %q, which is not defined%s", subj, k, id, hint(id, sc.ids[k], ""))
		}
		if strings.TrimSpace(r.Name) == "" {
			c.diags.Errorf(r.Pos, "%s: the new name of %s %q is empty", subj, k, id)
		}
	}
}

// checkColors checks that each colour is a known token set to #rrggbb.
func (c *checker) checkColors(subj string, colors map[string]blueprints.Color) {
	for _, key := range slices.Sorted(maps.Keys(colors)) {
		col := colors[key]
		if !slices.Contains(blueprints.ColorKeys, key) {
			c.diags.Errorf(col.Pos, "%s: unknown colour %q%s", subj, key, hint(key, blueprints.ColorKeys, "colours"))
			continue
		}
		if !isHexColor(col.Hex) {
			c.diags.Errorf(col.Pos, "%s: colour %q is %q, not #rrggbb", subj, key, col.Hex)
		}
	}
}

// isHexColor reports whether s is "#" and six hex digits.
func isHexColor(s string) bool {
	if len(s) != 7 || s[0] != '#' {
		return false
	}
	for i := 1; i < len(s); i++ {
		b := s[i] | 0x20 // lower-case a letter; digits are unchanged
		if !(b >= '0' && b <= '9' || b >= 'a' && b <= 'f') {
			return false
		}
	}
	return true
}

// checkPaper checks the report and diagram papers; empty means the default.
// The model keeps no position for them, so they are reported at the brand.
func (c *checker) checkPaper(subj string, b *blueprints.Brand) {
	if p := b.Paper; p != "" && p != "letter" && p != "a4" {
		c.diags.Errorf(b.Pos, "%s: paper %q is not letter or a4", subj, p)
	}
	switch b.DiagramPaper {
	case "", "tabloid", "legal", "a3":
	default:
		c.diags.Errorf(b.Pos, "%s: diagram paper %q is not tabloid, legal or a3", subj, b.DiagramPaper)
	}
}

// checkVocabulary checks that each word is replaced once, by a non-empty
// word.
func (c *checker) checkVocabulary(subj string, words []blueprints.Word) {
	seen := map[string]bool{}
	for _, w := range words {
		switch {
		case strings.TrimSpace(w.From) == "":
			c.diags.Errorf(w.Pos, "%s: a vocabulary entry has no word to replace", subj)
		case strings.TrimSpace(w.To) == "":
			c.diags.Errorf(w.Pos, "%s: vocabulary word %q has an empty replacement", subj, w.From)
		case seen[w.From]:
			c.diags.Errorf(w.Pos, "%s: vocabulary word %q is replaced twice", subj, w.From)
		}
		seen[w.From] = true
	}
}
