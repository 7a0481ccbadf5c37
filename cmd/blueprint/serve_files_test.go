package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// siteFixture is an output folder holding a page, a folder with an index
// and a folder whose file names need escaping.
func siteFixture(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"report.html":              "<html><BODY><p>report</p></BODY></html>",
		"guide/index.html":         "<p>no body tag</p>",
		`odd/<b>&"x y.svg`:         "<svg/>",
		"odd/javascript:alert(1)":  "x",
		"odd/.report.html.tmp-123": "half-written",
		"odd/sub/a.svg":            "<svg/>",
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Skipf("this file system cannot hold %q: %v", name, err)
		}
	}
	return root
}

func serveRequest(h http.Handler, path string) *httptest.ResponseRecorder {
	w := httptest.NewRecorder()
	r := httptest.NewRequest(http.MethodGet, "/", nil)
	r.URL.Path = path // as the server decodes it, unclean on purpose
	h.ServeHTTP(w, r)
	return w
}

func TestServeListingEscapesNames(t *testing.T) {
	h := newSiteHandler(siteFixture(t), newHub())
	w := serveRequest(h, "/odd/")
	body := w.Body.String()
	if w.Code != 200 {
		t.Fatalf("GET /odd/ = %d", w.Code)
	}
	for _, want := range []string{
		`<title>Index of /odd/</title>`,
		`<li><a href="../">../</a></li>`,
		`<a href="./%3Cb%3E&amp;%22x%20y.svg">&lt;b&gt;&amp;&#34;x y.svg</a>`,
		`<a href="./javascript:alert%281%29">javascript:alert(1)</a>`,
		`<a href="./sub/">sub/</a>`,
		`<script src="` + liveScriptPath + `"></script></body>`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("listing lacks %s:\n%s", want, body)
		}
	}
	if strings.Contains(body, ".report.html.tmp") {
		t.Errorf("listing shows a hidden file:\n%s", body)
	}
}

func TestServeInjectsIntoPagesOnly(t *testing.T) {
	root := siteFixture(t)
	h := newSiteHandler(root, newHub())
	h.hub.fail(1, []string{`a.toml:1:2: task "x": </script><script>alert(1)</script>`, "1 error"})
	w := serveRequest(h, "/report.html")
	want := `<p>report</p><script id="blueprint-live" type="application/json">{"gen":1,"errors":1,"lines":["a.toml:1:2: task \"x\": \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e","1 error"]}</script><script src="/__blueprint/live.js"></script></BODY></html>`
	if w.Body.String() != "<html><BODY>"+want {
		t.Errorf("GET /report.html =\n%s\nwant the state and script before </BODY>", w.Body)
	}
	if got := w.Header().Get("Cache-Control"); got != "no-store" {
		t.Errorf("Cache-Control = %q, want no-store", got)
	}
	if w := serveRequest(h, "/guide/"); !strings.HasPrefix(w.Body.String(), "<p>no body tag</p><script id=\"blueprint-live\"") {
		t.Errorf("GET /guide/ = %q, want its index.html with the script at the end", w.Body)
	}
	if w := serveRequest(h, "/odd/sub/a.svg"); w.Body.String() != "<svg/>" {
		t.Errorf("GET an SVG = %q, want the file as it is", w.Body)
	}
	disk, _ := os.ReadFile(filepath.Join(root, "report.html"))
	if strings.Contains(string(disk), "blueprint-live") {
		t.Error("the script was written into the file on disk")
	}
}

func TestServeFolderPaths(t *testing.T) {
	h := newSiteHandler(siteFixture(t), newHub())
	if w := serveRequest(h, "/odd/sub"); w.Code != http.StatusFound || w.Header().Get("Location") != "/odd/sub/" {
		t.Errorf("GET /odd/sub = %d to %q, want a redirect to the folder's slash", w.Code, w.Header().Get("Location"))
	}
	for _, p := range []string{"/../x", "/odd/../../x", `/odd\..\..\x`} {
		if w := serveRequest(h, p); w.Code != http.StatusBadRequest {
			t.Errorf("GET %s = %d, want 400", p, w.Code)
		}
	}
	if w := serveRequest(h, "/missing.svg"); w.Code != http.StatusNotFound || !strings.Contains(w.Body.String(), liveScriptPath) {
		t.Errorf("GET /missing.svg = %d, want a 404 page that reloads itself:\n%s", w.Code, w.Body)
	}
}

func TestInjectWithoutBody(t *testing.T) {
	got := string(inject([]byte("<p>İ</p>"), liveState{Gen: 2}))
	want := `<p>İ</p><script id="blueprint-live" type="application/json">{"gen":2}</script><script src="/__blueprint/live.js"></script>`
	if got != want {
		t.Errorf("inject = %s\nwant %s", got, want)
	}
}

func TestServeMissingFavicon(t *testing.T) {
	h := newSiteHandler(t.TempDir(), newHub())
	if w := serveRequest(h, "/favicon.ico"); w.Code != http.StatusNoContent || w.Body.Len() != 0 {
		t.Errorf("GET /favicon.ico = %d %q, want 204 and nothing, so the browser's console stays clean", w.Code, w.Body)
	}
}
