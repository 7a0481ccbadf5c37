package markdown

import (
	"strings"
	"testing"
)

// resolver knows one role with a page, one document without, and nothing
// else.
func resolver(kind, id string) (string, string, bool) {
	switch {
	case kind == "role" && id == "noc-engineer":
		return "NOC <Engineer>", "../roles/noc-engineer.html", true
	case kind == "doc" && id == "sow":
		return "Statement of Work", "", true
	case kind == "system" && id == "evil":
		return "Evil", "javascript:alert(1)", true
	}
	return "", "", false
}

func render(t *testing.T, opt Options, src string) string {
	t.Helper()
	res, err := New(opt).Render(src)
	if err != nil {
		t.Fatal(err)
	}
	return string(res.HTML)
}

func TestReferences(t *testing.T) {
	opt := Options{Resolve: resolver}
	tests := []struct{ name, src, want string }{
		{"linked", "Ask the {role:noc-engineer}.",
			`<p>Ask the <a class="ref ref-role" href="../roles/noc-engineer.html">NOC &lt;Engineer&gt;</a>.</p>`},
		{"no page", "Sign the {doc:sow}.", `<p>Sign the <span class="ref ref-doc">Statement of Work</span>.</p>`},
		{"unknown stays as written", "Ask {role:nobody} or {team:x}.", `<p>Ask {role:nobody} or {team:x}.</p>`},
		{"not a reference", "A set {a, b} and {role:}.", `<p>A set {a, b} and {role:}.</p>`},
		{"code span untouched", "Write `{role:noc-engineer}`.", `<p>Write <code>{role:noc-engineer}</code>.</p>`},
		{"inside a link", "[the {role:noc-engineer}](x.html)",
			`<p><a href="x.html">the <span class="ref ref-role">NOC &lt;Engineer&gt;</span></a></p>`},
		{"resolver URL must be relative", "{system:evil}", `<p><span class="ref ref-system">Evil</span></p>`},
		{"emphasis around", "*{role:noc-engineer}*",
			`<p><em><a class="ref ref-role" href="../roles/noc-engineer.html">NOC &lt;Engineer&gt;</a></em></p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.TrimSpace(render(t, opt, tt.src)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestUnsafeMarkupIsDropped(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"raw html block", "<script>alert(1)</script>\n\ntext", "<!-- raw HTML omitted -->\n<p>text</p>"},
		{"inline html", `a <img src=x onerror="alert(1)"> b`, "<p>a <!-- raw HTML omitted --> b</p>"},
		{"javascript link", "[click](javascript:alert(1))", "<p>click</p>"},
		{"mixed case", "[click](JaVaScRiPt:alert(1))", "<p>click</p>"},
		{"entity in scheme", "[click](javascript&colon;alert(1))", "<p>click</p>"},
		{"control char", "[click](<java\tscript:alert(1)>)", "<p>click</p>"},
		{"vbscript", "[click](vbscript:msgbox)", "<p>click</p>"},
		{"data image", "![pic](data:text/html;base64,PHNjcmlwdD4=)", "<p>pic</p>"},
		{"autolink", "<javascript:alert(1)>", "<p>javascript:alert(1)</p>"},
		{"reference link", "[click][x]\n\n[x]: javascript:alert(1)", "<p>click</p>"},
		{"https kept", "[site](https://example.org/a?b=1&c=2)", `<p><a href="https://example.org/a?b=1&amp;c=2">site</a></p>`},
		{"mailto kept", "<ops@example.org>", `<p><a href="mailto:ops@example.org">ops@example.org</a></p>`},
		{"relative kept", "[guide](other.html#part)", `<p><a href="other.html#part">guide</a></p>`},
		{"attribute quotes", `[x](a.html "t\" onmouseover=\"alert(1)")`, `<p><a href="a.html" title="t&quot; onmouseover=&quot;alert(1)">x</a></p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := strings.TrimSpace(render(t, Options{}, tt.src)); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestHeadingIDs(t *testing.T) {
	src := "# Über die Linien\n\n## Lanes & roles\n\n## Lanes & roles\n\n### {role:noc-engineer} tasks\n\n## ***\n"
	res, err := New(Options{Resolve: resolver, HeadingOffset: 1, IDPrefix: "g-"}).Render(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []Heading{
		{2, "g-über-die-linien", "Über die Linien"},
		{3, "g-lanes-roles", "Lanes & roles"},
		{3, "g-lanes-roles-2", "Lanes & roles"},
		{4, "g-noc-engineer-tasks", "NOC <Engineer> tasks"},
	}
	for i, h := range want {
		if i >= len(res.Headings) || res.Headings[i] != h {
			t.Fatalf("headings = %+v\nwant %+v", res.Headings, want)
		}
	}
	html := string(res.HTML)
	for _, s := range []string{`<h2 id="g-über-die-linien">`, `<h3 id="g-lanes-roles-2">`, `<h4 id="g-noc-engineer-tasks">`} {
		if !strings.Contains(html, s) {
			t.Errorf("missing %s in\n%s", s, html)
		}
	}
}

func TestHeadingLevelsStayInRange(t *testing.T) {
	res, _ := New(Options{HeadingOffset: 4}).Render("#### deep\n")
	if res.Headings[0].Level != 6 || !strings.HasPrefix(string(res.HTML), "<h6") {
		t.Errorf("got %+v %s", res.Headings, res.HTML)
	}
}

func TestLinkRewrite(t *testing.T) {
	opt := Options{Link: func(d string) string {
		if d == "gone.md" {
			return ""
		}
		return strings.Replace(d, ".md", ".html", 1)
	}}
	got := strings.TrimSpace(render(t, opt, "[a](other.md#x) and [b](gone.md)"))
	want := `<p><a href="other.html#x">a</a> and b</p>`
	if got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func TestText(t *testing.T) {
	r := New(Options{Resolve: resolver})
	src := "# Title\n\nThe *{role:noc-engineer}* reads the [plan](x.html) &amp; {doc:nope}.\n\n- one\n- two\n\n<b>raw</b>\n"
	want := "Title The NOC <Engineer> reads the plan & {doc:nope}. one two raw"
	if got := r.Text(src); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Lines of interaction": "lines-of-interaction",
		"  Step 1: map it!  ":  "step-1-map-it",
		"Ça va — très bien":    "ça-va-très-bien",
		"日本語の見出し":              "日本語の見出し",
		"!!!":                  "section",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzRender(f *testing.F) {
	f.Add("# h\n\n{role:noc-engineer} [x](javascript:y) <script>")
	f.Fuzz(func(t *testing.T, src string) {
		res, err := New(Options{Resolve: resolver}).Render(src)
		if err != nil {
			t.Fatal(err)
		}
		low := strings.ToLower(string(res.HTML))
		if strings.Contains(low, "<script") || strings.Contains(low, `href="javascript:`) {
			t.Fatalf("unsafe output for %q: %s", src, res.HTML)
		}
	})
}
