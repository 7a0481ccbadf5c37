// Package tomlout writes a model set back out as content files in the TOML
// format of docs/FORMAT.md: one series file, one catalogue file and one
// file per module. The benchmark uses it to turn generated content
// (internal/synth) into a folder that `blueprint build` reads like any
// other.
//
// It writes only what the format has keys for and fills required keys the
// generator leaves empty with neutral text, so the folder passes
// `blueprint check`. It is not a general serializer: comments, key order
// and multi-line strings of hand-written files are not kept.
package tomlout
