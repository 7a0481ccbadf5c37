package metric

// sharedGrow is how far around a shared end box a meeting of two edges
// still counts as "at the shared endpoint": Graphviz starts edges of one
// node from nearly the same point, where flattened curves may touch.
const sharedGrow = 4

// crossings counts proper crossings between every pair of edges.
func crossings(edges []Edge, boxes []Box) int {
	byID := make(map[string]Box, len(boxes))
	for _, b := range boxes {
		byID[b.ID] = b
	}
	bb := make([]bounds, len(edges))
	for i, e := range edges {
		bb[i] = pathBounds(e.Path)
	}
	n := 0
	for i := range edges {
		for j := i + 1; j < len(edges); j++ {
			if bb[i].overlaps(bb[j]) {
				n += pairCrossings(edges[i], edges[j], shared(edges[i], edges[j], byID))
			}
		}
	}
	return n
}

// shared returns the boxes both edges end at.
func shared(a, b Edge, byID map[string]Box) []Box {
	var out []Box
	for _, id := range []string{a.From, a.To} {
		if id == b.From || id == b.To {
			if box, ok := byID[id]; ok {
				out = append(out, box)
			}
		}
	}
	return out
}

func pairCrossings(a, b Edge, ends []Box) int {
	n := 0
	for i := 0; i+1 < len(a.Path); i++ {
		p, q := a.Path[i], a.Path[i+1]
		sa := pathBounds([]Point{p, q})
		for j := 0; j+1 < len(b.Path); j++ {
			r, s := b.Path[j], b.Path[j+1]
			if !sa.overlaps(pathBounds([]Point{r, s})) {
				continue
			}
			if x, ok := properCross(p, q, r, s); ok && !nearAny(x, ends) {
				n++
			}
		}
	}
	return n
}

// properCross reports whether segments pq and rs cross at one point inside
// both; touching, ending on the other segment and collinear overlap are
// not crossings.
func properCross(p, q, r, s Point) (Point, bool) {
	d1, d2 := orient(p, q, r), orient(p, q, s)
	d3, d4 := orient(r, s, p), orient(r, s, q)
	if !(d1*d2 < 0 && d3*d4 < 0) {
		return Point{}, false
	}
	t := d3 / (d3 - d4)
	return Point{p.X + t*(q.X-p.X), p.Y + t*(q.Y-p.Y)}, true
}

// orient is twice the signed area of triangle abc, zeroed when tiny so
// that points on a line (orthogonal routes) count as on it.
func orient(a, b, c Point) float64 {
	v := (b.X-a.X)*(c.Y-a.Y) - (b.Y-a.Y)*(c.X-a.X)
	if v > -1e-9 && v < 1e-9 {
		return 0
	}
	return v
}

func nearAny(p Point, boxes []Box) bool {
	for _, b := range boxes {
		g := boxBounds(b, sharedGrow)
		if p.X >= g.x0 && p.X <= g.x1 && p.Y >= g.y0 && p.Y <= g.y1 {
			return true
		}
	}
	return false
}
