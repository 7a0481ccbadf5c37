package layout

// The routing grid. Along x, slots alternate gutter, column, gutter, ...,
// gutter; along y they are channels, rows of cells, and bands between
// regions. A tile is one x slot crossed with one y slot. A box fills the
// tile of its column and row; every other tile is free for edges, which
// cross it on tracks of their own. Slot sizes are only known once tracks
// are counted, so routing works on tiles and coordinates come last.

// slotKind says what a slot of the grid is.
type slotKind uint8

const (
	gutter  slotKind = iota // x: between columns
	column                  // x: a column of cells
	channel                 // y: between rows of cells
	cellRow                 // y: a row of cells
	band                    // y: between regions; edges cross it, never run along it
)

// grid is the routing grid of one diagram.
type grid struct {
	xs, ys []slotKind
	nx, ny int
	cell   []int32    // node index + 1 at each tile, 0 when free
	hcnt   []uint16   // horizontal runs through each tile
	vcnt   []uint16   // vertical runs through each tile
	ports  [][4]uint8 // edge ends on each side of each node
	at     []int32    // tile of each node
}

func newGrid(xs, ys []slotKind, nodes int) *grid {
	g := &grid{xs: xs, ys: ys, nx: len(xs), ny: len(ys)}
	n := g.nx * g.ny
	g.cell = make([]int32, n)
	g.hcnt = make([]uint16, n)
	g.vcnt = make([]uint16, n)
	g.ports = make([][4]uint8, nodes)
	g.at = make([]int32, nodes)
	return g
}

// place puts node v in the tile at (x, y).
func (g *grid) place(v, x, y int) {
	t := int32(y*g.nx + x)
	g.cell[t] = int32(v + 1)
	g.at[v] = t
}

func (g *grid) xy(t int32) (int, int) { return int(t) % g.nx, int(t) / g.nx }

// xSlots is the x slots of a grid of ncol columns: a gutter before, between
// and after them.
func xSlots(ncol int) []slotKind {
	xs := make([]slotKind, 0, 2*ncol+1)
	for range ncol {
		xs = append(xs, gutter, column)
	}
	return append(xs, gutter)
}
