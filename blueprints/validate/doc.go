// Package validate checks the meaning of loaded content: ids are unique,
// every reference resolves (with a "did you mean" when a near name exists),
// each sub-process's flow runs from a start to an end, roles work only in
// their stages, prose names only known entries, and a brand renames only
// what exists.
//
// It owns no syntax: the loader (blueprints/load) has already reported
// syntax, type and unknown-key problems and missing keys, and set every
// position this package reports. Validate reports all problems at once,
// sorted, each at the position of the value that is wrong.
//
// Validate depends on the model (package blueprints), internal/suggest, and
// branding for one thing only: the scanner of {kind:id} prose references,
// so that it checks exactly the tokens personalizing replaces. It must not
// import the loader, layout or any renderer, and branding must never import
// it. It is a function from a model to diagnostics and does no I/O.
package validate
