package vsdx

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Namespaces of the parts Visio reads.
const (
	nsVisio = "http://schemas.microsoft.com/office/visio/2012/main"
	nsRel   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
)

// pageBuilder turns one geom.Page into the shapes and connects of a Visio
// page. Sheet ids count from 1 in drawing order, so they are the same on
// every run.
type pageBuilder struct {
	p     geom.Page
	pal   palette.Palette
	name  string            // this page's Visio name
	links map[string]string // what a box's Link may name -> page name
	logo  *picture

	sheets   []*sheet
	boxSheet map[string]int // box id -> its sheet, for glue
	connects []connect
	usesLogo bool
}

func (pb *pageBuilder) next() *sheet {
	s := &sheet{id: len(pb.sheets) + 1, typ: "Shape"}
	pb.sheets = append(pb.sheets, s)
	return s
}

// build draws the page bottom layer first: lanes and region lines under
// everything, phase bands under the blocks they hold, then the boxes, the
// flows over them (they end on the outlines, never cross a box, and their
// arrowheads stay visible), the free texts, title block and legend.
func (pb *pageBuilder) build() {
	pb.boxSheet = map[string]int{}
	for i, l := range pb.p.Lanes {
		pb.lane(i, l)
	}
	for _, r := range pb.p.Lines {
		pb.regionLine(r)
	}
	for _, under := range []bool{true, false} {
		for _, b := range pb.p.Boxes {
			if (b.Shape == geom.ShapePhase) == under {
				pb.box(b)
			}
		}
	}
	for _, e := range pb.p.Edges {
		pb.edge(e)
	}
	pb.texts(pb.p.Texts)
	pb.titleBlock(pb.p.TitleBlock)
	pb.legend(pb.p.Legend)
}

// contents is the page part: its shapes, then how they are glued.
func (pb *pageBuilder) contents() []byte {
	x := newXW()
	x.open("PageContents", attr{"xmlns", nsVisio}, attr{"xmlns:r", nsRel}, attr{"xml:space", "preserve"})
	x.open("Shapes")
	for _, s := range pb.sheets {
		x.writeSheet(s)
	}
	x.close("Shapes")
	x.writeConnects(pb.connects)
	x.close("PageContents")
	return x.b
}
