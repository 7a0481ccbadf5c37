// Package load reads content folders and brand folders into the model of
// package blueprints. It is the only package that reads content files and
// the only one that imports the TOML library.
//
// The TOML library gives positions for syntax errors only, so load keeps
// its own index of where every key and value of a file sits (index.go) and
// decodes into generic maps, converting them itself (table.go). That way
// every problem carries its file:line:col, unknown keys and wrong types are
// reported all at once, and model values keep the position they came from.
// Load checks form (types, required keys, known keys); the meaning
// (references, flow) is checked by blueprints/validate.
package load
