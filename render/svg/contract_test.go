package svg

import (
	"regexp"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// orthogonalPath is path data made only of M, L, H and V commands.
var orthogonalPath = regexp.MustCompile(`^M[-0-9.]+ [-0-9.]+([HV][-0-9.]+|L[-0-9.]+ [-0-9.]+)*$`)

// numberAttrs are the attributes that hold plain numbers.
var numberAttrs = []string{"x", "y", "width", "height", "x1", "y1", "x2", "y2", "rx", "ry", "font-size", "textLength"}

func TestContractProcessMap(t *testing.T) {
	const prefix = "d7-"
	p := processPage()
	root := parse(t, render(t, p, brandTheme(), Options{IDPrefix: prefix}))
	checkRoot(t, root, p)
	checkTasks(t, root, p, prefix)
	checkEdges(t, root, p)
	checkLanes(t, root, p)
	checkLines(t, root, p)
	checkIDs(t, root, prefix)
	checkNumbers(t, root)
}

func TestContractOverview(t *testing.T) {
	const prefix = "ov-"
	p := overviewPage()
	root := parse(t, render(t, p, geom.Theme{Logo: pngLogo(t)}, Options{IDPrefix: prefix}))
	checkRoot(t, root, p)
	checkEdges(t, root, p)
	checkIDs(t, root, prefix)
	checkNumbers(t, root)
	blocks := root.all(is("g", "block"))
	if len(blocks) != 6 { // four sub-processes, entry and exit conditions
		t.Fatalf("got %d block groups, want 6", len(blocks))
	}
	for _, b := range blocks {
		id := b.attrs["data-block"]
		switch {
		case id == "11b.04" && (!b.hasClass("planned") || b.attrs["data-link"] != ""):
			t.Errorf("planned block 11b.04: class %q, data-link %q", b.attrs["class"], b.attrs["data-link"])
		case strings.HasPrefix(id, "11b.0") && id != "11b.04" && b.attrs["data-link"] != id:
			t.Errorf("block %s: data-link %q, want %q", id, b.attrs["data-link"], id)
		}
	}
	if n := len(root.all(is("g", "phase"))); n != 1 {
		t.Errorf("got %d phase groups, want 1", n)
	}
}

func checkRoot(t *testing.T, root *elem, p geom.Page) {
	t.Helper()
	want := map[string]string{"width": num(p.Width), "height": num(p.Height), "viewBox": "0 0 " + num(p.Width) + " " + num(p.Height), "role": "img", "aria-label": p.Title}
	if root.name != "svg" {
		t.Fatalf("root is <%s>", root.name)
	}
	for k, v := range want {
		if root.attrs[k] != v {
			t.Errorf("root %s = %q, want %q", k, root.attrs[k], v)
		}
	}
	if len(root.kids) < 2 || root.kids[0].name != "title" || root.kids[0].text != p.Title || root.kids[1].name != "style" {
		t.Errorf("root must start with <title>%s</title> and then the <style> block", p.Title)
	}
	if n := len(root.all(is("style", ""))); n != 1 {
		t.Errorf("got %d style elements, want exactly 1", n)
	}
}

func checkTasks(t *testing.T, root *elem, p geom.Page, prefix string) {
	t.Helper()
	groups := root.all(is("g", "task"))
	if len(groups) != len(p.Boxes) {
		t.Fatalf("got %d task groups, want %d", len(groups), len(p.Boxes))
	}
	for i, b := range p.Boxes {
		g := groups[i]
		want := map[string]string{"id": prefix + "task-" + b.ID, "data-task": b.ID, "data-role": b.Role, "data-stage": b.Stage, "data-link": b.Link}
		for k, v := range want {
			if g.attrs[k] != v {
				t.Errorf("task %s: %s = %q, want %q", b.ID, k, g.attrs[k], v)
			}
		}
		if titles := g.children("title"); len(titles) != 1 || titles[0].text != b.Tooltip {
			t.Errorf("task %s: want one <title> holding the tooltip", b.ID)
		}
		checkShape(t, g, b)
		checkTexts(t, g.children("text"), b.Lines, "task "+b.ID)
	}
}

// checkShape wants exactly one outline, of the element the shape calls for.
func checkShape(t *testing.T, g *elem, b geom.Box) {
	t.Helper()
	rects, polys := g.children("rect"), g.children("polygon")
	wantPoly := b.Shape == geom.ShapeDecision || b.Shape == geom.ShapeConnector
	if len(rects)+len(polys) != 1 || (len(polys) == 1) != wantPoly {
		t.Errorf("task %s (%s): %d rects, %d polygons", b.ID, b.Shape, len(rects), len(polys))
		return
	}
	if wantPoly {
		return
	}
	r := rects[0]
	if r.attrs["x"] != num(b.Rect.X) || r.attrs["width"] != num(b.Rect.W) {
		t.Errorf("task %s: rect at x=%s w=%s, want %s %s", b.ID, r.attrs["x"], r.attrs["width"], num(b.Rect.X), num(b.Rect.W))
	}
	if (b.Shape == geom.ShapeStart || b.Shape == geom.ShapeEnd) && r.attrs["rx"] != num(b.Rect.H/2) {
		t.Errorf("task %s: %s is not a pill (rx=%s)", b.ID, b.Shape, r.attrs["rx"])
	}
}

// checkTexts wants one text element per measured line, at its position and
// pinned to its measured width.
func checkTexts(t *testing.T, got []*elem, want []geom.Text, what string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d text elements, want %d", what, len(got), len(want))
		return
	}
	for i, w := range want {
		a := got[i].attrs
		if got[i].text != w.Text || a["x"] != num(w.X) || a["y"] != num(w.Y) ||
			a["textLength"] != num(w.Width) || a["lengthAdjust"] != "spacingAndGlyphs" {
			t.Errorf("%s line %d: got %q at %s,%s length %s; want %q at %s,%s length %s",
				what, i, got[i].text, a["x"], a["y"], a["textLength"], w.Text, num(w.X), num(w.Y), num(w.Width))
		}
	}
}

