package kit

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
)

// csvBytes encodes records as the reports' CSV files are: UTF-8 with a
// byte-order mark (so Excel reads UTF-8 rather than the system's code
// page), CRLF line ends, and no cell that a spreadsheet would run as a
// formula.
func csvBytes(records [][]string) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("\uFEFF")
	cw := csv.NewWriter(&buf)
	cw.UseCRLF = true
	for _, rec := range records {
		cells := make([]string, len(rec))
		for i, c := range rec {
			cells[i] = csvCell(c)
		}
		if err := cw.Write(cells); err != nil {
			return nil, fmt.Errorf("write csv: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return nil, fmt.Errorf("write csv: %w", err)
	}
	return buf.Bytes(), nil
}

// csvCell defuses formula injection: a cell starting with "=", "+", "-"
// or "@" (or a tab or carriage return hiding such a start) gets a leading
// apostrophe, which spreadsheets show as text. Content is personalized by
// brands and opened by clients, so no cell is trusted.
func csvCell(s string) string {
	if s != "" && strings.IndexByte("=+-@\t\r", s[0]) >= 0 {
		return "'" + s
	}
	return s
}
