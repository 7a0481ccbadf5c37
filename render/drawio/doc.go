// Package drawio writes the editable draw.io hand-off: one uncompressed
// .drawio file (an mxfile) holding a diagram per geom.Page. Lanes become
// swimlane containers holding their tasks, tasks and blocks become shapes
// carrying their id, role, stage and tooltip as cell data, edges become
// orthogonal connectors with their source and target set and the layout's
// bends as waypoints, so draw.io keeps the route until the user moves a
// task, then reroutes and the flow stays attached.
//
// It owns the draw.io markup, its style strings and the escaping of
// everything it writes (cell labels are HTML inside XML, so text is
// escaped for both). It reads only render/geom (and the standard
// library): it must not import the model (blueprints), branding, layout,
// measure or any other renderer, and it never touches files; publish
// writes what it returns.
//
// Output is byte-identical for the same inputs: cell ids are derived from
// content (task ids, roles, edge ends), never drawn at random.
package drawio
