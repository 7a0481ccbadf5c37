package svg

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

func TestNum(t *testing.T) {
	for in, want := range map[float64]string{
		0: "0", 1: "1", -1: "-1", 1.5: "1.5", 1.25: "1.25", 1.255: "1.25", 1.256: "1.26", 1.0049: "1",
		-0.001: "0", 1e-9: "0", 123456.789: "123456.79", math.NaN(): "0", math.Inf(1): "0", 1e300: "0",
	} {
		if got := num(in); got != want {
			t.Errorf("num(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestPathData(t *testing.T) {
	for _, c := range []struct {
		pts  []geom.Point
		want string
	}{
		{pts(0, 0, 10, 0, 10, 20), "M0 0H10V20"},
		{pts(1.111, 2.226, 1.114, 9), "M1.11 2.23V9"}, // equal once rounded: vertical
		{pts(0, 0, 5, 5), "M0 0L5 5"},                 // not orthogonal: still only M/L
		{pts(3, 4), "M3 4"},
	} {
		if got := pathData(c.pts); got != c.want {
			t.Errorf("pathData(%v) = %q, want %q", c.pts, got, c.want)
		}
	}
}

func TestArrowheadPointsAlongLastSegment(t *testing.T) {
	h, ok := arrowhead(pts(0, 0, 0, 50, 100, 50))
	if !ok {
		t.Fatal("no arrowhead")
	}
	if got := points(h.corners); got != "100,50 93,53.5 93,46.5" {
		t.Errorf("corners %s", got)
	}
	if h.neck != (geom.Point{X: 96.5, Y: 50}) {
		t.Errorf("line stops at %v, want inside the head", h.neck)
	}
	if _, ok := arrowhead(pts(1, 1)); ok {
		t.Error("an edge of one point cannot have an arrowhead")
	}
}

func TestDegenerateEdgesStillFollowContract(t *testing.T) {
	p := geom.Page{ID: "p", Width: 50, Height: 50, Edges: []geom.Edge{
		{From: "a", To: "b"},
		{From: "a", To: "c", Points: pts(5, 5, 5, 5, 5, 5)},
		{From: "a", To: "d", Points: pts(1, 1, 1, 2)}, // shorter than the head
	}}
	root := parse(t, render(t, p, geom.Theme{}, Options{}))
	paths := root.all(is("path", "edge"))
	if len(paths) != 3 {
		t.Fatalf("got %d edge paths, want 3", len(paths))
	}
	for _, e := range paths {
		if d := e.attrs["d"]; d != "" && !orthogonalPath.MatchString(d) {
			t.Errorf("d=%q", d)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterErrorIsWrapped(t *testing.T) {
	err := Render(failWriter{}, geom.Page{ID: "MSP-1/a/1"}, geom.Theme{}, Options{})
	if err == nil || !strings.Contains(err.Error(), `render svg "MSP-1/a/1": disk full`) {
		t.Errorf("err = %v", err)
	}
}

func TestMissingTooltipFallsBackToLabel(t *testing.T) {
	b := geom.Box{ID: "t", Lines: []geom.Text{{Text: "Close"}, {Text: "ticket"}}}
	if got := tooltip(b); got != "Close ticket" {
		t.Errorf("tooltip = %q", got)
	}
}

func TestThemeColors(t *testing.T) {
	th := geom.Theme{Colors: map[string]string{"primary": " #ABCDEF ", "accent": "#abc", "text": "blue", "line": "#12345"}}
	want := map[string]string{"primary": "#abcdef", "accent": "#abc", "text": "#1b1f24", "line": "#4b5563", "support": "#7c3aed"}
	for _, tok := range colorTokens() {
		if w, ok := want[tok.name]; ok {
			if got := themeColor(th, tok); got != w {
				t.Errorf("%s = %q, want %q", tok.name, got, w)
			}
		}
	}
}

// TestNumFastPathMatchesFormatFloat checks the integer path against the
// general one over a sweep of values with float noise.
func TestNumFastPathMatchesFormatFloat(t *testing.T) {
	for i := -200000; i <= 200000; i += 7 {
		for _, v := range []float64{float64(i) / 100, float64(i)*0.01 + 1e-9, float64(i) / 300, float64(i) * 1.1} {
			s := strconv.FormatFloat(v, 'f', 2, 64)
			s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			if s == "-0" {
				s = "0"
			}
			if got := num(v); got != s {
				t.Fatalf("num(%v) = %q, FormatFloat gives %q", v, got, s)
			}
		}
	}
}
