// Package build turns a personalized content set into the files of one
// brand's output: it lays out every diagram and renders it, in memory.
// Writing is left to render/publish, so a build can be tested, compared and
// served without touching disk. It may import every stage before it
// (model, layout, renderers) but never reads content files or brand rename
// tables: the set it gets is already personalized.
package build
