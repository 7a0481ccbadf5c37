// Package site builds the static web site of one brand: a home page with
// each series' life cycle, a page per module with its overview and process
// maps inline (tasks clickable for their details) and its downloads, pages
// per role, system and KPI across modules, the guides, an offline search
// index and the style sheets and scripts they use.
//
// Build returns the files in memory; render/publish writes them. Every URL
// in every file is relative, so the site works from file://, from a
// sub-path and from any static host. Every content text is escaped:
// html/template escapes the pages, render/svg the diagrams, encoding/json
// the search index and task data, and render/markdown keeps prose safe.
//
// The templates, style sheets and scripts come from package templates,
// where a user folder may override any of them by path.
//
// The package reads the personalized model (blueprints), lays out with
// render/layout and draws with render/svg and render/markdown. It must not
// import the loader, the validator, branding (the set it gets is already
// personalized and the theme resolved), render/build or render/publish,
// and it never touches files.
package site
