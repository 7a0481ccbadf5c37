package drawio

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// diagram writes one page as a draw.io diagram.
type diagram struct {
	x     *xw
	p     geom.Page
	pal   palette.Palette
	logo  string            // the logo's image URI, "" for none
	links map[string]string // what a Link may name -> diagram id
	self  string            // this diagram's id

	ids   ids
	lanes []string          // cell id of each lane, in page order
	boxes []string          // cell id of each box, in page order
	byID  map[string]string // box id -> its cell, for edges
}

// write writes the diagram: its cells bottom layer first, lanes (holding
// their tasks) under the region lines, phase bands under the blocks they
// hold, flows over the boxes they join, then the free texts, title block
// and legend.
func (d *diagram) write(id, name string) {
	d.assignIDs()
	x := d.x
	x.open("diagram", attr{"id", id}, attr{"name", name})
	x.open("mxGraphModel", attr{"dx", "0"}, attr{"dy", "0"}, attr{"grid", "1"}, attr{"gridSize", "10"},
		attr{"guides", "1"}, attr{"tooltips", "1"}, attr{"connect", "1"}, attr{"arrows", "1"},
		attr{"fold", "1"}, attr{"page", "1"}, attr{"pageScale", "1"},
		attr{"pageWidth", num(d.p.Width)}, attr{"pageHeight", num(d.p.Height)},
		attr{"background", d.pal.Background.Hex()}, attr{"math", "0"}, attr{"shadow", "0"})
	x.open("root")
	x.leaf("mxCell", attr{"id", "0"})
	x.leaf("mxCell", attr{"id", "1"}, attr{"parent", "0"})
	d.cells()
	x.close("root")
	x.close("mxGraphModel")
	x.close("diagram")
}

func (d *diagram) cells() {
	for i, l := range d.p.Lanes {
		d.lane(i, l)
	}
	for _, r := range d.p.Lines {
		d.regionLine(r)
	}
	for _, under := range []bool{true, false} {
		for i, b := range d.p.Boxes {
			if (b.Shape == geom.ShapePhase) == under {
				d.box(d.boxes[i], b)
			}
		}
	}
	for _, e := range d.p.Edges {
		d.edge(e)
	}
	d.texts("text", d.p.Texts)
	d.titleBlock(d.p.TitleBlock)
	d.legend(d.p.Legend)
}

// assignIDs names lanes and boxes before any cell is written, since a
// task names its lane and an edge its ends.
func (d *diagram) assignIDs() {
	d.ids, d.byID = ids{}, map[string]string{}
	for _, l := range d.p.Lanes {
		d.lanes = append(d.lanes, d.ids.make("lane", l.Role, l.Stage))
	}
	for _, b := range d.p.Boxes {
		kind, key := "task", b.ID
		if !isTaskShape(b.Shape) {
			kind = "block"
		}
		if key == "" {
			kind, key = "box", b.Shape
		}
		id := d.ids.make(kind, key)
		d.boxes = append(d.boxes, id)
		if _, seen := d.byID[b.ID]; b.ID != "" && !seen {
			d.byID[b.ID] = id
		}
	}
}
