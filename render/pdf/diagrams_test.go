package pdf

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// renderDiagrams draws the module fixture and writes it to a file.
func renderDiagrams(t *testing.T, name string, opt Options) (string, []geom.Page) {
	t.Helper()
	pages := newFixture().modulePages()
	var buf bytes.Buffer
	if err := Diagrams(&buf, pages, theme(t), opt); err != nil {
		t.Fatal(err)
	}
	return writePDF(t, name, buf.Bytes()), pages
}

func TestDiagramsPaperSizes(t *testing.T) {
	for _, tt := range []struct{ paper, size string }{
		{"", "1224 x 792 pts"},
		{"tabloid", "1224 x 792 pts"},
		{"Legal", "1008 x 612 pts"},
		{"a3", "1190.55 x 841.89 pts"},
	} {
		t.Run(tt.paper, func(t *testing.T) {
			path, pages := renderDiagrams(t, "diagrams-"+tt.paper+".pdf", Options{Paper: tt.paper})
			in := info(t, path)
			if got, want := in["Pages"], "4"; got != want || len(pages) != 4 {
				t.Errorf("Pages = %s, want %s", got, want)
			}
			// pdfinfo prints the first page's size; every page must match.
			out := tool(t, "pdfinfo", "-f", "1", "-l", "4", path)
			if n := strings.Count(out, tt.size); n != 4 || !strings.HasPrefix(in["Page size"], tt.size) {
				t.Errorf("%d pages of %s, want 4:\n%s", n, tt.size, out)
			}
		})
	}
}

func TestDiagramsMetadata(t *testing.T) {
	date := time.Date(2026, 11, 2, 9, 30, 0, 0, time.FixedZone("CET", 3600))
	path, _ := renderDiagrams(t, "metadata.pdf", Options{Title: "MSP-11b – Diagrams", Author: "Northwind Managed IT", Date: date})
	in := info(t, path)
	want := map[string]string{
		"Title": "MSP-11b – Diagrams", "Author": "Northwind Managed IT",
		"CreationDate": "Mon Nov  2 08:30:00 2026 UTC", "ModDate": "Mon Nov  2 08:30:00 2026 UTC",
	}
	for k, v := range want {
		if in[k] != v {
			t.Errorf("%s = %q, want %q", k, in[k], v)
		}
	}
	path, _ = renderDiagrams(t, "default-date.pdf", Options{})
	if in := info(t, path); in["CreationDate"] != "Sat Jan  1 00:00:00 2000 UTC" || in["Title"] != "MSP-11b Service Deactivation" {
		t.Errorf("defaults: CreationDate %q, Title %q", in["CreationDate"], in["Title"])
	}
}

func TestDiagramsEmbedFontsAndPassQPDF(t *testing.T) {
	path, _ := renderDiagrams(t, "fonts.pdf", Options{})
	checkEmbedded(t, path)
	checkQPDF(t, path)
}

// Every label comes out as text, including non-ASCII and the characters
// PDF strings must escape.
func TestDiagramsText(t *testing.T) {
	path, pages := renderDiagrams(t, "text.pdf", Options{})
	texts := pageTexts(t, path)
	if len(texts) != len(pages) {
		t.Fatalf("pdftotext found %d pages, want %d", len(texts), len(pages))
	}
	for i, p := range pages {
		for _, want := range labels([]geom.Page{p}) {
			if !strings.Contains(texts[i], want) {
				t.Errorf("page %d: %q not found in the text", i+1, want)
			}
		}
	}
	for _, want := range []string{"Übergabe – café", "(request) <script>", `Log as \ PSA`, "Сервер 服务器", "Page 2 of 2"} {
		if !strings.Contains(strings.Join(texts, "\n"), want) {
			t.Errorf("%q not found in the text", want)
		}
	}
}

