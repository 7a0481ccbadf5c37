// Package layout turns the personalized model into page geometry: the
// lanes, boxes, wrapped text lines and edge routes of a sub-process map,
// a module overview and a series life cycle, as numbers in points
// (package render/geom). It also checks a page's invariants (Check) and
// counts its crossings and bends (Crossings).
//
// A process map is a grid: lanes are rows (one per role and stage, in stage
// order, then the module's lane order), time steps are columns (a layering
// of the flow graph with the back edges of loops reversed). Edges run only
// through gutters, channels and empty cells, each on its own track, so no
// edge crosses a box and no two edges share a segment by construction; a
// maze router with bend and crossing costs picks each route, and the order
// of tracks within each gutter is chosen to avoid crossings.
//
// Text is measured with a measure.Ruler, the same font files the PDF
// embeds. Layout knows nothing of SVG or PDF: it imports the model, geom
// and measure, and must not import any renderer, the loader, the validator
// or branding.
package layout
