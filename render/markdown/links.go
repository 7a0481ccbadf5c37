package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
)

// secureLinks rewrites link and image destinations with rewrite and
// unwraps every link or image whose destination is not safe, keeping its
// text: the site must not carry a script URL, whatever the content says.
// Auto-links with an unsafe scheme become plain text.
func secureLinks(doc ast.Node, source []byte, rewrite func(string) string) {
	var unwrap []ast.Node
	var autos []*ast.AutoLink
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			if !setDestination(&n.Destination, rewrite) {
				unwrap = append(unwrap, n)
			}
		case *ast.Image:
			if !setDestination(&n.Destination, rewrite) {
				unwrap = append(unwrap, n)
			}
		case *ast.AutoLink:
			if n.AutoLinkType == ast.AutoLinkURL && !safeURL(string(n.URL(source))) {
				autos = append(autos, n)
			}
		}
		return ast.WalkContinue, nil
	})
	for _, n := range unwrap {
		unwrapNode(n)
	}
	for _, n := range autos {
		n.Parent().ReplaceChild(n.Parent(), n, ast.NewString(n.Label(source)))
	}
}

// setDestination rewrites *dest and reports whether the result is safe.
func setDestination(dest *[]byte, rewrite func(string) string) bool {
	d := string(*dest)
	if rewrite != nil {
		d = rewrite(d)
	}
	*dest = []byte(d)
	// goldmark resolves entities and escapes when it writes the URL, so
	// judge the URL in that form ("javascript&colon;" is "javascript:").
	return d != "" && safeURL(string(resolveText([]byte(d))))
}

// unwrapNode replaces n by its children.
func unwrapNode(n ast.Node) {
	parent := n.Parent()
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

// safeURL accepts relative URLs (paths, fragments, queries) and the http,
// https and mailto schemes, and refuses every other scheme. The scheme is
// read as a browser reads it, after dropping spaces and control
// characters, so "java\tscript:" is refused too.
func safeURL(u string) bool {
	scheme, ok := urlScheme(u)
	if !ok {
		return true
	}
	switch strings.ToLower(scheme) {
	case "http", "https", "mailto":
		return true
	}
	return false
}

// urlScheme returns the scheme of u, if it has one.
func urlScheme(u string) (string, bool) {
	u = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, u)
	scheme, _, found := strings.Cut(u, ":")
	if !found || strings.ContainsAny(scheme, "/?#") {
		return "", false
	}
	return scheme, true
}

// isRelative reports whether u is a safe URL without a scheme or host, as
// every URL the site makes itself must be.
func isRelative(u string) bool {
	_, hasScheme := urlScheme(u)
	return !hasScheme && !strings.HasPrefix(u, "/") && !strings.HasPrefix(u, "\\")
}
