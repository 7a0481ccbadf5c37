// Package branding owns the "personalize" stage of the pipeline. It applies
// a loaded brand to a validated content set: the brand's names for roles,
// systems and documents, and its vocabulary in every human-readable text. It
// resolves the brand's theme (colours with defaults, display name, logo) for
// the renderers, and it defines, in this one place, the {kind:id} syntax by
// which prose names catalogue entries. The brands that ship with the tool
// (default and northwind) are embedded here as files.
//
// It sees only the content model (blueprints) and the geometry theme
// (render/geom). It must not import the loader, the validator, layout or any
// renderer, and it reads no files but its own embedded ones: a brand's TOML
// is parsed by blueprints/load.
package branding
