package gvjson

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/bench/internal/metric"
)

// samples is how many segments each cubic Bézier piece is cut into: at the
// sizes Graphviz draws (tens to hundreds of points a piece) the polyline
// stays within a fraction of a point of the curve.
const samples = 24

type graph struct {
	Objects []object `json:"objects"`
	Edges   []edge   `json:"edges"`
}

// object is a node or, when it has no pos, a cluster.
type object struct {
	GVID   int    `json:"_gvid"`
	Name   string `json:"name"`
	Pos    string `json:"pos"`
	Width  string `json:"width"`
	Height string `json:"height"`
	Shape  string `json:"shape"`
}

type edge struct {
	Tail  int  `json:"tail"`
	Head  int  `json:"head"`
	Draw  []op `json:"_draw_"`
	HDraw []op `json:"_hdraw_"`
}

type op struct {
	Op     string       `json:"op"`
	Points [][2]float64 `json:"points"`
}

// Read decodes `dot -Tjson` output.
func Read(r io.Reader) (metric.Drawing, error) {
	var g graph
	if err := json.NewDecoder(r).Decode(&g); err != nil {
		return metric.Drawing{}, fmt.Errorf("read Graphviz JSON: %w", err)
	}
	var d metric.Drawing
	names := map[int]string{}
	for _, o := range g.Objects {
		if o.Pos == "" {
			continue
		}
		b, err := box(o)
		if err != nil {
			return metric.Drawing{}, err
		}
		names[o.GVID] = o.Name
		d.Boxes = append(d.Boxes, b)
	}
	for _, e := range g.Edges {
		d.Edges = append(d.Edges, metric.Edge{From: names[e.Tail], To: names[e.Head], Path: path(e)})
	}
	return d, nil
}

// box reads a node; Graphviz gives its size in inches.
func box(o object) (metric.Box, error) {
	x, y, ok := strings.Cut(o.Pos, ",")
	cx, err1 := strconv.ParseFloat(x, 64)
	cy, err2 := strconv.ParseFloat(y, 64)
	w, err3 := strconv.ParseFloat(o.Width, 64)
	h, err4 := strconv.ParseFloat(o.Height, 64)
	if !ok || err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return metric.Box{}, fmt.Errorf("node %q: bad position or size %q %q %q", o.Name, o.Pos, o.Width, o.Height)
	}
	return metric.Box{ID: o.Name, Shape: shape(o.Shape), CX: cx, CY: cy, HW: w * 36, HH: h * 36}, nil
}

func shape(s string) metric.Shape {
	switch s {
	case "diamond":
		return metric.Diamond
	case "ellipse", "oval", "circle", "":
		return metric.Ellipse
	}
	return metric.Rect
}
