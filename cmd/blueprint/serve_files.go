package main

import (
	"bytes"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"os"
	"path"
	"strings"
	"time"
)

// siteHandler serves the files of the brand's output folder and nothing
// outside it. Each request opens the folder afresh as an os.Root, which
// refuses ".." and symbolic links that lead out of it, and which finds the
// folder even when the first good build made it after the server started.
// HTML pages get the live script; a folder without an index.html gets a
// generated listing; every other file goes to http.FileServerFS.
type siteHandler struct {
	root string
	hub  *hub
	page *template.Template
}

func newSiteHandler(root string, h *hub) siteHandler {
	return siteHandler{root: root, hub: h, page: template.Must(template.New("page").Parse(pageTemplate))}
}

func (h siteHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	// Pages change with every build; a browser must never show an old one.
	w.Header().Set("Cache-Control", "no-store")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if containsDotDot(r.URL.Path) {
		http.Error(w, "invalid URL path", http.StatusBadRequest)
		return
	}
	root, err := os.OpenRoot(h.root)
	if err != nil {
		h.message(w, r, http.StatusServiceUnavailable, "Nothing built yet",
			"No build has succeeded yet. Fix the problems shown on the terminal; this page reloads by itself.")
		return
	}
	defer root.Close()
	h.serveFS(w, r, root.FS())
}

// serveFS serves the request's path from fsys.
func (h siteHandler) serveFS(w http.ResponseWriter, r *http.Request, fsys fs.FS) {
	name := strings.TrimPrefix(path.Clean("/"+r.URL.Path), "/")
	if name == "" {
		name = "."
	}
	info, err := fs.Stat(fsys, name)
	switch {
	case err != nil && name == "favicon.ico":
		// Browsers ask for it on every page; a missing one is no error.
		w.WriteHeader(http.StatusNoContent)
	case err != nil:
		h.message(w, r, http.StatusNotFound, "Not found", "There is no "+r.URL.Path+" in this build.")
	case info.IsDir() && !strings.HasSuffix(r.URL.Path, "/"):
		// Relative links in the folder's page resolve only below a slash.
		http.Redirect(w, r, (&url.URL{Path: path.Base(name) + "/"}).String(), http.StatusFound)
	case info.IsDir():
		h.serveDir(w, r, fsys, name)
	case isHTML(name):
		h.serveHTML(w, r, fsys, name)
	default:
		http.FileServerFS(fsys).ServeHTTP(w, r)
	}
}

// serveDir serves a folder's index.html, or else a listing of the folder.
func (h siteHandler) serveDir(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string) {
	index := path.Join(name, "index.html")
	if info, err := fs.Stat(fsys, index); err == nil && info.Mode().IsRegular() {
		h.serveHTML(w, r, fsys, index)
		return
	}
	entries, err := fs.ReadDir(fsys, name)
	if err != nil {
		http.Error(w, "cannot read the folder", http.StatusInternalServerError)
		return
	}
	h.render(w, r, http.StatusOK, listing(name, entries))
}

// serveHTML serves an HTML file with the live script injected.
func (h siteHandler) serveHTML(w http.ResponseWriter, r *http.Request, fsys fs.FS, name string) {
	page, err := fs.ReadFile(fsys, name)
	if err != nil {
		http.Error(w, "cannot read the file", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(inject(page, h.hub.current())))
}

// message serves a short generated page, which reloads like any other once
// a build changes what it is about.
func (h siteHandler) message(w http.ResponseWriter, r *http.Request, status int, title, text string) {
	h.render(w, r, status, pageData{Title: title, Message: text})
}

// render executes the page template and serves the result with the live
// script injected.
func (h siteHandler) render(w http.ResponseWriter, r *http.Request, status int, d pageData) {
	var buf bytes.Buffer
	if err := h.page.Execute(&buf, d); err != nil {
		http.Error(w, "cannot render the page", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(inject(buf.Bytes(), h.hub.current()))
	}
}

func isHTML(name string) bool {
	ext := strings.ToLower(path.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// containsDotDot reports whether a request path has a ".." element, with
// either kind of slash, as http.FileServer checks it.
func containsDotDot(p string) bool {
	if !strings.Contains(p, "..") {
		return false
	}
	for _, el := range strings.FieldsFunc(p, func(r rune) bool { return r == '/' || r == '\\' }) {
		if el == ".." {
			return true
		}
	}
	return false
}
