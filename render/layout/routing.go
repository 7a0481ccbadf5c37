package layout

import "sort"

// gridEdge is an edge to route between two placed nodes.
type gridEdge struct {
	from, to int
	back     bool // runs against time: a loop closing
	decision bool // leaves a decision: branches spread over its sides
}

// routeAll routes every edge: forward edges by increasing span, then back
// edges; then each edge again with all the others in place, so early
// edges see the later ones too.
func routeAll(g *grid, edges []gridEdge) []route {
	order := routeOrder(g, edges)
	r := newRouter(g)
	routes := make([]route, len(edges))
	for pass := range routePasses {
		for _, i := range order {
			rt := &routes[i]
			if pass > 0 {
				if !g.improvable(rt) {
					continue
				}
				g.mark(rt, -1)
				r.refreshRoute(rt)
			}
			e := edges[i]
			rt.edge, rt.from, rt.to, rt.back = i, e.from, e.to, e.back
			if !r.find(rt, e.decision) {
				rt.tiles = nil
				continue
			}
			g.mark(rt, 1)
			r.refreshRoute(rt)
		}
	}
	return routes
}

// routeOrder is the order in which routeAll routes the edges: forward
// edges by increasing span, then back edges.
func routeOrder(g *grid, edges []gridEdge) []int {
	order := make([]int, len(edges))
	for i := range order {
		order[i] = i
	}
	span := func(e gridEdge) int {
		ax, ay := g.xy(g.at[e.from])
		bx, by := g.xy(g.at[e.to])
		return abs(ax-bx) + abs(ay-by)
	}
	sort.SliceStable(order, func(a, b int) bool {
		ea, eb := edges[order[a]], edges[order[b]]
		if ea.back != eb.back {
			return !ea.back
		}
		return span(ea) < span(eb)
	})
	return order
}

// improvable says whether a route might do better on another pass: it
// turns more than once or runs where other edges cross its way. Others
// are left alone, which keeps later passes cheap.
func (g *grid) improvable(rt *route) bool {
	if len(rt.tiles) < 2 {
		return true
	}
	turns := 0
	for i := 1; i+1 < len(rt.tiles); i++ {
		t := rt.tiles[i]
		in, out := g.dir(rt.tiles[i-1], t), g.dir(t, rt.tiles[i+1])
		if in != out {
			turns++
		}
		if in.horizontal() && out.horizontal() && g.vcnt[t] > 0 || !in.horizontal() && !out.horizontal() && g.hcnt[t] > 0 {
			return true
		}
	}
	return turns > 1
}

// mark adds (delta 1) or removes (delta -1) a route's use of tiles and
// box sides.
func (g *grid) mark(rt *route, delta int) {
	if len(rt.tiles) < 2 {
		return
	}
	g.ports[rt.from][rt.exit] = uint8(int(g.ports[rt.from][rt.exit]) + delta)
	g.ports[rt.to][rt.entry] = uint8(int(g.ports[rt.to][rt.entry]) + delta)
	for i := 1; i+1 < len(rt.tiles); i++ {
		t := rt.tiles[i]
		in, out := g.dir(rt.tiles[i-1], t), g.dir(t, rt.tiles[i+1])
		if in.horizontal() || out.horizontal() {
			g.hcnt[t] = uint16(int(g.hcnt[t]) + delta)
		}
		if !in.horizontal() || !out.horizontal() {
			g.vcnt[t] = uint16(int(g.vcnt[t]) + delta)
		}
	}
}

// dir is the direction from tile a to the neighbouring tile b.
func (g *grid) dir(a, b int32) side {
	switch b - a {
	case 1:
		return east
	case -1:
		return west
	case int32(g.nx):
		return south
	}
	return north
}

// refreshRoute updates the step costs of the tiles a route runs through,
// after it was marked or unmarked.
func (r *router) refreshRoute(rt *route) {
	for i := 1; i+1 < len(rt.tiles); i++ {
		r.refresh(rt.tiles[i])
	}
}
