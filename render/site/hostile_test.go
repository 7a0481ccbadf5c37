package site_test

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// payload is what testdata/hostile.txtar writes into every text field.
const payload = `<script>window.__pwned=1</script><img src=x onerror="window.__pwned=1">" onmouseover="window.__pwned=1" x="javascript:window.__pwned=1 </script>`

// TestHostileContentIsText builds a site whose every text field holds
// markup, event handlers, quotes and javascript: links, and checks that
// none of it became markup: in the pages (inline SVG included), in the
// page data and in the search index.
func TestHostileContentIsText(t *testing.T) {
	files := fileMap(buildSet(t, loadArchive(t, "hostile.txtar", true)))
	for _, p := range htmlPages(files) {
		doc := string(files[p])
		tags, err := scanTags(doc)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		for _, tg := range tags {
			if problem := unsafeTag(tg); problem != "" {
				t.Errorf("%s: %s in <%s %v>", p, problem, tg.name, tg.attrs)
			}
		}
		if p != "search.html" && !strings.Contains(doc, "&lt;script&gt;window.__pwned=1&lt;/script&gt;") {
			t.Errorf("%s: the payload is not shown as text", p)
		}
		if strings.HasPrefix(p, "X-01/") && !strings.Contains(doc, `<g class="task`) {
			t.Errorf("%s: no diagram", p)
		}
		checkPageData(t, p, doc)
	}
	checkSearchIndex(t, files["search-index.js"])
	svgShowsPayload := regexp.MustCompile(`<text [^>]*>&lt;script&gt;window\.__pwned=1&lt;/script&gt;`)
	if !svgShowsPayload.Match(files["X-01/index.html"]) {
		t.Errorf("the diagrams do not show the payload as text")
	}
}

// unsafeTag says what is wrong with a tag that content could have made:
// a script that is not one of the site's own, an event handler, a URL
// with a script scheme, or an element the site never writes.
func unsafeTag(tg tag) string {
	for name, v := range tg.attrs {
		if strings.HasPrefix(name, "on") {
			return "event handler " + name
		}
		if (name == "href" || name == "src" || name == "action") && strings.Contains(strings.ToLower(strings.Join(strings.Fields(v), "")), "script:") {
			return "script URL"
		}
	}
	switch tg.name {
	case "script":
		if tg.attrs["type"] == "application/json" && tg.attrs["id"] == "bp-data" {
			return ""
		}
		for _, own := range []string{"assets/theme.js", "assets/search.js", "assets/site.js", "assets/tasks.js"} {
			if strings.HasSuffix(tg.attrs["src"], own) {
				return ""
			}
		}
		return "foreign script"
	case "img":
		if tg.attrs["class"] != "brand-logo" {
			return "image from content"
		}
	case "iframe", "object", "embed", "base", "meta", "link", "form", "input", "textarea", "foreignobject":
		return siteOnly(tg)
	}
	return ""
}

// siteOnly accepts the few such elements the layout writes itself.
func siteOnly(tg tag) string {
	switch {
	case tg.name == "meta", tg.name == "link" && tg.attrs["rel"] == "stylesheet":
		return ""
	case tg.name == "form" && (tg.attrs["role"] == "search"):
		return ""
	case tg.name == "input" && (tg.attrs["type"] == "search" || tg.attrs["type"] == "checkbox"):
		return ""
	}
	return "unexpected element"
}

// checkPageData decodes a page's JSON and finds the payload in it as
// data; the descriptions (HTML) must hold only safe markup.
func checkPageData(t *testing.T, p, doc string) {
	raw, ok := elementText(doc, "bp-data")
	if !ok {
		return
	}
	if strings.Contains(raw, "<") {
		t.Errorf("%s: page data holds a raw '<'", p)
	}
	var data any
	if err := json.Unmarshal([]byte(raw), &data); err != nil {
		t.Fatalf("%s: page data: %v", p, err)
	}
	found := false
	walkJSON(data, "", func(key, s string) {
		if strings.Contains(s, payload) {
			found = true
		}
		if key != "desc" {
			return
		}
		tags, err := scanTags(s)
		if err != nil {
			t.Errorf("%s: description: %v", p, err)
		}
		for _, tg := range tags {
			if problem := unsafeTag(tg); problem != "" {
				t.Errorf("%s: description: %s in <%s>", p, problem, tg.name)
			}
		}
	})
	if strings.Contains(p, "X-01") && !found {
		t.Errorf("%s: the payload is not in the task data", p)
	}
}

func checkSearchIndex(t *testing.T, js []byte) {
	if strings.ContainsAny(string(js), "<>") {
		t.Errorf("search-index.js holds a raw '<' or '>'")
	}
	var items []struct{ T, C, X, U string }
	if err := json.Unmarshal(searchJSON(js), &items); err != nil {
		t.Fatalf("search-index.js: %v", err)
	}
	titles := 0
	for _, it := range items {
		if strings.Contains(it.T, payload) {
			titles++
		}
	}
	if titles < 8 {
		t.Errorf("the payload is in %d titles of the index, want it kept as text in every one", titles)
	}
}
