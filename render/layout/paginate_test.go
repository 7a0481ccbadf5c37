package layout

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/branding"
	"github.com/blueprint-tools/blueprint/internal/synth"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/pdf"
)

// Every sub-process of the shipped content, on every diagram paper,
// paginates into pages that keep the layout's invariants, print with no
// text under 7 pt (as the PDF renderer places them) and hold every task
// once, with a matched pair of markers for every flow between pages.
func TestPaginateShippedContent(t *testing.T) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	if ds.Errors() > 0 {
		t.Fatal(ds)
	}
	r := measure.Default()
	opt := Options{Brand: "Northwind Managed IT"}
	for _, paper := range geom.DiagramPapers() {
		split := 0
		for _, m := range set.Modules {
			sc := blueprints.NewScope(set, m)
			for _, sp := range m.Subprocesses {
				pages := Paginate(sc, m, sp, r, opt, paper)
				name := paper.Name + " " + sp.ID
				checkPagination(t, name, sc, m, sp, pages, Subprocess(sc, m, sp, r, opt))
				checkPrint(t, name, pages, paper)
				if len(pages) > 1 {
					split++
				}
			}
		}
		if split == 0 {
			t.Errorf("%s: no sub-process needed more than one page", paper.Name)
		}
	}
}

// checkPrint checks that every page prints with text of at least
// pdf.MinTextSize, and that layout and the PDF renderer agree on the
// scale.
func checkPrint(t *testing.T, name string, pages []geom.Page, paper geom.Paper) {
	t.Helper()
	for _, p := range pages {
		pl, err := pdf.Place(p, paper.Name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if pl.MinText < pdf.MinTextSize-1e-9 {
			t.Errorf("%s page %d: smallest text prints at %.2f pt", name, p.Number, pl.MinText)
		}
		if s := paper.PrintScale(p.Width, p.Height); s != pl.Scale {
			t.Errorf("%s page %d: layout expects scale %v, the PDF renderer uses %v", name, p.Number, s, pl.Scale)
		}
	}
}

// A long synthetic map (200 tasks, loops, decisions, several entries and
// exits) splits into several pages that keep every invariant.
func TestPaginateSyntheticMap(t *testing.T) {
	r := measure.Default()
	for seed := int64(1); seed <= 3; seed++ {
		t.Run(fmt.Sprint("seed-", seed), func(t *testing.T) {
			t.Parallel()
			set := synth.Module(seed, synth.Options{Tasks: 200, Lanes: 8, Decisions: 0.3, Loops: 0.2, In: 2, Out: 2})
			m := set.Modules[0]
			sc := blueprints.NewScope(set, m)
			sp := m.Subprocesses[0]
			pages := Paginate(sc, m, sp, r, Options{}, geom.DiagramPapers()[0])
			if len(pages) < 3 {
				t.Errorf("%d pages for 200 tasks", len(pages))
			}
			checkPagination(t, sp.ID, sc, m, sp, pages, Subprocess(sc, m, sp, r, Options{}))
		})
	}
}

// A map that prints readably whole comes back as the one page Subprocess
// makes; nothing to lay out, or no usable paper, gives one page too.
func TestPaginateKeepsWholeMap(t *testing.T) {
	r := measure.Default()
	set := synth.Module(2, synth.Options{Tasks: 8, Lanes: 3})
	m := set.Modules[0]
	sc := blueprints.NewScope(set, m)
	sp := m.Subprocesses[0]
	tabloid := geom.DiagramPapers()[0]
	pages := Paginate(sc, m, sp, r, Options{}, tabloid)
	if want := Subprocess(sc, m, sp, r, Options{}); len(pages) != 1 || !reflect.DeepEqual(pages[0], want) {
		t.Errorf("a small map gave %d pages, or a page unlike Subprocess's", len(pages))
	}
	for _, c := range []struct {
		sp    *blueprints.Subprocess
		paper geom.Paper
	}{{nil, tabloid}, {&blueprints.Subprocess{ID: "empty"}, tabloid}, {synth.Module(1, synth.Options{Tasks: 60}).Modules[0].Subprocesses[0], geom.Paper{}}} {
		if pages := Paginate(nil, nil, c.sp, r, Options{}, c.paper); len(pages) != 1 || pages[0].Of != 1 {
			t.Errorf("%d pages, want 1 of 1", len(pages))
		}
	}
}

func TestPaginateIsDeterministic(t *testing.T) {
	r := measure.Default()
	set := synth.Module(5, synth.Options{Tasks: 120, Lanes: 7, Loops: 0.3})
	m := set.Modules[0]
	sc := blueprints.NewScope(set, m)
	legal, _ := geom.DiagramPaper("legal")
	a := Paginate(sc, m, m.Subprocesses[0], r, Options{}, legal)
	b := Paginate(sc, m, m.Subprocesses[0], r, Options{}, legal)
	if len(a) < 2 || !reflect.DeepEqual(a, b) {
		t.Errorf("two paginations of the same map differ (or gave %d pages)", len(a))
	}
}

// checkPagination checks the pages of one sub-process: ids and numbers,
// the invariants of each page, lanes in the order of the whole map's,
// every task on exactly one page, every flow drawn (on its page or as a
// pair of markers), and every pair of markers matched, linked and used by
// the flow it stands for.
func checkPagination(t *testing.T, name string, sc *blueprints.Scope, m *blueprints.Module, sp *blueprints.Subprocess, pages []geom.Page, whole geom.Page) {
	t.Helper()
	onPage := map[string]int{}
	for i, p := range pages {
		want := fmt.Sprintf("%s/%s/%d", m.ID, sp.ID, i+1)
		if p.ID != want || p.Number != i+1 || p.Of != len(pages) {
			t.Errorf("%s: page %d is %q, %d of %d", name, i+1, p.ID, p.Number, p.Of)
		}
		if tb := titleTextsOf(p); !strings.Contains(tb, fmt.Sprintf("page %d of %d", i+1, len(pages))) {
			t.Errorf("%s page %d: title block says %q", name, i+1, tb)
		}
		for _, pr := range Check(p) {
			t.Errorf("%s page %d: %v", name, i+1, pr)
		}
		checkLaneOrder(t, name, p, whole)
		for _, b := range p.Boxes {
			if sp.Task(b.ID) != nil {
				if j, seen := onPage[b.ID]; seen {
					t.Errorf("%s: task %s on pages %d and %d", name, b.ID, j+1, i+1)
				}
				onPage[b.ID] = i
			}
		}
	}
	for _, task := range sp.Tasks {
		if _, ok := onPage[task.ID]; !ok {
			t.Errorf("%s: task %s is on no page", name, task.ID)
		}
	}
	checkMarkers(t, name, sp, pages, onPage)
}

// titleTextsOf joins the texts of a page's title block.
func titleTextsOf(p geom.Page) string {
	if p.TitleBlock == nil {
		return ""
	}
	var s []string
	for _, tx := range p.TitleBlock.Texts {
		s = append(s, tx.Text)
	}
	return strings.Join(s, " | ")
}

// checkLaneOrder checks that a page's lanes keep the whole map's order.
func checkLaneOrder(t *testing.T, name string, p, whole geom.Page) {
	t.Helper()
	at := map[[2]string]int{}
	for i, l := range whole.Lanes {
		at[[2]string{l.Role, l.Stage}] = i
	}
	last := -1
	for _, l := range p.Lanes {
		i, ok := at[[2]string{l.Role, l.Stage}]
		if !ok || i <= last {
			t.Errorf("%s page %d: lane %s/%s out of the map's order", name, p.Number, l.Role, l.Stage)
		}
		last = i
	}
}

// marker is an off-page marker found on a page, with the task its edge
// joins.
type marker struct {
	page, other int
	link, task  string
}

// checkMarkers matches markers up: one "L → page b" on page a and one
// "L ← page a" on page b per letter, linking to each other's page, for
// exactly the flows whose tasks are on different pages.
func checkMarkers(t *testing.T, name string, sp *blueprints.Subprocess, pages []geom.Page, onPage map[string]int) {
	t.Helper()
	outs, ins := findMarkers(t, name, sp, pages)
	crossing := map[[2]string]bool{}
	for _, task := range sp.Tasks {
		for _, fl := range task.Next {
			if to, ok := onPage[fl.To.ID]; ok && to != onPage[task.ID] {
				crossing[[2]string{task.ID, fl.To.ID}] = true
			}
		}
	}
	if len(outs) != len(crossing) || len(ins) != len(crossing) {
		t.Errorf("%s: %d flows cross pages, %d outgoing and %d incoming markers", name, len(crossing), len(outs), len(ins))
	}
	for l, out := range outs {
		in, ok := ins[l]
		switch {
		case !ok:
			t.Errorf("%s: marker %s has no other end", name, l)
		case out.other != in.page || in.other != out.page || out.page == in.page:
			t.Errorf("%s: marker %s on page %d says page %d; its other end on page %d says page %d", name, l, out.page, out.other, in.page, in.other)
		case out.link != pages[in.page-1].ID || in.link != pages[out.page-1].ID:
			t.Errorf("%s: marker %s links to %q and %q", name, l, out.link, in.link)
		case !crossing[[2]string{out.task, in.task}]:
			t.Errorf("%s: marker %s joins %s to %s, which is no flow between pages", name, l, out.task, in.task)
		}
	}
}

// findMarkers collects the markers of every page by letter, each with
// the task its edge comes from (outgoing) or goes to (incoming).
func findMarkers(t *testing.T, name string, sp *blueprints.Subprocess, pages []geom.Page) (outs, ins map[string]marker) {
	outs, ins = map[string]marker{}, map[string]marker{}
	markerLabel := regexp.MustCompile(`^([A-Z]+) (→|←) page (\d+)$`)
	for i, p := range pages {
		for _, b := range p.Boxes {
			if sp.Task(b.ID) != nil {
				continue
			}
			var words []string
			for _, l := range b.Lines {
				words = append(words, l.Text)
			}
			g := markerLabel.FindStringSubmatch(strings.Join(words, " "))
			if g == nil || b.Shape != geom.ShapeConnector {
				t.Errorf("%s page %d: box %s (%v) is neither a task nor a marker", name, i+1, b.ID, words)
				continue
			}
			other, _ := strconv.Atoi(g[3])
			mk := marker{page: i + 1, other: other, link: b.Link}
			into := outs
			if g[2] == "←" {
				into = ins
			}
			if _, dup := into[g[1]]; dup {
				t.Errorf("%s: marker %s %s twice", name, g[1], g[2])
			}
			mk.task = edgeEnd(p, b.ID, g[2] == "←")
			into[g[1]] = mk
		}
	}
	return outs, ins
}

// edgeEnd is the task at the other end of the one edge of box id: the
// task it leads to when out is set, else the task leading to it.
func edgeEnd(p geom.Page, id string, out bool) string {
	var ends []string
	for _, e := range p.Edges {
		switch {
		case out && e.From == id:
			ends = append(ends, e.To)
		case !out && e.To == id:
			ends = append(ends, e.From)
		}
	}
	if len(ends) != 1 {
		return fmt.Sprintf("%d edges", len(ends))
	}
	return ends[0]
}

// The letters name crossings A to Z, then AA, AB and so on.
func TestMarkerLetters(t *testing.T) {
	var got []string
	for _, k := range []int{0, 1, 25, 26, 27, 51, 52, 701, 702} {
		got = append(got, letters(k))
	}
	want := []string{"A", "B", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"}
	if !slices.Equal(got, want) {
		t.Errorf("letters = %v, want %v", got, want)
	}
}

// BenchmarkPaginate paginates a 200-task map for tabloid paper.
func BenchmarkPaginate(b *testing.B) {
	set := synth.Module(1, synth.Options{Tasks: 200, Lanes: 8})
	m := set.Modules[0]
	sc := blueprints.NewScope(set, m)
	r := measure.Default()
	paper := geom.DiagramPapers()[0]
	b.ReportAllocs()
	for b.Loop() {
		Paginate(sc, m, m.Subprocesses[0], r, Options{}, paper)
	}
}

// Content the validator would reject (repeated ids, flows to unknown
// tasks and to the task itself, unknown kinds and stages, a marker's id
// already taken) still paginates on a paper too small for any page, each
// page keeping the invariants.
func TestPaginateSurvivesBadContentAndSmallPaper(t *testing.T) {
	task := func(id string, kind blueprints.Kind, role, stage string, next ...string) *blueprints.Task {
		t := &blueprints.Task{ID: id, Kind: kind, Label: "Do " + id, Role: blueprints.Ref{ID: role}, Stage: blueprints.Stage(stage)}
		for _, n := range next {
			t.Next = append(t.Next, blueprints.Flow{To: blueprints.Ref{ID: n}, Label: "to " + n})
		}
		return t
	}
	sp := &blueprints.Subprocess{ID: "x", Tasks: []*blueprints.Task{
		task("a", blueprints.KindStart, "r1", "customer", "b", "b", "a", "zz"),
		task("b", "weird", "r2", "nowhere", "c"),
		task("c", blueprints.KindDecision, "", "", "a", "d", "off-page-A"),
		task("off-page-A", blueprints.KindTask, "r1", "onstage", "d"),
		task("d", blueprints.KindEnd, "r1", "support"),
		task("d", blueprints.KindTask, "r1", "support", "a"),
		task("e", blueprints.KindConnector, "r1", "backstage", "a"),
	}}
	for _, paper := range []geom.Paper{{Name: "tiny", W: 300, H: 200}, {Name: "card", W: 500, H: 400}} {
		pages := Paginate(nil, nil, sp, measure.Default(), Options{}, paper)
		if len(pages) < 2 {
			t.Errorf("%s: %d pages", paper.Name, len(pages))
		}
		ids := map[string]int{}
		for _, p := range pages {
			for _, pr := range Check(p) {
				t.Errorf("%s page %d: %v", paper.Name, p.Number, pr)
			}
			for _, b := range p.Boxes {
				ids[b.ID]++
			}
		}
		if ids["off-page-A"] != 1 || ids["d"] != 2 {
			t.Errorf("%s: the content's boxes appear %v times", paper.Name, ids)
		}
	}
}

// The pages of the shipped MSP-05h, personalized for a brand, draw as a
// PDF on every diagram paper, where each off-page marker becomes a link.
func TestPaginatedPDF(t *testing.T) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	sub, err := fs.Sub(branding.Builtin(), "northwind")
	if err != nil || ds.Errors() > 0 {
		t.Fatal(err, ds)
	}
	brand, ds := load.Brand(sub, "northwind")
	if ds.Errors() > 0 {
		t.Fatal(ds)
	}
	set = branding.Apply(set, brand)
	m, th := set.Modules[0], branding.Theme(brand)
	for _, mod := range set.Modules {
		if mod.ID == "MSP-05h" {
			m = mod
		}
	}
	sc := blueprints.NewScope(set, m)
	for _, paper := range geom.DiagramPapers() {
		pages, markers := []geom.Page{Overview(sc, m, measure.Default(), Options{Brand: th.Name})}, 0
		for _, sp := range m.Subprocesses {
			for _, p := range Paginate(sc, m, sp, measure.Default(), Options{Brand: th.Name}, paper) {
				markers += len(p.Boxes) - countTasks(sp, p)
				pages = append(pages, p)
			}
		}
		var buf bytes.Buffer
		if err := pdf.Diagrams(&buf, pages, th, pdf.Options{Paper: paper.Name}); err != nil {
			t.Fatalf("%s: %v", paper.Name, err)
		}
		if links := bytes.Count(buf.Bytes(), []byte("/Subtype /Link")); markers == 0 || links < markers {
			t.Errorf("%s: %d links in the PDF for %d off-page markers", paper.Name, links, markers)
		}
	}
}

// countTasks counts the boxes of p that are tasks of sp.
func countTasks(sp *blueprints.Subprocess, p geom.Page) int {
	n := 0
	for _, b := range p.Boxes {
		if sp.Task(b.ID) != nil {
			n++
		}
	}
	return n
}

// BenchmarkPaginateShipped paginates every sub-process of the shipped
// content for every diagram paper.
func BenchmarkPaginateShipped(b *testing.B) {
	set, ds := load.Dir(os.DirFS("../../blueprints"), "blueprints")
	if ds.Errors() > 0 {
		b.Fatal(ds)
	}
	r := measure.Default()
	b.ReportAllocs()
	for b.Loop() {
		for _, paper := range geom.DiagramPapers() {
			for _, m := range set.Modules {
				sc := blueprints.NewScope(set, m)
				for _, sp := range m.Subprocesses {
					Paginate(sc, m, sp, r, Options{}, paper)
				}
			}
		}
	}
}
