// Package synth generates random, valid blueprint content from a seed: a
// series, its catalogue and a module whose sub-processes have as many
// tasks, lanes, decisions, loops, parallel branches and connectors as asked.
// Layout tests, fuzz targets and benchmarks use it to exercise shapes of
// flow that hand-written content does not reach.
//
// The same seed and options always give the same content. Valid means what
// the validator checks: ids are unique, every reference resolves, every task
// is reachable from a start (or an incoming connector) and reaches an end
// (or an outgoing connector). The package builds model values only: it
// imports the model (package blueprints) and nothing else of the project,
// and it does no I/O.
package synth