func TestDiagramsOutline(t *testing.T) {
	path, _ := renderDiagrams(t, "outline.pdf", Options{})
	d := readQPDF(t, path)
	var got []string
	var walk func(ns []outlineNode, depth int)
	walk = func(ns []outlineNode, depth int) {
		for _, n := range ns {
			got = append(got, strings.Repeat("  ", depth)+n.Title+" @"+string(rune('0'+n.Page)))
			walk(n.Kids, depth+1)
		}
	}
	walk(d.Outlines, 0)
	want := []string{
		"MSP-11b Service Deactivation @1",
		"  11b.03 Systems Management Deactivation @2",
		"  11b.04 Billing Closure @3",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("outline =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// The overview's blocks link to the first page of their sub-process (not
// to 11b.01, which is not in the PDF); each connector to 11b.04 links to
// its first page, except on that page itself.
func TestDiagramsLinks(t *testing.T) {
	path, _ := renderDiagrams(t, "links.pdf", Options{})
	got := readQPDF(t, path).links(t)
	want := map[int][]int{1: {2, 3}, 2: {3}, 4: {3}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("links by page = %v, want %v", got, want)
	}
}

func TestDiagramsAreReproducible(t *testing.T) {
	pages := newFixture().modulePages()
	var a, b bytes.Buffer
	for _, buf := range []*bytes.Buffer{&a, &b} {
		if err := Diagrams(buf, pages, theme(t), Options{Title: "t", Author: "a"}); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two renders of the same pages differ")
	}
}

func TestDiagramsErrors(t *testing.T) {
	pages := newFixture().modulePages()
	sizeless := []geom.Page{{ID: "x"}}
	tests := []struct {
		name  string
		pages []geom.Page
		th    geom.Theme
		opt   Options
		want  string
	}{
		{"paper", pages, theme(t), Options{Paper: "letter"}, `render pdf: unknown paper "letter" (want "tabloid", "legal", "a3")`},
		{"no pages", nil, theme(t), Options{}, "render pdf: no pages to draw"},
		{"no size", sizeless, theme(t), Options{}, `render pdf: page "x" has no usable size (0 x 0)`},
		{"logo", pages, geom.Theme{Logo: []byte("<svg/>")}, Options{}, "render pdf: brand logo: not a PNG, JPEG or GIF image"},
		{"broken logo", pages, geom.Theme{Logo: []byte("\x89PNG\r\n\x1a\nbroken")}, Options{}, "render pdf: brand logo: unreadable PNG image"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		err := Diagrams(&buf, tt.pages, tt.th, tt.opt)
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
		if buf.Len() != 0 {
			t.Errorf("%s: %d bytes written despite the error", tt.name, buf.Len())
		}
	}
}

// A theme without colours or logo still draws, in the default palette.
func TestDiagramsEmptyTheme(t *testing.T) {
	var buf bytes.Buffer
	if err := Diagrams(&buf, newFixture().modulePages(), geom.Theme{}, Options{}); err != nil {
		t.Fatal(err)
	}
	checkQPDF(t, writePDF(t, "empty-theme.pdf", buf.Bytes()))
}

func TestPlace(t *testing.T) {
	fx := newFixture()
	for _, paper := range []string{"tabloid", "legal", "a3"} {
		for _, p := range fx.modulePages() {
			pl, err := Place(p, paper)
			if err != nil {
				t.Fatal(err)
			}
			pp, _ := findPaper(paper, diagramPapers())
			sheet := pl.toSheet(geom.Rect{W: p.Width, H: p.Height})
			inner := geom.Rect{X: geom.SheetMargin, Y: geom.SheetMargin, W: pp.w - 2*geom.SheetMargin, H: pp.h - 2*geom.SheetMargin}
			if !inner.Contains(sheet) {
				t.Errorf("%s on %s: page lands at %+v, outside %+v", p.ID, paper, sheet, inner)
			}
			if dx, dy := sheet.X-(pp.w-sheet.Right()), sheet.Y-(pp.h-sheet.Bottom()); dx*dx+dy*dy > 1e-9 {
				t.Errorf("%s on %s: not centred (%v, %v)", p.ID, paper, dx, dy)
			}
			if pl.MinText < MinTextSize {
				t.Errorf("%s on %s: smallest text %.2f pt, below %v", p.ID, paper, pl.MinText, MinTextSize)
			}
		}
	}
	if _, err := Place(geom.Page{ID: "x", Width: 100, Height: 100}, "a4"); err == nil {
		t.Error("Place accepted a portrait report paper")
	}
}

// A module's sub-processes nest under its overview; without an overview
// (or after another module's) they stand at the top, and a sub-process
// continued over pages gets one bookmark.
func TestOutlineLevels(t *testing.T) {
	pages := []geom.Page{
		{Kind: geom.KindSubprocess, ID: "a/1", Module: "A", Subprocess: "a.01", Title: "a.01"},
		{Kind: geom.KindLifecycle, ID: "life", Title: "Life cycle"},
		{Kind: geom.KindSubprocess, ID: "a/2", Module: "A", Subprocess: "a.02", Title: "a.02"},
		{Kind: geom.KindOverview, ID: "b", Module: "B", Title: "B"},
		{Kind: geom.KindSubprocess, ID: "b/1/1", Module: "B", Subprocess: "b.01", Title: "b.01 (1)"},
		{Kind: geom.KindSubprocess, ID: "b/1/2", Module: "B", Subprocess: "b.01", Title: "b.01 (2)"},
		{Kind: geom.KindSubprocess, ID: "loose"},
	}
	want := map[int]mark{
		0: {"a.01", 0}, 1: {"Life cycle", 0}, 2: {"a.02", 0}, 3: {"B", 0}, 4: {"b.01 (1)", 1}, 6: {"loose", 0},
	}
	if got := outline(pages); !reflect.DeepEqual(got, want) {
		t.Errorf("outline = %v, want %v", got, want)
	}
}

// Text the fonts cannot draw or that is not even UTF-8 still gives a
// valid file: runes outside the BMP and invalid bytes come out as U+FFFD,
// and right-to-left text is drawn as given (layout does no reordering,
// so the extracted Arabic reads reversed).
func TestDiagramsOddText(t *testing.T) {
	fx := newFixture()
	p := fx.processPage("11b.09", "Odd text", 1, 1)
	odd := []string{"emoji 😀 ✓ ★", "nul \x00 tab\tcr\r", "bad \xff\xfe utf-8", "))((\\\\", "مرحبا עברית"}
	for i, s := range odd {
		p.Boxes[i].Lines = []geom.Text{fx.text(s, p.Boxes[i].Rect.X+4, p.Boxes[i].Rect.Y+14, 9, i%2 == 0, "task")}
	}
	var buf bytes.Buffer
	if err := Diagrams(&buf, []geom.Page{p}, theme(t), Options{Title: "odd 😀 \xff"}); err != nil {
		t.Fatal(err)
	}
	path := writePDF(t, "odd-text.pdf", buf.Bytes())
	checkQPDF(t, path)
	text := pageTexts(t, path)[0]
	for _, want := range []string{"))((\\\\", "emoji \uFFFD ✓ ★", "bad \uFFFD"} {
		if !strings.Contains(text, want) {
			t.Errorf("%q not found in %q", want, text)
		}
	}
}

// Renders on a worker pool share one ruler: the library must neither
// change the font bytes it embeds nor race on them (run with -race).
func TestConcurrentRendersShareRuler(t *testing.T) {
	pages, th := newFixture().modulePages(), theme(t)
	ruler := newFixture().r
	before := bytes.Clone(ruler.RegularTTF())
	outs := make([][]byte, 4)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Go(func() {
			var buf bytes.Buffer
			if err := Diagrams(&buf, pages, th, Options{Fonts: ruler}); err != nil {
				t.Error(err)
			}
			outs[i] = buf.Bytes()
		})
	}
	wg.Wait()
	if !bytes.Equal(before, ruler.RegularTTF()) {
		t.Error("rendering changed the ruler's font bytes")
	}
	for i := range outs[1:] {
		if !bytes.Equal(outs[0], outs[i+1]) {
			t.Errorf("concurrent render %d differs from the first", i+1)
		}
	}
}
