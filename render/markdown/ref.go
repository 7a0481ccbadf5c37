package markdown

import (
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// kindRef is the node kind of a {kind:id} reference. goldmark hands out
// node kinds from a registry, so it is a variable, set once and never changed.
var kindRef = ast.NewNodeKind("BlueprintRef")

// refNode is a {kind:id} reference in running text.
type refNode struct {
	ast.BaseInline
	tok blueprints.RefToken
}

func (n *refNode) Kind() ast.NodeKind { return kindRef }

func (n *refNode) Dump(source []byte, level int) {
	ast.DumpHelper(n, source, level, map[string]string{"Ref": n.tok.String()}, nil)
}

// refParser reads a reference where a '{' starts one; any other brace is
// left to the text.
type refParser struct{}

func (refParser) Trigger() []byte { return []byte{'{'} }

func (refParser) Parse(_ ast.Node, block text.Reader, _ parser.Context) ast.Node {
	line, _ := block.PeekLine()
	tok, ok := blueprints.RefAt(string(line))
	if !ok {
		return nil
	}
	block.Advance(tok.Len)
	return &refNode{tok: tok}
}

// refRenderer prints a reference as its entry's name, linked when the
// entry has a page and the reference is not already inside a link.
type refRenderer struct{ resolve Resolver }

func (r refRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindRef, r.render)
}

func (r refRenderer) render(w util.BufWriter, _ []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*refNode)
	name, href, ok := r.resolve(n.tok.Kind, n.tok.ID)
	if !ok {
		_, _ = w.Write(util.EscapeHTML([]byte(n.tok.String())))
		return ast.WalkContinue, nil
	}
	// A link inside a link is invalid HTML, and a resolver's URL must be
	// relative like every other URL of the site.
	if href == "" || insideLink(n) || !isRelative(href) {
		_, _ = w.WriteString(`<span class="ref ref-` + n.tok.Kind + `">`)
		_, _ = w.Write(util.EscapeHTML([]byte(name)))
		_, _ = w.WriteString(`</span>`)
		return ast.WalkContinue, nil
	}
	_, _ = w.WriteString(`<a class="ref ref-` + n.tok.Kind + `" href="`)
	_, _ = w.Write(util.EscapeHTML(util.URLEscape([]byte(href), false)))
	_, _ = w.WriteString(`">`)
	_, _ = w.Write(util.EscapeHTML([]byte(name)))
	_, _ = w.WriteString(`</a>`)
	return ast.WalkContinue, nil
}

func insideLink(n ast.Node) bool {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindLink || p.Kind() == ast.KindAutoLink {
			return true
		}
	}
	return false
}

// refExtension adds references to a goldmark instance.
type refExtension struct{ resolve Resolver }

func (e refExtension) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithInlineParsers(util.Prioritized(refParser{}, 500)))
	m.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(refRenderer{resolve: e.resolve}, 500)))
}
