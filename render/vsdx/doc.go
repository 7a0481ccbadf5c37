// Package vsdx writes the editable Visio hand-off: one .vsdx file (an Open
// Packaging Conventions zip) holding a Visio page per geom.Page. Lanes,
// region lines, tasks, decisions, start and end pills, connectors, blocks,
// title block and legend become plain Visio shapes with their own geometry
// sections, brand colours and text; edges become dynamic connectors glued
// to the shapes they join, so moving a task in Visio keeps its flow
// attached. Task ids, roles, stages and tooltips travel as shape data.
//
// It owns the Visio package layout, the ShapeSheet cells it writes and the
// escaping of everything it writes. It reads only render/geom (and the
// standard library): it must not import the model (blueprints), branding,
// layout, measure or any other renderer, and it never touches files;
// publish writes what it returns.
//
// Output is byte-identical for the same inputs: zip entries come in a
// fixed order with a fixed time (Options.Date), and sheet ids are counted
// in drawing order, never drawn at random.
package vsdx
