package pdf

import (
	"io"
	"testing"

	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// FuzzText puts any text into a diagram, its title and a report: neither
// may panic or fail.
func FuzzText(f *testing.F) {
	for _, s := range []string{"Übergabe – café", "<script>(\\)", "😀\xff\xfe", "\x00\t\r\n", "\xe2\x82"} {
		f.Add(s)
	}
	fx := newFixture()
	th := theme(f)
	f.Fuzz(func(t *testing.T, s string) {
		p := fx.overviewPage()
		p.Title = s
		p.Boxes[2].Lines = append(p.Boxes[2].Lines, fx.text(s, 200, 160, 9, true, "block"))
		if err := Diagrams(io.Discard, []geom.Page{p}, th, Options{Title: s, Author: s}); err != nil {
			t.Fatal(err)
		}
		r := doc.Report{Title: s, Subtitle: s, Sections: []doc.Section{{Heading: s, Blocks: []doc.Block{
			{Heading: s}, {Paragraph: s}, {List: []string{s}}, {Table: &doc.Table{Header: []string{s}, Rows: [][]string{{s, s}}}},
		}}}}
		if err := Report(io.Discard, r, th, Options{Author: s}); err != nil {
			t.Fatal(err)
		}
	})
}
