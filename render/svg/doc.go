// Package svg draws one geom.Page as a standalone SVG document that follows
// the SVG contract of the design: task groups with ids and data attributes,
// orthogonal edge paths, lane groups, region lines, title block and legend,
// with brand colours as CSS variables in a single style block so a site can
// restyle a diagram (a dark theme) by CSS alone.
//
// It owns the SVG markup, its class names and the escaping of everything it
// writes. It reads only render/geom: it must not import the model
// (blueprints), branding, layout, measure or any other renderer, and it
// never touches files; publish writes what it returns.
package svg
