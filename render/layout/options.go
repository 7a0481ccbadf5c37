package layout

// Options tune a layout. The zero value gives the defaults; sizes are in
// points and text sizes below 7 pt are raised to 7 pt.
type Options struct {
	// Brand is the provider's name for the title block.
	Brand string
	// TaskWidth is the width of a task box; 0 means 104.
	TaskWidth float64
	// TaskSize is the size of task labels; 0 means 8.
	TaskSize float64
	// LaneSize is the size of lane headers; 0 means 8.
	LaneSize float64
	// SmallSize is the size of edge labels, region line labels and the
	// legend; 0 means 7.
	SmallSize float64
	// HeaderWidth is the width of the lane header strip; 0 means 84.
	HeaderWidth float64
	// Margin is the blank border around the page; 0 means 18.
	Margin float64
	// Track is the distance between two parallel edges; 0 means 6.
	Track float64
}

// minText is the smallest text size layout produces.
const minText = 7

func (o Options) withDefaults() Options {
	o.TaskWidth = orDefault(o.TaskWidth, 104)
	o.TaskSize = max(orDefault(o.TaskSize, 8), minText)
	o.LaneSize = max(orDefault(o.LaneSize, 8), minText)
	o.SmallSize = max(orDefault(o.SmallSize, 7), minText)
	o.HeaderWidth = orDefault(o.HeaderWidth, 84)
	o.Margin = orDefault(o.Margin, 18)
	o.Track = orDefault(o.Track, 6)
	o.TaskWidth = max(o.TaskWidth, 4*o.TaskSize)
	return o
}

func orDefault(v, d float64) float64 {
	if v <= 0 {
		return d
	}
	return v
}
