package layout

import (
	"fmt"
	"math"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// ProblemKind names a broken invariant of a page.
type ProblemKind string

// The invariants Check tests.
const (
	BoxOverlap     ProblemKind = "box-overlap"      // two boxes share area
	EdgeThroughBox ProblemKind = "edge-through-box" // a segment enters a box's interior
	SharedSegment  ProblemKind = "shared-segment"   // two segments overlap along a length
	TextOutside    ProblemKind = "text-outside"     // a line of text leaves its box, header or block
	LabelOnBox     ProblemKind = "label-on-box"     // an edge label covers a box
	OutsidePage    ProblemKind = "outside-page"     // something lies beyond the page
	LaneProblem    ProblemKind = "lane"             // a lane short of the diagram's width, out of order or overlapping
	BadSegment     ProblemKind = "bad-segment"      // a segment neither horizontal nor vertical, or empty
	DetachedEdge   ProblemKind = "detached-edge"    // an edge that does not start and end on its boxes' outlines
)

// Problem is one broken invariant, with a message naming what is involved.
type Problem struct {
	Kind    ProblemKind
	Message string
}

// String formats the problem as "kind: message".
func (p Problem) String() string { return string(p.Kind) + ": " + p.Message }

// eps is the tolerance of every comparison, in points.
const eps = 0.01

// Check tests every invariant of a page and returns every problem it
// finds, in a stable order: boxes that overlap; edge segments that enter a
// box; segments of edges that overlap along a length; text lines outside
// their box (a line covers its measured width, and geom.TextAscent above
// to geom.TextDescent below its baseline, so no font is needed); edge
// labels on boxes; anything beyond the page; lanes that do not span the
// diagram's width, overlap or leave stage order, and tasks outside their
// lane; segments that are not orthogonal; and edges that do not start on
// their source's outline and end on their target's.
func Check(p geom.Page) []Problem {
	c := &checker{p: p, boxes: map[string][]int{}}
	for i, b := range p.Boxes {
		c.boxes[b.ID] = append(c.boxes[b.ID], i)
	}
	c.overlaps()
	c.edges()
	c.shared()
	c.texts()
	c.page()
	c.lanes()
	return c.problems
}

type checker struct {
	p        geom.Page
	boxes    map[string][]int // box indexes by id; content may repeat an id
	problems []Problem
}

func (c *checker) add(k ProblemKind, format string, args ...any) {
	c.problems = append(c.problems, Problem{Kind: k, Message: fmt.Sprintf(format, args...)})
}

// overlaps reports boxes that share area; a phase band may hold boxes.
func (c *checker) overlaps() {
	bs := c.p.Boxes
	for i := range bs {
		for j := i + 1; j < len(bs); j++ {
			a, b := bs[i], bs[j]
			if !a.Rect.Overlaps(b.Rect) || contains(a, b) || contains(b, a) {
				continue
			}
			c.add(BoxOverlap, "boxes %q and %q overlap", a.ID, b.ID)
		}
	}
}

// contains says whether a is a phase band holding b.
func contains(a, b geom.Box) bool {
	return a.Shape == geom.ShapePhase && b.Shape != geom.ShapePhase && a.Rect.Contains(b.Rect)
}

// edges checks each edge: orthogonal, non-empty segments; attached to its
// boxes; entering no box.
func (c *checker) edges() {
	for _, e := range c.p.Edges {
		name := fmt.Sprintf("edge %s -> %s", e.From, e.To)
		if len(e.Points) < 2 {
			c.add(BadSegment, "%s has %d points", name, len(e.Points))
			continue
		}
		for k := 0; k+1 < len(e.Points); k++ {
			a, b := e.Points[k], e.Points[k+1]
			if dx, dy := math.Abs(a.X-b.X), math.Abs(a.Y-b.Y); (dx > eps && dy > eps) || (dx <= eps && dy <= eps) {
				c.add(BadSegment, "%s: segment %d from (%.2f, %.2f) to (%.2f, %.2f) is not orthogonal or is empty", name, k, a.X, a.Y, b.X, b.Y)
			}
		}
		c.attached(name, e.From, e.Points[0], "start")
		c.attached(name, e.To, e.Points[len(e.Points)-1], "end")
		c.through(name, e)
	}
}

// attached reports an edge end that is not on its box's outline (on
// the outline of a box with that id, when content repeats ids).
func (c *checker) attached(name, id string, pt geom.Point, which string) {
	is, ok := c.boxes[id]
	if !ok {
		c.add(DetachedEdge, "%s: box %q does not exist", name, id)
		return
	}
	for _, i := range is {
		if onOutline(c.p.Boxes[i], pt) {
			return
		}
	}
	c.add(DetachedEdge, "%s: %s (%.2f, %.2f) is not on the outline of %q", name, which, pt.X, pt.Y, id)
}

// through reports the boxes a segment of edge e enters.
func (c *checker) through(name string, e geom.Edge) {
	for k := 0; k+1 < len(e.Points); k++ {
		a, b := e.Points[k], e.Points[k+1]
		for _, box := range c.p.Boxes {
			if box.Shape == geom.ShapePhase && (box.ID == e.From || box.ID == e.To) {
				continue
			}
			if entersInterior(box, a, b) {
				c.add(EdgeThroughBox, "%s: segment %d passes through %q", name, k, box.ID)
			}
		}
	}
}
