package markdown

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// plainText collects the words of n as a reader sees them: text with its
// escapes and entities resolved, references as names, one space between
// blocks and for each line break.
func plainText(n ast.Node, source []byte, resolve Resolver) string {
	var b strings.Builder
	_ = ast.Walk(n, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			if n.Type() == ast.TypeBlock {
				b.WriteByte(' ')
			}
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(resolveText(n.Value(source)))
			if n.SoftLineBreak() || n.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(resolveText(n.Value))
		case *ast.AutoLink:
			b.Write(n.Label(source))
		case *ast.CodeBlock, *ast.FencedCodeBlock:
			writeLines(&b, n.Lines(), source)
		case *refNode:
			b.WriteString(refText(n, resolve))
		}
		return ast.WalkContinue, nil
	})
	return strings.Join(strings.Fields(b.String()), " ")
}

func resolveText(v []byte) []byte {
	return util.UnescapePunctuations(util.ResolveEntityNames(util.ResolveNumericReferences(v)))
}

func writeLines(b *strings.Builder, lines *text.Segments, source []byte) {
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(source))
	}
}

// refText is what a reference reads as: the entry's name, or the
// reference as written when the entry is unknown.
func refText(n *refNode, resolve Resolver) string {
	if name, _, ok := resolve(n.tok.Kind, n.tok.ID); ok {
		return name
	}
	return n.tok.String()
}
