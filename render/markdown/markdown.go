package markdown

import (
	"bytes"
	"fmt"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Resolver names the entry a {kind:id} reference points at: its display
// name and the relative URL of its page ("" when it has no page). It
// reports false for an entry it does not know; the reference then prints
// as written.
type Resolver func(kind, id string) (name, href string, ok bool)

// Options tune a Renderer; the zero value renders plain safe Markdown in
// which every reference prints as written.
type Options struct {
	// Resolve names the entries references point at.
	Resolve Resolver
	// HeadingOffset is added to every heading level (at most h6), so prose
	// written with "#" sits under the page's own headings.
	HeadingOffset int
	// IDPrefix goes before every heading id, so several texts can share
	// one page without clashing ids.
	IDPrefix string
	// Link rewrites a link or image destination before it is checked (for
	// example a guide's "other-guide.md" into "other-guide.html"). An
	// empty result drops the link and keeps its text. Nil keeps every
	// destination as written.
	Link func(dest string) string
}

// Heading is one heading of a rendered text, for a table of contents.
type Heading struct {
	Level int    // after HeadingOffset
	ID    string // the id attribute given to it, prefix included
	Text  string // its plain text
}

// Result is a rendered text.
type Result struct {
	HTML     []byte
	Headings []Heading
}

// Renderer renders Markdown with one set of Options. It holds no state
// between calls, so one Renderer serves any number of texts.
type Renderer struct {
	md  goldmark.Markdown
	opt Options
}

// New returns a Renderer for opt.
func New(opt Options) *Renderer {
	if opt.Resolve == nil {
		opt.Resolve = func(string, string) (string, string, bool) { return "", "", false }
	}
	md := goldmark.New(goldmark.WithExtensions(
		extension.Table, extension.Strikethrough, extension.TaskList,
		refExtension{resolve: opt.Resolve},
	))
	return &Renderer{md: md, opt: opt}
}

// Render converts src to HTML. Heading ids are unique within the result.
func (r *Renderer) Render(src string) (Result, error) {
	source := []byte(src)
	doc := r.parse(source)
	heads := r.headings(doc, source)
	var buf bytes.Buffer
	if err := r.md.Renderer().Render(&buf, source, doc); err != nil {
		return Result{}, fmt.Errorf("render markdown: %w", err)
	}
	return Result{HTML: buf.Bytes(), Headings: heads}, nil
}

// Text returns src as plain text on one line: the words a reader sees,
// references replaced by names, markup and link destinations dropped.
func (r *Renderer) Text(src string) string {
	source := []byte(src)
	return plainText(r.parse(source), source, r.opt.Resolve)
}

// parse reads src and makes its links safe.
func (r *Renderer) parse(source []byte) ast.Node {
	doc := r.md.Parser().Parse(text.NewReader(source), parser.WithContext(parser.NewContext()))
	secureLinks(doc, source, r.opt.Link)
	return doc
}
