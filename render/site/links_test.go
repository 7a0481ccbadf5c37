package site_test

import (
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/site"
)

// TestLinksResolve crawls the small and the shipped site: every href and
// src of every page, every URL in the pages' data and in the search index
// is relative, stays inside the site and names a file the site has (or
// one the build writes beside it, the downloads), and every #fragment
// names an id on its page.
func TestLinksResolve(t *testing.T) {
	small := loadArchive(t, "small.txtar", false)
	shipped := loadDir(t, shippedDir)
	hostile := loadArchive(t, "hostile.txtar", true)
	for name, set := range map[string]*blueprints.Set{"small": small, "shipped": shipped, "hostile": hostile} {
		t.Run(name, func(t *testing.T) {
			c := newCrawler(buildSet(t, set), set)
			c.crawl()
			for _, e := range c.errs {
				t.Error(e)
			}
			if c.checked < 50 {
				t.Errorf("only %d links checked", c.checked)
			}
		})
	}
}

type crawler struct {
	files     map[string][]byte
	downloads map[string]bool
	ids       map[string]map[string]bool // page → its ids
	errs      []string
	checked   int
}

func newCrawler(files []site.File, set *blueprints.Set) *crawler {
	c := &crawler{files: fileMap(files), downloads: map[string]bool{}, ids: map[string]map[string]bool{}}
	for _, m := range set.Modules {
		for _, d := range site.DefaultDownloads(m) {
			c.downloads[d.Path] = true
		}
	}
	return c
}

func (c *crawler) errorf(format string, args ...any) {
	c.errs = append(c.errs, fmt.Sprintf(format, args...))
}

func (c *crawler) crawl() {
	for _, p := range htmlPages(c.files) {
		tags, err := scanTags(string(c.files[p]))
		if err != nil {
			c.errorf("%s: %v", p, err)
			continue
		}
		for _, tg := range tags {
			for _, a := range []string{"href", "src", "action", "xlink:href"} {
				if u, ok := tg.attrs[a]; ok {
					c.check(p, u)
				}
			}
		}
		c.pageData(p)
	}
	c.searchIndex()
}

// pageData checks the URLs in a page's JSON: the diagram links and the
// tasks' links, including those in their descriptions.
func (c *crawler) pageData(p string) {
	raw, ok := elementText(string(c.files[p]), "bp-data")
	if !ok {
		return
	}
	var data any
	if err := json.Unmarshal([]byte(raw), &data); err != nil {
		c.errorf("%s: page data: %v", p, err)
		return
	}
	walkJSON(data, "", func(key, s string) {
		switch {
		case key == "href" || key == "links":
			c.check(p, s)
		case key == "desc":
			tags, err := scanTags(s)
			if err != nil {
				c.errorf("%s: description %q: %v", p, s, err)
			}
			for _, tg := range tags {
				if u, ok := tg.attrs["href"]; ok {
					c.check(p, u)
				}
			}
		}
	})
}

// walkJSON calls fn for every string in v with the key it sits under (a
// map's values count as under the map's key).
func walkJSON(v any, key string, fn func(key, s string)) {
	switch v := v.(type) {
	case string:
		fn(key, v)
	case []any:
		for _, x := range v {
			walkJSON(x, key, fn)
		}
	case map[string]any:
		for k, x := range v {
			if key == "links" {
				k = key
			}
			walkJSON(x, k, fn)
		}
	}
}

func (c *crawler) searchIndex() {
	var items []struct{ U string }
	if err := json.Unmarshal(searchJSON(c.files["search-index.js"]), &items); err != nil {
		c.errorf("search-index.js: %v", err)
		return
	}
	for _, it := range items {
		c.check("index.html", it.U)
	}
}

// searchJSON is the index's JSON without the assignment around it.
func searchJSON(js []byte) []byte {
	s := string(js)
	s = s[strings.Index(s, "= ")+2:]
	return []byte(strings.TrimSuffix(strings.TrimSpace(s), ";"))
}

// check resolves u as written on page from.
func (c *crawler) check(from, u string) {
	c.checked++
	ref, err := url.Parse(u)
	if err != nil || u == "" || ref.Scheme != "" || ref.Host != "" || strings.HasPrefix(u, "/") || strings.HasPrefix(u, "\\") {
		c.errorf("%s: %q is not a relative URL", from, u)
		return
	}
	target := from
	if ref.Path != "" {
		target = path.Join(path.Dir(from), ref.Path)
	}
	if target == ".." || strings.HasPrefix(target, "../") {
		c.errorf("%s: %q leaves the site", from, u)
		return
	}
	if _, ok := c.files[target]; !ok {
		if !c.downloads[target] {
			c.errorf("%s: %q: no file %s", from, u, target)
		}
		return
	}
	if ref.Fragment != "" && !c.hasID(target, ref.Fragment) {
		c.errorf("%s: %q: %s has no id %q", from, u, target, ref.Fragment)
	}
}

func (c *crawler) hasID(page, id string) bool {
	ids, ok := c.ids[page]
	if !ok {
		ids = map[string]bool{}
		tags, _ := scanTags(string(c.files[page]))
		for _, tg := range tags {
			if v, ok := tg.attrs["id"]; ok {
				ids[v] = true
			}
		}
		c.ids[page] = ids
	}
	return ids[id]
}

// TestCrawlerFindsBrokenLinks makes sure the crawler above can fail.
func TestCrawlerFindsBrokenLinks(t *testing.T) {
	page := `<!DOCTYPE html><html><body id="top">
<a href="missing.html">a</a> <a href="/index.html">b</a> <a href="https://example.org/">c</a>
<a href="#nowhere">d</a> <a href="../../up.html">e</a> <a href="javascript:x()">f</a> <a href="#top">ok</a>
</body></html>`
	c := newCrawler([]site.File{{Path: "a/index.html", Data: []byte(page)}, {Path: "search-index.js", Data: []byte("window.X = [];")}}, &blueprints.Set{})
	c.crawl()
	if len(c.errs) != 6 {
		t.Errorf("%d problems found, want 6:\n%s", len(c.errs), strings.Join(c.errs, "\n"))
	}
}
