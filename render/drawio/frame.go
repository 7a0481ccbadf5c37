package drawio

import "github.com/blueprint-tools/blueprint/render/geom"

// titleBlock writes the page's identification: a frame, the brand logo in
// its slot and the texts.
func (d *diagram) titleBlock(tb *geom.TitleBlock) {
	if tb == nil {
		return
	}
	d.frame("title-block", tb.Rect)
	if d.logo != "" && tb.Logo.W > 0 && tb.Logo.H > 0 {
		// imageAspect keeps the logo's proportions inside the slot.
		st := (&style{}).set("shape", "image").set("imageAspect", "1").set("aspect", "fixed").
			set("verticalLabelPosition", "bottom").set("image", d.logo)
		d.vertex(vertex{id: d.ids.make("logo"), parent: "1", rect: tb.Logo, style: st.String()})
	}
	d.texts("title-text", tb.Texts)
}

// legend writes the legend: a frame, sample shapes (or line samples) and
// their labels, and any free texts. Samples carry no id or data, so
// nothing counts them as tasks.
func (d *diagram) legend(l *geom.Legend) {
	if l == nil {
		return
	}
	d.frame("legend", l.Rect)
	for _, it := range l.Items {
		id := d.ids.make("legend-item")
		if it.Shape == geom.ShapeLine {
			pattern, width := dash(it.Class)
			st := (&style{}).set("endArrow", "none").set("html", "1").set("dashed", "1").
				set("dashPattern", pattern).n("strokeWidth", width).set("strokeColor", d.pal.Line.Hex())
			y := it.Rect.Y + it.Rect.H/2
			d.line(id, "", st.String(), geom.Point{X: it.Rect.X, Y: y}, geom.Point{X: it.Rect.Right(), Y: y}, nil)
		} else {
			sample := it
			sample.Lines = nil
			d.vertex(vertex{id: id, parent: "1", rect: it.Rect, style: d.boxStyle(sample, boxLook(d.pal, it))})
		}
		d.texts("legend-text", it.Lines)
	}
	d.texts("legend-text", l.Texts)
}

// frame is the thin frame of a title block or legend.
func (d *diagram) frame(id string, r geom.Rect) {
	st := (&style{}).set("rounded", "0").set("html", "1").set("fillColor", d.pal.Background.Hex()).
		set("strokeColor", d.pal.Line.Hex()).n("strokeWidth", 0.8)
	d.vertex(vertex{id: d.ids.make(id), parent: "1", rect: r, style: st.String()})
}

// texts writes free texts, a text cell per line exactly where layout put
// it, titles in the primary colour and labels in the line colour.
func (d *diagram) texts(kind string, ts []geom.Text) {
	for _, t := range nonEmpty(ts) {
		c := d.pal.Text
		switch t.Class {
		case "title":
			c = d.pal.Primary
		case "line-label", "edge-label":
			c = d.pal.Line
		}
		st := (&style{}).name("text").set("fillColor", "none").set("strokeColor", "none").set("html", "1").set("align", "left").set("verticalAlign", "middle").
			n("spacing", 0).set("whiteSpace", "nowrap").font([]geom.Text{t}, c)
		d.vertex(vertex{id: d.ids.make(kind), parent: "1", rect: textBounds([]geom.Text{t}),
			style: st.String(), label: htmlLabel([]geom.Text{t})})
	}
}
