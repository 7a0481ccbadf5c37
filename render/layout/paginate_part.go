package layout

import (
	"fmt"
	"sort"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
)

// cut is the map cut into pages: the page of each task, and the flows
// whose ends are on different pages, each with the letter that pairs its
// two off-page markers.
type cut struct {
	pages  int
	page   []int          // page index of each task
	letter map[int]string // by edge index, for crossing flows only
}

// newCut cuts the map into spans of columns and letters the crossing
// flows in reading order: by the page, column and lane of their source.
func (pg *paginator) newCut(spans []colRange) cut {
	c := cut{pages: len(spans), page: make([]int, len(pg.f.tasks)), letter: map[int]string{}}
	ofCol := make([]int, pg.ncol)
	for i, s := range spans {
		for x := s.lo; x <= s.hi; x++ {
			ofCol[x] = i
		}
	}
	for v := range pg.f.tasks {
		c.page[v] = ofCol[pg.col[v]]
	}
	var cross []int
	for i, e := range pg.f.edges {
		if c.page[e.from] != c.page[e.to] {
			cross = append(cross, i)
		}
	}
	sort.SliceStable(cross, func(i, j int) bool {
		a, b := pg.f.edges[cross[i]].from, pg.f.edges[cross[j]].from
		if c.page[a] != c.page[b] {
			return c.page[a] < c.page[b]
		}
		if pg.col[a] != pg.col[b] {
			return pg.col[a] < pg.col[b]
		}
		return pg.f.lane[a] < pg.f.lane[b]
	})
	for k, e := range cross {
		c.letter[e] = letters(k)
	}
	return c
}

// letters names the k-th crossing: A to Z, then AA, AB and so on.
func letters(k int) string {
	if k < 26 {
		return string(rune('A' + k))
	}
	return letters(k/26-1) + letters(k%26)
}

// layoutAll lays out every page of the map cut into spans.
func (pg *paginator) layoutAll(spans []colRange) []geom.Page {
	c := pg.newCut(spans)
	pages := make([]geom.Page, len(spans))
	for k := range spans {
		pages[k] = pg.layoutPage(c, k)
	}
	return pages
}

// layoutPage lays out page k (from 0) of the cut with Subprocess. A part
// laid out before, while the cut was being searched, is not laid out
// again.
func (pg *paginator) layoutPage(c cut, k int) geom.Page {
	part := pg.part(c, k)
	key := partKey(part)
	p, ok := pg.laid[key]
	if !ok {
		p = Subprocess(pg.sc, pg.m, part, pg.r, pg.opt)
		pg.laid[key] = p
	}
	pg.number(&p, k+1, c.pages)
	return p
}

// partKey tells parts apart: by their tasks, and by what their markers
// say and lead to (the rest of a task is the content's, the same in every
// part).
func partKey(sp *blueprints.Subprocess) string {
	var sb strings.Builder
	for _, t := range sp.Tasks {
		sb.WriteString(t.ID)
		sb.WriteByte(0)
		if t.Kind == blueprints.KindConnector {
			sb.WriteString(t.Label + "\x00" + t.Target.ID + "\x00")
		}
	}
	return sb.String()
}

// part is the sub-process page k draws: its tasks in the content's
// order, each copied with only the flows that stay on the page, and an
// off-page marker before a task for each flow that arrives from another
// page and after it for each flow that leaves. A decision's branch label
// stays on the flow into the marker.
func (pg *paginator) part(c cut, k int) *blueprints.Subprocess {
	out := &blueprints.Subprocess{ID: pg.sp.ID, Title: pg.sp.Title, Description: pg.sp.Description, Pos: pg.sp.Pos}
	for v, t := range pg.f.tasks {
		if c.page[v] != k {
			continue
		}
		for _, e := range pg.f.in[v] {
			if l, ok := c.letter[e]; ok {
				out.Tasks = append(out.Tasks, pg.marker(c, e, l, true))
			}
		}
		nt := *t
		nt.Next = nil
		var after []*blueprints.Task
		for _, e := range pg.f.out[v] {
			to := pg.f.tasks[pg.f.edges[e].to].ID
			if l, ok := c.letter[e]; ok {
				mk := pg.marker(c, e, l, false)
				after, to = append(after, mk), mk.ID
			}
			nt.Next = append(nt.Next, blueprints.Flow{To: blueprints.Ref{ID: to}, Label: pg.f.edges[e].label})
		}
		out.Tasks = append(append(out.Tasks, &nt), after...)
	}
	return out
}

// marker is one end of crossing flow e: where it leaves its source's
// page ("A → page 2") or, when incoming is set, where it arrives on its
// target's page ("A ← page 1"). It sits in the lane of the task it joins
// and links to the page of the other end.
func (pg *paginator) marker(c cut, e int, letter string, incoming bool) *blueprints.Task {
	here, there := pg.f.edges[e].from, pg.f.edges[e].to
	arrow, say := pg.arrows[0], "Continues on page %d at %s"
	if incoming {
		here, there = there, here
		arrow, say = pg.arrows[1], "Continued from page %d, after %s"
	}
	t, other := pg.f.tasks[here], c.page[there]+1
	mk := &blueprints.Task{
		ID: pg.markerID(letter), Kind: blueprints.KindConnector,
		Label: fmt.Sprintf("%s %s page %d", letter, arrow, other),
		Role:  t.Role, Stage: t.Stage,
		Target:      blueprints.Ref{ID: pageID(pg.m, pg.sp, other)},
		Description: blueprints.Prose{Text: fmt.Sprintf(say, other, taskName(pg.f.tasks[there]))},
	}
	if incoming {
		mk.Next = []blueprints.Flow{{To: blueprints.Ref{ID: t.ID}}}
	}
	return mk
}

// markerID is the id of the markers of a letter: "off-page-A", with a
// "~" in front as often as the content already uses the id.
func (pg *paginator) markerID(letter string) string {
	id := "off-page-" + letter
	for pg.taken[id] {
		id = "~" + id
	}
	return id
}

// taskName is how a marker's tooltip names the task at the other end.
func taskName(t *blueprints.Task) string {
	if t.Label == "" {
		return t.ID
	}
	return t.ID + " " + t.Label
}
