// Package report builds the two written reports of a module, the Detail
// Report and the Task Report, and writes them as HTML and CSV.
//
// Detail and Tasks turn a personalized module into a doc.Report, the
// neutral structure that HTML here and render/pdf on paper both draw, so
// the web page and the PDF say the same thing. TaskCSV and DetailCSV write
// the same rows for spreadsheets, with every field in its own column.
// What a row holds is decided once, in rows.go and entries.go; the tables
// and the CSV only format it.
//
// The package owns the report's wording, its HTML markup and CSS, and the
// CSV shape. It reads the model (blueprints) and resolves {kind:id}
// references through branding.ExpandRefs on the already personalized set;
// it must not import the loader, the validator, layout or another
// renderer, and it never touches files: publish writes what it returns.
package report
