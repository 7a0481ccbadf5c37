package drawio

import (
	"math"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// style is a draw.io style string built in a fixed order: bare names
// ("swimlane", "text") and key=value pairs, each ended by ';'. Values are
// numbers, colours, names and data URIs, none of which hold a ';'.
type style struct{ sb strings.Builder }

// name adds a bare style name, such as the shape of a cell.
func (s *style) name(n string) *style {
	s.sb.WriteString(n)
	s.sb.WriteByte(';')
	return s
}

// set adds key=value.
func (s *style) set(k, v string) *style {
	s.sb.WriteString(k)
	s.sb.WriteByte('=')
	s.sb.WriteString(strings.ReplaceAll(v, ";", ""))
	s.sb.WriteByte(';')
	return s
}

// n adds key=number.
func (s *style) n(k string, v float64) *style { return s.set(k, num(v)) }

// share adds key=a fraction of a size, with the four decimals that keep a
// point on a 1,000-point box within a tenth of a point.
func (s *style) share(k string, v float64) *style {
	r := math.Round(v*1e4) / 1e4
	if r == 0 {
		r = 0 // never "-0"
	}
	return s.set(k, strconv.FormatFloat(r, 'f', -1, 64))
}

func (s *style) String() string { return s.sb.String() }

// fontFamily is what draw.io sets text in: every browser has Helvetica or
// a substitute of the same widths, and those are close to the widths the
// layout measured with the Go fonts, so its lines still fit their boxes.
const fontFamily = "Helvetica"

// font adds the text settings of a label: size, colour and family. A
// style has one size; a label whose lines differ (a block's bold id over
// its title) takes the size most of them have, the smaller on a tie, so
// every line still fits. Bold is marked in the label itself.
func (s *style) font(lines []geom.Text, c palette.RGB) *style {
	return s.n("fontSize", labelSize(lines)).set("fontColor", c.Hex()).set("fontFamily", fontFamily)
}

func labelSize(lines []geom.Text) float64 {
	count := map[float64]int{}
	best, n := 8.0, 0
	for _, t := range lines {
		if t.Size <= 0 {
			continue
		}
		count[t.Size]++
		if c := count[t.Size]; c > n || c == n && t.Size < best {
			best, n = t.Size, c
		}
	}
	return best
}

// Dash patterns of the region lines, as the SVG draws them.
func dash(class string) (pattern string, width float64) {
	switch class {
	case geom.LineOfVisibility:
		return "2 3", 1.6
	case geom.LineOfInternalInteraction:
		return "12 3 2 3", 1.2
	}
	return "8 4", 1.2
}
