// Package pdf draws the printable deliverables: the diagram PDFs of a
// module (one landscape page per geom.Page, scaled to fit tabloid, legal or
// A3 paper, with bookmarks and internal links from connectors to the pages
// they name) and the reports (a doc.Report on letter or A4 paper, with
// wrapped tables whose header row repeats on every page).
//
// It owns the PDF output and is the only package that imports the PDF
// library (fpdf). It embeds the very font files the text was measured with
// (a measure.Ruler), so widths and line breaks match the layout's. It reads
// only render/geom, render/doc and render/measure: it must not import the
// model (blueprints), branding, layout, the other renderers or publish,
// and it never touches files; publish writes what it returns.
//
// Output is byte-identical for the same inputs: dates come from
// Options.Date, never the clock, and the library's catalogues are sorted.
package pdf
