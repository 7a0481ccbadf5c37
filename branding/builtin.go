package branding

import (
	"embed"
	"io/fs"
)

// DefaultID is the id of the brand that ships with the tool and is used
// when a build names none.
const DefaultID = "default"

// builtin holds the shipped brand folders. An embed.FS is read-only, so
// this is not mutable state.
//
//go:embed default northwind
var builtin embed.FS

// Builtin returns the brands that ship with the tool as a file system whose
// top-level folders are brand ids ("default", "northwind"), each holding a
// brand.toml and the files it names. The loader reads a brand from it as
// from any folder; a user's brand folder of the same id should win over it.
func Builtin() fs.FS { return builtin }
