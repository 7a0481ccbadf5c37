package geom

import (
	"slices"
	"testing"
)

func TestOutlines(t *testing.T) {
	r := Rect{X: 10, Y: 20, W: 90, H: 30}
	if got, want := r.Diamond(), []Point{{55, 20}, {100, 35}, {55, 50}, {10, 35}}; !slices.Equal(got, want) {
		t.Errorf("Diamond = %v, want %v", got, want)
	}
	// The point is half the height deep, as that is less than a third of
	// the width.
	if got, want := r.Pentagon(), []Point{{10, 20}, {85, 20}, {100, 35}, {85, 50}, {10, 50}}; !slices.Equal(got, want) {
		t.Errorf("Pentagon = %v, want %v", got, want)
	}
	if got := (Rect{W: 30, H: 60}).ConnectorTip(); got != 10 {
		t.Errorf("ConnectorTip of a narrow box = %v, want a third of its width", got)
	}
	for _, c := range []struct {
		shape string
		r     Rect
		want  float64
	}{
		{ShapeTask, Rect{W: 104, H: 34}, 6}, {ShapeTask, Rect{W: 104, H: 16}, 4},
		{ShapeStart, Rect{W: 90, H: 26}, 13}, {ShapeEnd, Rect{W: 20, H: 26}, 10},
		{ShapeBlock, Rect{W: 100, H: 40}, 4}, {ShapeCondition, Rect{W: 100, H: 40}, 2},
		{ShapePhase, Rect{W: 100, H: 40}, 0}, {ShapeLine, Rect{W: 30}, 0}, {"", Rect{W: 100, H: 40}, 6},
	} {
		if got := CornerRadius(c.shape, c.r); got != c.want {
			t.Errorf("CornerRadius(%q, %v) = %v, want %v", c.shape, c.r, got, c.want)
		}
	}
}
