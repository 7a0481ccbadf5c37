package geom

import "testing"

func TestDiagramPaper(t *testing.T) {
	for name, want := range map[string]string{"": "tabloid", " Legal ": "legal", "A3": "a3", "tabloid": "tabloid"} {
		if p, ok := DiagramPaper(name); !ok || p.Name != want {
			t.Errorf("DiagramPaper(%q) = %v, %v; want %s", name, p, ok, want)
		}
	}
	if _, ok := DiagramPaper("letter"); ok {
		t.Error("letter is not a diagram paper")
	}
}

func TestPrintScale(t *testing.T) {
	legal, _ := DiagramPaper("legal") // 1008 x 612, printable 972 x 576
	for _, c := range []struct{ w, h, want float64 }{
		{972, 100, 1},    // as wide as the printable area
		{100, 1152, 0.5}, // twice as tall
		{10, 10, MaxPrintScale},
		{0, 10, 0}, {10, -1, 0},
	} {
		if got := legal.PrintScale(c.w, c.h); got != c.want {
			t.Errorf("PrintScale(%v, %v) = %v, want %v", c.w, c.h, got, c.want)
		}
	}
	if got := (Paper{}).PrintScale(10, 10); got != 0 {
		t.Errorf("a paper without a size gives scale %v", got)
	}
}

func TestSmallestText(t *testing.T) {
	p := Page{
		Boxes:      []Box{{Lines: []Text{{Text: "a", Size: 8}, {Text: "", Size: 2}}}},
		Edges:      []Edge{{Label: &Text{Text: "yes", Size: 7.5}}},
		TitleBlock: &TitleBlock{Texts: []Text{{Text: "t", Size: 12}}},
	}
	if got := p.SmallestText(); got != 7.5 {
		t.Errorf("SmallestText = %v, want 7.5 (empty text does not count)", got)
	}
	if got := (Page{}).SmallestText(); got != 0 {
		t.Errorf("SmallestText of an empty page = %v, want 0", got)
	}
}
