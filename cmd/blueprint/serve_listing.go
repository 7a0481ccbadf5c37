package main

import (
	"io/fs"
	"net/url"
	"strings"
)

// pageData is a generated page: a message, or the listing of a folder.
type pageData struct {
	Title   string
	Message string
	Entries []listEntry
}

// listEntry is one link of a folder listing.
type listEntry struct {
	Name string // as shown: the file name, with a slash after a folder's
	Href string // relative to the folder, escaped for a URL path
}

// pageTemplate is the generated page. html/template escapes every name and
// link; the links are relative, as the built site's are.
const pageTemplate = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 50em; padding: 0 1em; color: #1f2933; }
a { color: #1f4e8c; }
li { margin: .15em 0; }
</style>
</head>
<body>
<h1>{{.Title}}</h1>
{{with .Message}}<p>{{.}}</p>
{{end}}{{with .Entries}}<ul>
{{range .}}<li><a href="{{.Href}}">{{.Name}}</a></li>
{{end}}</ul>
{{end}}</body>
</html>
`

// listing lists a folder of the output (name is "." for the top): a link
// up, then its folders and files in name order. Hidden files, such as a
// write in progress, are left out.
func listing(name string, entries []fs.DirEntry) pageData {
	shown := "/"
	if name != "." {
		shown += name + "/"
	}
	d := pageData{Title: "Index of " + shown}
	if name != "." {
		d.Entries = append(d.Entries, listEntry{Name: "../", Href: "../"})
	}
	for _, en := range entries {
		if strings.HasPrefix(en.Name(), ".") {
			continue
		}
		// "./" keeps a name with a colon from reading as a URL scheme.
		e := listEntry{Name: en.Name(), Href: "./" + url.PathEscape(en.Name())}
		if en.IsDir() {
			e.Name += "/"
			e.Href += "/"
		}
		d.Entries = append(d.Entries, e)
	}
	if len(d.Entries) == 0 {
		d.Message = "This folder is empty."
	}
	return d
}
