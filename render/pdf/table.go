package pdf

import (
	"math"

	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Table type size, cell padding and stripe strength, in points.
const (
	cellSize  = 8.5
	cellPadX  = 4.0
	cellPadY  = 3.0
	zebraTint = 0.07
)

// grid is a table's columns across the text column, and the header's
// wrapped cells, drawn again at the top of every page the table runs on.
type grid struct {
	x, w   []float64
	header [][]string
}

// table lays out t: the header row, then every row, starting a new page
// (with the header again) when a row does not fit, and splitting only a
// row taller than a whole page.
func (fl *flow) table(t doc.Table) {
	g := fl.grid(t)
	if len(g.w) == 0 {
		return
	}
	first := 0.0
	if len(t.Rows) > 0 {
		first = fl.rowHeight(fl.cells(t.Rows[0], g.w, false))
	}
	// Keep the header with the first row, up to a third of a page.
	fl.room(fl.rowHeight(g.header) + min(first, (fl.bottom-pageMargin)/3))
	fl.headerRow(g)
	for i, row := range t.Rows {
		fl.row(g, fl.cells(row, g.w, false), i%2 == 1)
	}
}

// grid sizes the columns: by the table's relative widths when it gives one
// positive width per column, else equally.
func (fl *flow) grid(t doc.Table) grid {
	n := len(t.Header)
	if n == 0 {
		for _, r := range t.Rows {
			n = max(n, len(r))
		}
	}
	weights := t.Widths
	sum := 0.0
	for _, w := range weights {
		if !positive(w) {
			sum = math.NaN()
		}
		sum += w
	}
	if len(weights) != n || !positive(sum) {
		weights, sum = make([]float64, n), float64(n)
		for i := range weights {
			weights[i] = 1
		}
	}
	g := grid{x: make([]float64, n), w: make([]float64, n)}
	x := fl.left
	for i, wt := range weights {
		g.x[i], g.w[i] = x, (fl.right-fl.left)*wt/sum
		x += g.w[i]
	}
	if len(t.Header) > 0 {
		g.header = fl.cells(t.Header, g.w, true)
	}
	return g
}

// cells wraps each cell of a row to its column; missing cells are empty
// and cells past the last column are dropped.
func (fl *flow) cells(row []string, ws []float64, bold bool) [][]string {
	out := make([][]string, len(ws))
	for i := range ws {
		if i < len(row) {
			out[i] = fl.c.ruler.Wrap(row[i], cellSize, bold, ws[i]-2*cellPadX)
		}
	}
	return out
}

// rowHeight is the height of a row of wrapped cells, one line at least.
func (fl *flow) rowHeight(cells [][]string) float64 {
	return float64(max(1, tallest(cells)))*fl.c.ruler.LineHeight(cellSize) + 2*cellPadY
}

func tallest(cells [][]string) int {
	n := 0
	for _, c := range cells {
		n = max(n, len(c))
	}
	return n
}

// headerRow draws the header: bold text in the background colour on the
// primary colour.
func (fl *flow) headerRow(g grid) {
	if len(g.header) == 0 {
		return
	}
	fl.piece(g, g.header, 0, max(1, tallest(g.header)), fl.c.pal.Primary, fl.c.pal.Background, true)
}

// row draws one body row. A row that does not fit below moves to a new
// page (header repeated) when it would fit there whole; a row taller than
// a page is split between lines instead, starting where it is unless
// fewer than minPiece lines fit there.
func (fl *flow) row(g grid, cells [][]string, striped bool) {
	const minPiece = 3
	fill := fl.c.pal.Background
	if striped {
		fill = fl.c.pal.Tint(fl.c.pal.Primary, zebraTint)
	}
	lh := fl.c.ruler.LineHeight(cellSize)
	linesFitting := func(top float64) int { return int((fl.bottom - top - 2*cellPadY) / lh) }
	onFreshPage := linesFitting(pageMargin + fl.headerHeight(g))
	n, start := max(1, tallest(cells)), 0
	fresh := false // nothing but the header on this page yet
	for start < n {
		fits, rest := linesFitting(fl.y), n-start
		if fits < rest && !fresh && (rest <= onFreshPage || fits < minPiece) {
			fl.newPage()
			fl.headerRow(g)
			fresh = true
			continue
		}
		k := min(rest, max(fits, 1))
		fl.piece(g, cells, start, start+k, fill, fl.c.pal.Text, false)
		start += k
		fresh = false
	}
}

// headerHeight is the height of the header row, 0 for a table without.
func (fl *flow) headerHeight(g grid) float64 {
	if len(g.header) == 0 {
		return 0
	}
	return fl.rowHeight(g.header)
}

// piece draws lines from to to of a row's cells as one band of the
// table, with its fill, its column rules and its text.
func (fl *flow) piece(g grid, cells [][]string, from, to int, fill, ink palette.RGB, bold bool) {
	lh := fl.c.ruler.LineHeight(cellSize)
	h := float64(to-from)*lh + 2*cellPadY
	if !fl.dry {
		c := fl.c
		c.fill(fill)
		c.stroke(c.pal.Tint(c.pal.Line, 0.35), 0.5)
		c.rect(geom.Rect{X: fl.left, Y: fl.y, W: fl.right - fl.left, H: h}, 0, "DF")
		for i := 1; i < len(g.x); i++ {
			c.f.Line(g.x[i], fl.y, g.x[i], fl.y+h)
		}
		for i, col := range cells {
			for j := from; j < to && j < len(col); j++ {
				y := fl.y + cellPadY + float64(j-from)*lh + c.ruler.Ascent(cellSize)
				c.text(geom.Text{Text: col[j], X: g.x[i] + cellPadX, Y: y, Size: cellSize, Bold: bold}, ink)
			}
		}
	}
	fl.y += h
}
