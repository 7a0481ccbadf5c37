package vsdx

import (
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Line patterns, as Visio numbers them.
const (
	patNone    = 0
	patSolid   = 1
	patDash    = 2
	patDot     = 3
	patDashDot = 4
)

// xform2D places a 2-D shape over r, r given in page points from the top
// left and written in inches from the bottom left, as Visio measures.
func xform2D(r geom.Rect, pageH float64) []cell {
	return []cell{
		numCell("PinX", inch(r.X+r.W/2)), numCell("PinY", inch(pageH-(r.Y+r.H/2))),
		numCell("Width", inch(r.W)), numCell("Height", inch(r.H)),
		fCell("LocPinX", inch(r.W)/2, "Width*0.5"), fCell("LocPinY", inch(r.H)/2, "Height*0.5"),
		numCell("Angle", 0), val("FlipX", "0"), val("FlipY", "0"), val("ResizeMode", "0"),
	}
}

// lineCells stroke a shape: colour, weight in points and pattern.
func lineCells(c palette.RGB, weight float64, pattern int) []cell {
	return []cell{
		ptCell("LineWeight", weight), val("LineColor", c.Hex()),
		val("LinePattern", itoa(pattern)), val("LineCap", "0"),
	}
}

// fillCells fill a shape with one solid colour.
func fillCells(c palette.RGB) []cell {
	return []cell{val("FillForegnd", c.Hex()), val("FillBkgnd", c.Hex()), val("FillPattern", "1")}
}

// noFill leaves a shape unfilled.
func noFill() []cell { return []cell{val("FillPattern", "0")} }

// noShadow keeps Visio's theme from adding shadows.
func noShadow() cell { return val("ShdwPattern", "0") }

// Layers, in the order the page declares them: a user can lock the lanes
// or hide the frame in one click.
const (
	layerLanes = iota
	layerRegions
	layerProcess
	layerFlow
	layerFrame
)

func layerNames() []string {
	return []string{"Lanes", "Region lines", "Process", "Flow", "Title and legend"}
}

// onLayer puts a shape on layer l.
func onLayer(l int) cell { return val("LayerMember", itoa(l)) }

// Placement flags (ObjType): tasks are obstacles the connector router
// goes around; lanes, lines and frames are not, or no route could start.
const (
	objPlaceable = "1"
	objRoutable  = "2"
	objIgnore    = "4"
)

func objType(t string) cell { return val("ObjType", t) }
