package report

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/doc"
)

// HTMLOptions are the choices of HTML. The zero value gives the default
// colours and the brand's name in place of a logo.
type HTMLOptions struct {
	// Primary is the brand colour as "#rrggbb", for headings, rules and
	// table heads. A colour too light to read on white is darkened.
	Primary string
	// Logo is a relative URL of the brand's logo image (for example
	// "../logo.svg"), shown at the top of the page in place of the brand's
	// name. Absolute URLs are refused, so a page keeps working from a zip
	// on disk or any sub-path of a host.
	Logo string
}

// templates holds the page template and its style sheet. An embed.FS is
// read-only, so this is not mutable state.
//
//go:embed report.html report.css
var templates embed.FS

// HTML writes r as a standalone, printable HTML page: a heading block, a
// table of contents linking to each section, the sections with their
// paragraphs, lists and tables, and an embedded style sheet with print
// rules (the Task Report prints landscape). Every text of r is escaped by
// html/template; the page has no scripts and links only within itself
// and to opt.Logo. An invalid opt is an error and nothing is written.
func HTML(w io.Writer, r doc.Report, opt HTMLOptions) error {
	pal, err := newPalette(opt.Primary)
	if err != nil {
		return fmt.Errorf("report html: %w", err)
	}
	if err := checkRelative(opt.Logo); err != nil {
		return fmt.Errorf("report html: %w", err)
	}
	t, err := template.New("report.html").ParseFS(templates, "report.html", "report.css")
	if err != nil {
		return fmt.Errorf("report html: %w", err)
	}
	if err := t.Execute(w, newPage(r, pal, opt.Logo)); err != nil {
		return fmt.Errorf("report html: %w", err)
	}
	return nil
}

// checkRelative refuses a URL with a scheme or host, or one that starts
// at the root of a host.
func checkRelative(ref string) error {
	if ref == "" {
		return nil
	}
	u, err := url.Parse(ref)
	if err != nil || u.Scheme != "" || u.Host != "" || strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "\\") {
		return fmt.Errorf("logo %q is not a relative URL", ref)
	}
	return nil
}

// page is what the template sees: the report with anchors made safe and
// tables normalized.
type page struct {
	doc.Report
	Colors    palette
	Logo      string
	Landscape bool
	Sections  []section
}

type section struct {
	ID, Heading string
	Blocks      []block
}

type block struct {
	Heading, Paragraph string
	List               []string
	Table              *table
}

// table is a doc.Table with every row as wide as the widest, and column
// widths as percentages.
type table struct {
	Widths []string
	Header []cell
	Rows   [][]cell
	// Short tables are kept on one printed page; long ones break
	// between rows, repeating their head.
	Short bool
}

// cell is one cell; Num right-aligns a column of numbers, head included,
// so that counts and totals line up.
type cell struct {
	Text string
	Num  bool
}

func newPage(r doc.Report, pal palette, logo string) page {
	p := page{Report: r, Colors: pal, Logo: logo, Landscape: r.Kind == "tasks"}
	// The page's own anchors are taken, so no section can shadow them.
	seen := map[string]bool{"content": true, "contents": true, "contents-title": true}
	for i, s := range r.Sections {
		id := uniqueID(anchorID(s.ID, i), seen)
		sec := section{ID: id, Heading: s.Heading}
		for _, b := range s.Blocks {
			sec.Blocks = append(sec.Blocks, block{Heading: b.Heading, Paragraph: b.Paragraph, List: b.List, Table: newTable(b.Table)})
		}
		p.Sections = append(p.Sections, sec)
	}
	return p
}

func newTable(t *doc.Table) *table {
	if t == nil {
		return nil
	}
	n := len(t.Header)
	for _, row := range t.Rows {
		n = max(n, len(row))
	}
	num := numericColumns(t.Rows, n)
	out := &table{Header: cells(pad(t.Header, n), num), Widths: percents(t.Widths, n), Short: len(t.Rows) <= shortTable}
	for _, row := range t.Rows {
		out.Rows = append(out.Rows, cells(pad(row, n), num))
	}
	return out
}

// shortTable is the most rows a table may have to be kept on one page.
const shortTable = 12

func cells(row []string, num []bool) []cell {
	out := make([]cell, len(row))
	for i, s := range row {
		out[i] = cell{Text: s, Num: num[i]}
	}
	return out
}

// numericColumns reports for each column whether every cell that is not
// empty holds a number, and one at least does.
func numericColumns(rows [][]string, n int) []bool {
	num := make([]bool, n)
	for i := range num {
		num[i] = true
		seen := false
		for _, row := range rows {
			if i >= len(row) || row[i] == "" {
				continue
			}
			seen = true
			if _, err := strconv.ParseFloat(row[i], 64); err != nil {
				num[i] = false
				break
			}
		}
		num[i] = num[i] && seen
	}
	return num
}

func pad(row []string, n int) []string {
	out := make([]string, n)
	copy(out, row)
	return out
}

// percents turns relative widths into CSS percentages; widths that do not
// fit the columns give none, and the browser sizes the columns.
func percents(widths []float64, n int) []string {
	if len(widths) != n {
		return nil
	}
	var sum float64
	for _, w := range widths {
		if w <= 0 {
			return nil
		}
		sum += w
	}
	out := make([]string, n)
	for i, w := range widths {
		out[i] = strconv.FormatFloat(100*w/sum, 'f', 2, 64) + "%"
	}
	return out
}

// anchorID keeps the characters of id that are safe in a fragment without
// escaping, so that "#sp-11b.01" in the contents finds its section.
func anchorID(id string, index int) string {
	var b strings.Builder
	for _, r := range id {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('-')
		}
	}
	if b.Len() == 0 {
		return "section-" + strconv.Itoa(index+1)
	}
	return b.String()
}

// uniqueID appends a number to an id already used on the page.
func uniqueID(id string, seen map[string]bool) string {
	out := id
	for n := 2; seen[out]; n++ {
		out = id + "-" + strconv.Itoa(n)
	}
	seen[out] = true
	return out
}
