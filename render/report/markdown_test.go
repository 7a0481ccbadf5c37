package report

import (
	"reflect"
	"testing"

	"github.com/blueprint-tools/blueprint/render/doc"
)

func TestMdInline(t *testing.T) {
	tests := map[string]string{
		"plain text":                              "plain text",
		"**bold** and __strong__":                 "bold and strong",
		"*em* and _em_ in snake_case":             "em and em in snake_case",
		"2 * 3 and a _ b":                         "2 * 3 and a _ b",
		"run `blueprint build` now":               "run blueprint build now",
		"see [the guide](https://x.invalid/g)":    "see the guide",
		"see [the guide][ref] and ![logo](l.png)": "see the guide and logo",
		"[**bold link**](u)":                      "bold link",
		"[not a link] (x) and [open":              "[not a link] (x) and [open",
		`\*literal\* \_x\_ \[y]`:                  "*literal* _x_ [y]",
		"  spaced\tout  text ":                    "spaced out text",
		"[javascript](javascript:alert(1))":       "javascript",
		"[a](u(1)) b [c](v":                       "a b [c](v",
	}
	for in, want := range tests {
		if got := mdInline(in); got != want {
			t.Errorf("mdInline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestMdBlocks(t *testing.T) {
	in := "First line\nsecond line.\n\n## Steps ##\n- one\n  continued\n* two\n+ three\n\nAfter the list.\n    - indented is text\n"
	want := []doc.Block{
		{Paragraph: "First line second line."},
		{Heading: "Steps"},
		{List: []string{"one continued", "two", "three"}},
		{Paragraph: "After the list. - indented is text"},
	}
	if got := mdBlocks(in); !reflect.DeepEqual(got, want) {
		t.Errorf("mdBlocks =\n%#v\nwant\n%#v", got, want)
	}
}

func TestMdBlocksParagraphThenList(t *testing.T) {
	got := mdBlocks("Intro:\n- a\n- b\r\nlazy\n#hashtag")
	want := []doc.Block{{Paragraph: "Intro:"}, {List: []string{"a", "b lazy #hashtag"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("mdBlocks = %#v, want %#v", got, want)
	}
}

func TestMdText(t *testing.T) {
	if got, want := mdText("# Title\nSome **text**.\n\n- a\n- b"), "Title: Some text. a; b"; got != want {
		t.Errorf("mdText = %q, want %q", got, want)
	}
	if got := mdText(""); got != "" {
		t.Errorf("mdText(\"\") = %q", got)
	}
}
