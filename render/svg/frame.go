package svg

import "github.com/blueprint-tools/blueprint/render/geom"

// titleBlock writes the page's identification: a frame, the brand logo
// fitted into its slot, and the texts.
func (d *doc) titleBlock(tb *geom.TitleBlock, th geom.Theme) error {
	if tb == nil {
		return nil
	}
	d.open("g", attr{"class", "title-block"})
	d.leaf("rect", append([]attr{{"class", "frame"}}, rectAttrs(tb.Rect)...)...)
	if err := d.logo(tb.Logo, th); err != nil {
		return err
	}
	d.lines(tb.Texts)
	d.close("g")
	return nil
}

// legend writes the legend: a frame, sample shapes with their labels and
// any free texts. Samples are legend items, not tasks: they carry no task
// id, so the site and the tests never count them as tasks.
func (d *doc) legend(l *geom.Legend) {
	if l == nil {
		return
	}
	d.open("g", attr{"class", "legend"})
	d.leaf("rect", append([]attr{{"class", "frame"}}, rectAttrs(l.Rect)...)...)
	for _, it := range l.Items {
		attrs := []attr{{"class", classes("legend-item", "legend-"+shapeName(it.Shape), plannedClass(it), it.Class)}}
		if it.Shape == geom.ShapeLine {
			// A line sample names its region line in data-line, not in
			// class, so that .line-of-visibility still selects exactly
			// the diagram's own region lines.
			attrs = []attr{{"class", "legend-item legend-line"}, {"data-line", it.Class}}
		}
		if it.Stage != "" {
			attrs = append(attrs, attr{"data-stage", it.Stage})
		}
		d.open("g", attrs...)
		d.shape(it)
		d.lines(it.Lines)
		d.close("g")
	}
	d.lines(l.Texts)
	d.close("g")
}
