package xmlesc

import (
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestAppend(t *testing.T) {
	tests := []struct {
		in   string
		attr bool
		want string
	}{
		{`<script>&"'`, false, `&lt;script&gt;&amp;&quot;&#39;`},
		{"a\nb\tc\rd", false, "a\nb\tc&#13;d"},
		{"a\nb\tc", true, "a&#10;b&#9;c"},
		{"nul\x00 bad\xff", false, "nul\uFFFD bad\uFFFD"},
		{"café – ✓", true, "café – ✓"},
	}
	for _, tt := range tests {
		if got := string(Append(nil, tt.in, tt.attr)); got != tt.want {
			t.Errorf("Append(%q, %v) = %q, want %q", tt.in, tt.attr, got, tt.want)
		}
	}
}

// FuzzAppend checks that any text, as an attribute and as character data,
// reads back unchanged (but for characters XML cannot hold).
func FuzzAppend(f *testing.F) {
	f.Add("<a href=\"x\">&'</a>\n\t]]>")
	f.Fuzz(func(t *testing.T, s string) {
		doc := `<r a="` + string(Append(nil, s, true)) + `">` + string(Append(nil, s, false)) + `</r>`
		var v struct {
			A    string `xml:"a,attr"`
			Text string `xml:",chardata"`
		}
		if err := xml.Unmarshal([]byte(doc), &v); err != nil {
			t.Fatalf("%q: %v", doc, err)
		}
		// Each byte of invalid UTF-8 and each character XML cannot hold
		// reads back as one U+FFFD.
		var b strings.Builder
		for i := 0; i < len(s); {
			r, size := utf8.DecodeRuneInString(s[i:])
			i += size
			if (r == utf8.RuneError && size == 1) || !Char(r) {
				r = utf8.RuneError
			}
			b.WriteRune(r)
		}
		want := b.String()
		if v.A != want || v.Text != want {
			t.Errorf("round trip of %q: attr %q, text %q", s, v.A, v.Text)
		}
	})
}
