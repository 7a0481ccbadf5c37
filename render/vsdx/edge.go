package vsdx

import (
	"strconv"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// Arrowhead: Visio's filled narrow triangle (13) in its small size, about
// the SVG's 7 pt arrow at a 1.2 pt line.
const (
	arrowFilled = "13"
	arrowSmall  = "1"
)

// Parts of a shape a connect names: a 1-D shape's begin and end, and a
// whole 2-D shape (dynamic glue, which lets Visio pick the side).
const (
	partBegin = "9"
	partEnd   = "12"
	partWhole = "3"
)

// connect is one glue record of the page's Connects section.
type connect struct {
	from     int    // the connector's sheet
	fromCell string // BeginX or EndX
	to       int    // the box's sheet
}

// line1D starts a 1-D shape from a to b drawn through pts. Its local
// origin is a, and Width and Height run from a to b (negative when b lies
// left of or below a), which is how Visio keeps a dynamic connector:
// PinX, Width and the rest follow BeginX..EndY by formula.
func (pb *pageBuilder) line1D(a, b geom.Point, pts []geom.Point) *sheet {
	h := pb.p.Height
	bx, by, ex, ey := inch(a.X), inch(h-a.Y), inch(b.X), inch(h-b.Y)
	w, ht := ex-bx, ey-by
	s := pb.next()
	s.add(
		fCell("PinX", (bx+ex)/2, "GUARD((BeginX+EndX)/2)"), fCell("PinY", (by+ey)/2, "GUARD((BeginY+EndY)/2)"),
		fCell("Width", w, "GUARD(EndX-BeginX)"), fCell("Height", ht, "GUARD(EndY-BeginY)"),
		fCell("LocPinX", w/2, "GUARD(Width*0.5)"), fCell("LocPinY", ht/2, "GUARD(Height*0.5)"),
		numCell("Angle", 0), val("FlipX", "0"), val("FlipY", "0"),
		numCell("BeginX", bx), numCell("BeginY", by), numCell("EndX", ex), numCell("EndY", ey),
	)
	s.add(noFill()...)
	s.add(noShadow())
	s.addSection(geometry(0, true, false, polyline(a, pts)))
	return s
}

// edge draws a flow as a dynamic connector along the layout's route, its
// ends glued to the boxes it joins: Visio keeps the route until one of
// them moves, then reroutes at right angles and the flow stays attached.
func (pb *pageBuilder) edge(e geom.Edge) {
	pts := dedupe(e.Points)
	if len(pts) < 2 {
		return
	}
	a, b := pts[0], pts[len(pts)-1]
	s := pb.line1D(a, b, pts)
	s.add(lineCells(pb.pal.Line, 1.2, patSolid)...)
	s.add(val("EndArrow", arrowFilled), val("EndArrowSize", arrowSmall), val("BeginArrow", "0"))
	s.add(onLayer(layerFlow), objType(objRoutable), val("GlueType", "2"),
		val("ShapeRouteStyle", "1"), val("ConLineRouteExt", "1"), val("ConFixedCode", "1"))
	pb.glue(s, e.From, "BeginX", "BegTrigger")
	pb.glue(s, e.To, "EndX", "EndTrigger")
	if e.Label != nil && e.Label.Text != "" {
		bg := pb.pal.Background
		placeText(s, a, []geom.Text{*e.Label}, textStyle{colorOf: pb.textColor, background: &bg})
	}
	pb.shapeData(s, geom.Box{Shape: "flow", ID: e.From + " -> " + e.To})
}

// glue ties one end of connector s to the box named id, if it is on the
// page: the end's cells get Visio's walking-glue formulas, the trigger
// watches the box, and the page records the connect.
func (pb *pageBuilder) glue(s *sheet, id, endCell, trigger string) {
	to, ok := pb.boxSheet[id]
	if id == "" || !ok {
		return
	}
	walk := "_WALKGLUE(BegTrigger,EndTrigger,WalkPreference)"
	x, y := "BeginX", "BeginY"
	if endCell == "EndX" {
		walk = "_WALKGLUE(EndTrigger,BegTrigger,WalkPreference)"
		x, y = "EndX", "EndY"
	}
	for i := range s.cells {
		if s.cells[i].n == x || s.cells[i].n == y {
			s.cells[i].f = walk
		}
	}
	s.add(cell{n: trigger, v: "2", f: "_XFTRIGGER(Sheet." + strconv.Itoa(to) + "!EventXFMod)"})
	pb.connects = append(pb.connects, connect{from: s.id, fromCell: endCell, to: to})
}

// dedupe drops points that repeat their predecessor, so every segment of
// a connector has a direction.
func dedupe(pts []geom.Point) []geom.Point {
	out := make([]geom.Point, 0, len(pts))
	for _, p := range pts {
		if len(out) > 0 && num(inch(p.X)) == num(inch(out[len(out)-1].X)) && num(inch(p.Y)) == num(inch(out[len(out)-1].Y)) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// writeConnects writes the page's Connects section.
func (x *xw) writeConnects(cs []connect) {
	if len(cs) == 0 {
		return
	}
	x.open("Connects")
	for _, c := range cs {
		part := partBegin
		if c.fromCell == "EndX" {
			part = partEnd
		}
		x.leaf("Connect", attr{"FromSheet", itoa(c.from)}, attr{"FromCell", c.fromCell},
			attr{"FromPart", part}, attr{"ToSheet", itoa(c.to)}, attr{"ToCell", "PinX"}, attr{"ToPart", partWhole})
	}
	x.close("Connects")
}
