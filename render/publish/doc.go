// Package publish is the only package that writes files. It owns the output
// folder: every output lands atomically (a temporary file in the same
// folder, renamed over the old one), an output that already holds the same
// bytes is left alone so an unchanged build writes nothing, and no path may
// leave the folder. Writes reach the disk in one batch of fsyncs (Sync)
// before the manifest is written, rather than one by one.
//
// A manifest at the root of the folder (ManifestName) lists the files
// builds wrote there. It is what makes deleting safe: besides its own
// temporary files, publish deletes only a file that the manifest lists
// and that still holds the bytes the manifest recorded, so a user's own
// files, and outputs the user has since edited, are never touched.
//
// It imports only the standard library: it must not import the model,
// layout or any renderer; callers hand it bytes.
package publish
