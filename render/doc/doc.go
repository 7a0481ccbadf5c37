// Package doc is the neutral structure of a report (the Detail Report and
// the Task Report of a module): headings, paragraphs, lists and tables of
// plain text, already personalized and with {role:id} references expanded.
// render/report builds it from the model and writes it as HTML and CSV;
// render/pdf draws it on paper. Like geom, it holds no algorithms and
// imports nothing of the project.
package doc

// Report is one report of one module.
type Report struct {
	// Kind is "detail" or "tasks".
	Kind     string    `json:"kind"`
	Title    string    `json:"title"`    // e.g. "Detail Report"
	Subtitle string    `json:"subtitle"` // e.g. "MSP-11b Service Deactivation"
	Brand    string    `json:"brand"`    // the brand's display name
	Sections []Section `json:"sections"`
}

// Section is a headed part of a report.
type Section struct {
	ID      string  `json:"id"` // stable anchor, e.g. "roles"
	Heading string  `json:"heading"`
	Blocks  []Block `json:"blocks"`
}

// Block is one paragraph, list, table or sub-heading; exactly one field is
// set.
type Block struct {
	Heading   string   `json:"heading,omitempty"` // a sub-heading
	Paragraph string   `json:"paragraph,omitempty"`
	List      []string `json:"list,omitempty"`
	Table     *Table   `json:"table,omitempty"`
}

// Table is a table with a header row, repeated on every printed page.
type Table struct {
	Header []string `json:"header"`
	// Widths are the columns' relative widths (any unit); empty means equal.
	Widths []float64  `json:"widths,omitempty"`
	Rows   [][]string `json:"rows"`
}
