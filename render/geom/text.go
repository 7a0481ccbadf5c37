package geom

// TextAscent and TextDescent are how far a line of text rises above and
// reaches below its baseline, as fractions of its size, in the default
// font (the Go fonts). Layout leaves at least this much room around every
// baseline whatever font a brand brings, so that a page can be checked
// without the font.
const (
	TextAscent  = 0.944
	TextDescent = 0.21
)

// Bounds is the rectangle a line of text covers: its measured width, from
// TextAscent above the baseline to TextDescent below it.
func (t Text) Bounds() Rect {
	return Rect{X: t.X, Y: t.Y - TextAscent*t.Size, W: t.Width, H: (TextAscent + TextDescent) * t.Size}
}

// ShapeLine marks a legend item that is a sample of a region line rather
// than a box: a horizontal line along the vertical middle of the item's
// Rect, styled by the item's Class (LineOfInteraction, LineOfVisibility or
// LineOfInternalInteraction), with its label in Lines.
const ShapeLine = "line"
