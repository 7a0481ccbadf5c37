// Package markdown turns the content's Markdown prose (module, task and
// catalogue descriptions, guides) into HTML for the static site, and into
// plain text for its search index.
//
// It is the only package that imports goldmark, and it keeps goldmark's
// safe defaults: raw HTML is dropped, and links and images whose scheme is
// not http, https or mailto (javascript:, data:, vbscript:, file:) lose
// their destination and keep only their text. An inline extension prints
// each {role:id}, {system:id}, {doc:id} and {kpi:id} reference as the
// entry's (personalized) name, linked to its page through a resolver the
// caller supplies; an unknown reference prints as written. Heading ids are
// made here, keeping non-ASCII letters that goldmark's own ids drop.
//
// It reads the model package (blueprints) only for the reference grammar;
// it must not import branding, layout or another renderer, and it never
// touches files.
package markdown
