package site

import (
	"bytes"
	"fmt"
	"html/template"
	"io/fs"
	"strconv"

	"github.com/blueprint-tools/blueprint/templates"
)

// pageTemplates are the page templates; each is parsed with layout.html
// and partials.html, and fills the layout by defining "content".
func pageTemplates() []string {
	return []string{"home.html", "module.html", "role.html", "system.html", "kpi.html", "guide.html", "list.html", "search.html", "maturity.html", "curriculum.html"}
}

// siteFS is the embedded site folder under the user's folder, if any.
func siteFS(user fs.FS) (fs.FS, error) {
	base, err := fs.Sub(templates.FS, "site")
	if err != nil {
		return nil, fmt.Errorf("site templates: %w", err)
	}
	return overlay{top: user, base: base}, nil
}

// tmplSet holds one parsed template per page kind.
type tmplSet map[string]*template.Template

func parseTemplates(fsys fs.FS) (tmplSet, error) {
	base, err := template.New("layout.html").Funcs(funcs()).ParseFS(fsys, "layout.html", "partials.html")
	if err != nil {
		return nil, fmt.Errorf("site templates: %w", err)
	}
	set := tmplSet{}
	for _, name := range pageTemplates() {
		t, err := base.Clone()
		if err == nil {
			t, err = t.ParseFS(fsys, name)
		}
		if err != nil {
			return nil, fmt.Errorf("site templates: %w", err)
		}
		set[name] = t
	}
	return set, nil
}

// execute renders a page with its template.
func (ts tmplSet) execute(name string, f *frame) ([]byte, error) {
	var buf bytes.Buffer
	buf.Grow(16 << 10)
	if err := ts[name].ExecuteTemplate(&buf, "layout.html", f); err != nil {
		return nil, fmt.Errorf("site page %s: %w", f.Path, err)
	}
	return buf.Bytes(), nil
}

// funcs are the few helpers templates need; views carry everything else
// ready to print.
func funcs() template.FuncMap {
	return template.FuncMap{
		"plural": plural,
	}
}

// plural says "1 task", "3 tasks".
func plural(n int, word string) string {
	s := strconv.Itoa(n) + " " + word
	if n != 1 && word != "" {
		if word[len(word)-1] == 's' {
			return s + "es"
		}
		return s + "s"
	}
	return s
}
