package markdown

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

// headings shifts every heading by the offset, gives it an id made from
// its text and returns them in order. Ids are unique within doc.
func (r *Renderer) headings(doc ast.Node, source []byte) []Heading {
	var out []Heading
	used := map[string]int{}
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		h.Level = min(max(h.Level+r.opt.HeadingOffset, 1), 6)
		txt := plainText(h, source, r.opt.Resolve)
		id := r.opt.IDPrefix + uniqueSlug(Slug(txt), used)
		h.SetAttributeString("id", []byte(id))
		out = append(out, Heading{Level: h.Level, ID: id, Text: txt})
		return ast.WalkSkipChildren, nil
	})
	return out
}

// uniqueSlug returns s, or s-2, s-3 ... when s was returned before.
func uniqueSlug(s string, used map[string]int) string {
	used[s]++
	if n := used[s]; n > 1 {
		return uniqueSlug(s+"-"+strconv.Itoa(n), used)
	}
	return s
}

// Slug makes an anchor id of a heading: lower-case letters and digits of
// any script, everything else folded into single hyphens. A text without
// letters or digits gives "section".
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			dash = false
		} else if b.Len() > 0 && !dash {
			b.WriteByte('-')
			dash = true
		}
	}
	if out := strings.TrimSuffix(b.String(), "-"); out != "" {
		return out
	}
	return "section"
}
