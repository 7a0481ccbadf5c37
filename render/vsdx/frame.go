package vsdx

import "github.com/blueprint-tools/blueprint/render/geom"

// titleBlock draws the page's identification: a frame, the brand logo
// fitted into its slot, and the texts.
func (pb *pageBuilder) titleBlock(tb *geom.TitleBlock) {
	if tb == nil {
		return
	}
	pb.frameRect(tb.Rect)
	pb.logoSheet(tb.Logo)
	pb.texts(tb.Texts)
}

// legend draws the legend: a frame, sample shapes (or line samples) and
// their labels, and any free texts. Samples carry no id and no shape data,
// so nothing counts them as tasks.
func (pb *pageBuilder) legend(l *geom.Legend) {
	if l == nil {
		return
	}
	pb.frameRect(l.Rect)
	for _, it := range l.Items {
		if it.Shape == geom.ShapeLine {
			pb.lineSample(it)
		} else {
			s := pb.shapeSheet(it, boxLook(pb.pal, it))
			s.add(onLayer(layerFrame), objType(objIgnore))
		}
		pb.texts(it.Lines)
	}
	pb.texts(l.Texts)
}

// lineSample is a legend's sample of a region line: a short line along the
// middle of the item's rect, in that line's pattern.
func (pb *pageBuilder) lineSample(it geom.Box) {
	y := it.Rect.Y + it.Rect.H/2
	a, b := geom.Point{X: it.Rect.X, Y: y}, geom.Point{X: it.Rect.Right(), Y: y}
	s := pb.line1D(a, b, []geom.Point{a, b})
	pattern, weight := patDash, 1.2
	switch it.Class {
	case geom.LineOfVisibility:
		pattern, weight = patDot, 1.6
	case geom.LineOfInternalInteraction:
		pattern = patDashDot
	}
	s.add(lineCells(pb.pal.Line, weight, pattern)...)
	s.add(onLayer(layerFrame), objType(objIgnore))
}

// frameRect is the thin frame of a title block or legend.
func (pb *pageBuilder) frameRect(r geom.Rect) {
	s := pb.next()
	s.add(xform2D(r, pb.p.Height)...)
	s.add(lineCells(pb.pal.Line, 0.8, patSolid)...)
	s.add(fillCells(pb.pal.Background)...)
	s.add(noShadow(), onLayer(layerFrame), objType(objIgnore))
	s.addSection(geometry(0, false, false, relOutline(r, corners(r))))
}

// texts draws free texts, one text-only shape per line, each exactly
// where layout put it.
func (pb *pageBuilder) texts(ts []geom.Text) {
	for _, t := range nonEmpty(ts) {
		r := textBounds([]geom.Text{t})
		s := pb.next()
		s.add(xform2D(r, pb.p.Height)...)
		s.add(noFill()...)
		s.add(lineCells(pb.pal.Line, 0, patNone)...)
		s.add(noShadow(), onLayer(layerFrame), objType(objIgnore))
		s.addSection(geometry(0, true, true, relOutline(r, corners(r))))
		applyText(s, []geom.Text{t}, textStyle{colorOf: pb.textColor}, alignLeft, valignMiddle)
	}
}

// logoSheet places the brand's raster logo in slot, fitted with its
// aspect ratio and centred; nothing when the brand has none.
func (pb *pageBuilder) logoSheet(slot geom.Rect) {
	lg := pb.logo
	if lg == nil || slot.W <= 0 || slot.H <= 0 {
		return
	}
	r := fitRect(slot, float64(lg.w), float64(lg.h))
	s := pb.next()
	s.typ = "Foreign"
	s.add(xform2D(r, pb.p.Height)...)
	s.add(
		fCell("ImgOffsetX", 0, "ImgWidth*0"), fCell("ImgOffsetY", 0, "ImgHeight*0"),
		fCell("ImgWidth", inch(r.W), "Width*1"), fCell("ImgHeight", inch(r.H), "Height*1"),
	)
	s.add(noShadow(), onLayer(layerFrame), objType(objIgnore))
	// The frame is neither filled nor stroked: it only clips the picture,
	// and a fill would paint over it in some readers.
	s.addSection(geometry(0, true, true, relOutline(r, corners(r))))
	s.imageRel, s.imageKind = logoRel, lg.kind
	pb.usesLogo = true
}

// fitRect is the largest rectangle of aspect w:h that fits in slot,
// centred in it.
func fitRect(slot geom.Rect, w, h float64) geom.Rect {
	if w <= 0 || h <= 0 {
		return slot
	}
	scale := min(slot.W/w, slot.H/h)
	fw, fh := w*scale, h*scale
	return geom.Rect{X: slot.X + (slot.W-fw)/2, Y: slot.Y + (slot.H-fh)/2, W: fw, H: fh}
}
