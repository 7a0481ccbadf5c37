// Package measure owns text measurement: the embedded default fonts (the Go
// fonts), a brand's own TrueType fonts, advance widths, line wrapping and
// vertical metrics, all in points.
//
// Widths are computed exactly as the PDF library computes them in its UTF-8
// TrueType mode: each glyph's advance width converted to 1/1000 em and
// rounded, summed, times the size over 1000, without kerning. Layout and
// every renderer therefore break lines at the same words. This package is
// the only one that parses font files; it must not import any other package
// of the project, nor any renderer or PDF library.
package measure
