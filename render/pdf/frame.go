package pdf

import "github.com/blueprint-tools/blueprint/render/geom"

// titleBlock draws the page's identification: a frame, the brand logo
// fitted into its slot, and the texts.
func (c *canvas) titleBlock(tb *geom.TitleBlock, lg *logo) {
	if tb == nil {
		return
	}
	c.frame(tb.Rect)
	c.drawLogo(lg, tb.Logo)
	for _, t := range tb.Texts {
		c.text(t, c.textColor(t))
	}
}

// legend draws the legend: a frame, sample shapes and lines with their
// labels, and any free texts.
func (c *canvas) legend(l *geom.Legend) {
	if l == nil {
		return
	}
	c.frame(l.Rect)
	for _, it := range l.Items {
		if it.Shape == geom.ShapeLine {
			c.regionLine(it.Class, it.Rect.X, it.Rect.Right(), it.Rect.Y+it.Rect.H/2)
			for _, t := range it.Lines {
				c.text(t, c.textColor(t))
			}
			continue
		}
		c.box(it)
	}
	for _, t := range l.Texts {
		c.text(t, c.textColor(t))
	}
}

// frame is the thin box around the title block and the legend.
func (c *canvas) frame(r geom.Rect) {
	c.fill(c.pal.Background)
	c.stroke(c.pal.Line, 0.8)
	c.rect(r, 0, "DF")
}