func checkEdges(t *testing.T, root *elem, p geom.Page) {
	t.Helper()
	paths := root.all(is("path", "edge"))
	if len(paths) != len(p.Edges) {
		t.Fatalf("got %d edge paths, want %d", len(paths), len(p.Edges))
	}
	for i, e := range p.Edges {
		a := paths[i].attrs
		if a["class"] != "edge" || a["data-from"] != e.From || a["data-to"] != e.To {
			t.Errorf("edge %d: class %q from %q to %q", i, a["class"], a["data-from"], a["data-to"])
		}
		if heads := paths[i].parent.children("polygon"); len(heads) != 1 || !heads[0].hasClass("arrowhead") {
			t.Errorf("edge %s->%s has no arrowhead", e.From, e.To)
		}
	}
	inLogo := func(e *elem) bool { return e.name == "svg" && e.hasClass("logo") }
	for _, path := range root.all(is("path", "")) {
		if !path.inside(inLogo) && !orthogonalPath.MatchString(path.attrs["d"]) {
			t.Errorf("path d=%q uses more than M, L, H and V", path.attrs["d"])
		}
	}
	labels := root.all(is("text", "edge-label"))
	if want := countLabels(p.Edges); len(labels) != want {
		t.Errorf("got %d edge labels, want %d", len(labels), want)
	}
	for _, l := range labels {
		if bg := l.parent.children("rect"); len(bg) != 1 || !bg[0].hasClass("label-bg") {
			t.Errorf("edge label %q has no background plate", l.text)
		}
	}
}

func countLabels(es []geom.Edge) int {
	n := 0
	for _, e := range es {
		if e.Label != nil {
			n++
		}
	}
	return n
}

func checkLanes(t *testing.T, root *elem, p geom.Page) {
	t.Helper()
	lanes := root.all(is("g", "lane"))
	if len(lanes) != len(p.Lanes) {
		t.Fatalf("got %d lanes, want %d", len(lanes), len(p.Lanes))
	}
	for i, l := range p.Lanes {
		g := lanes[i]
		if g.attrs["class"] != "lane" || g.attrs["data-role"] != l.Role || g.attrs["data-stage"] != l.Stage {
			t.Errorf("lane %d: class %q role %q stage %q", i, g.attrs["class"], g.attrs["data-role"], g.attrs["data-stage"])
		}
		band := g.all(is("rect", "lane-band"))
		if len(band) != 1 || band[0].attrs["y"] != num(l.Band.Y) || band[0].attrs["height"] != num(l.Band.H) || band[0].attrs["width"] != num(l.Band.W) {
			t.Errorf("lane %s/%s: band rect missing or misplaced", l.Role, l.Stage)
		}
		checkTexts(t, g.children("text"), l.Label, "lane "+l.Role)
	}
}

func checkLines(t *testing.T, root *elem, p geom.Page) {
	t.Helper()
	lines := root.all(is("line", ""))
	if len(lines) != len(p.Lines) {
		t.Fatalf("got %d line elements, want %d", len(lines), len(p.Lines))
	}
	for i, l := range p.Lines {
		a := lines[i].attrs
		if a["class"] != l.Class || a["y1"] != num(l.Y) || a["y2"] != num(l.Y) || a["x1"] != num(l.X1) || a["x2"] != num(l.X2) {
			t.Errorf("line %d: %v, want class %q at y=%s", i, a, l.Class, num(l.Y))
		}
	}
}

// checkIDs wants every id prefixed and unique.
func checkIDs(t *testing.T, root *elem, prefix string) {
	t.Helper()
	seen := map[string]bool{}
	for _, e := range root.all(func(e *elem) bool { return e.attrs["id"] != "" }) {
		id := e.attrs["id"]
		if !strings.HasPrefix(id, prefix) {
			t.Errorf("<%s id=%q> lacks the prefix %q", e.name, id, prefix)
		}
		if seen[id] {
			t.Errorf("id %q used twice", id)
		}
		seen[id] = true
	}
}

// checkNumbers wants at most two decimals in every numeric attribute and in
// path and polygon coordinates.
func checkNumbers(t *testing.T, root *elem) {
	t.Helper()
	long := regexp.MustCompile(`\.\d{3}`)
	inLogo := func(e *elem) bool { return e.name == "svg" && e.hasClass("logo") }
	for _, e := range root.all(func(*elem) bool { return true }) {
		if e.inside(inLogo) {
			continue
		}
		for _, k := range append(numberAttrs, "d", "points", "viewBox") {
			if v, ok := e.attrs[k]; ok && long.MatchString(v) {
				t.Errorf("<%s %s=%q> has more than two decimals", e.name, k, v)
			}
		}
	}
}
