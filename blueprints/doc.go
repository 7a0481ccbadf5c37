// Package blueprints holds the content model: series, catalogues, modules,
// sub-processes and tasks, as every later stage sees them.
//
// The model is plain data. Values that a content author can get wrong carry
// the position (file:line:col) they were loaded from, so that validation and
// every later stage can point at the source. This package does no I/O and
// imports no other package of the project; the loader (blueprints/load)
// fills it and the validator (blueprints/validate) checks it.
package blueprints
