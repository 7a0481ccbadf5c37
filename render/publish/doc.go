// Package publish is the only package that writes files. It owns the output
// folder: every output lands atomically (a temporary file in the same
// folder, fsync, rename), an output that already holds the same bytes is
// left alone so an unchanged build writes nothing, and no path may leave
// the folder. It never deletes anything but its own temporary files.
//
// It imports only the standard library: it must not import the model,
// layout or any renderer; callers hand it bytes.
package publish
