package pdf

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"codeberg.org/go-pdf/fpdf"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// fontFamily is the name the embedded fonts are registered under; the
// regular and bold files of the ruler become its "" and "B" styles.
const fontFamily = "body"

// canvas is one PDF document being drawn: the library's document, the
// resolved colours and the ruler whose fonts it embeds. Coordinates are in
// points, origin top left.
type canvas struct {
	f     *fpdf.Fpdf
	pal   palette.Palette
	ruler *measure.Ruler
}

// newCanvas starts a document on sheets of size pp, with the fonts
// embedded, the metadata set and everything that would make two runs
// differ pinned down.
func newCanvas(pp paper, th geom.Theme, opt Options, title string) *canvas {
	f := fpdf.NewCustom(&fpdf.InitType{
		OrientationStr: "P", // the size is given as it lies, so no swap
		UnitStr:        "pt",
		Size:           fpdf.SizeType{Wd: pp.w, Ht: pp.h},
	})
	f.SetCatalogSort(true)
	f.SetCreationDate(opt.date())
	f.SetModificationDate(opt.date())
	f.SetAutoPageBreak(false, 0)
	f.SetMargins(0, 0, 0)
	if opt.Title != "" {
		title = opt.Title
	}
	f.SetTitle(pdfString(title), true)
	if opt.Author != "" {
		f.SetAuthor(pdfString(opt.Author), true)
	}
	f.SetCreator("blueprint", true)
	f.SetProducer("blueprint", true)
	ruler := opt.ruler()
	f.AddUTF8FontFromBytes(fontFamily, "", ruler.RegularTTF())
	f.AddUTF8FontFromBytes(fontFamily, "B", ruler.BoldTTF())
	// A UTF-8 font must be current before any bookmark, or the library
	// encodes bookmark titles as Latin-1.
	f.SetFont(fontFamily, "", 10)
	f.SetLineJoinStyle("round")
	// Tints from the palette are blended colours: the PDF gets the blended
	// colour rather than transparency, which prints the same on every device
	// and keeps the file small.
	return &canvas{f: f, pal: palette.New(th), ruler: ruler}
}

// output writes the finished document to w, or returns the first error
// the library met while drawing (then nothing is written).
func (c *canvas) output(w io.Writer) error {
	if err := c.f.Error(); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	if err := c.f.Output(w); err != nil {
		return fmt.Errorf("render pdf: %w", err)
	}
	return nil
}

// fill sets the fill colour.
func (c *canvas) fill(col palette.RGB) { c.f.SetFillColor(col.Bytes()) }

// stroke sets the stroke colour and width, and a dash pattern (none when
// dash is empty).
func (c *canvas) stroke(col palette.RGB, width float64, dash ...float64) {
	c.f.SetDrawColor(col.Bytes())
	c.f.SetLineWidth(width)
	c.f.SetDashPattern(dash, 0)
}

// font selects the regular or bold face at size.
func (c *canvas) font(size float64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	c.f.SetFont(fontFamily, style, size)
}

// text draws one line at its X and baseline Y, as layout placed it; the
// library's Text draws at the baseline too, and escapes the string.
func (c *canvas) text(t geom.Text, col palette.RGB) {
	if t.Text == "" || t.Size <= 0 {
		return
	}
	c.font(t.Size, t.Bold)
	c.f.SetTextColor(col.Bytes())
	c.f.Text(t.X, t.Y, pdfString(t.Text))
}

// bookmark adds an outline entry for the current page at y.
func (c *canvas) bookmark(title string, level int, y float64) {
	c.f.Bookmark(pdfString(title), level, y)
}

// pdfString makes s safe for the library's UTF-16 conversion, which
// indexes past the end of invalid UTF-8 (a panic) and garbles runes
// outside the Basic Multilingual Plane: both become U+FFFD. Neither has a
// glyph in the fonts, so the drawn width stays the measured one give or
// take that glyph.
func pdfString(s string) string {
	clean := true
	for _, r := range s {
		if r == utf8.RuneError || r > 0xFFFF {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r > 0xFFFF {
			return utf8.RuneError
		}
		return r
	}, strings.ToValidUTF8(s, string(utf8.RuneError)))
}

// path draws a polyline through pts, closed when close is set, with the
// library's style ("D" stroke, "F" fill, "DF" both). Closing with the
// path operator rather than a last segment keeps the first corner joined.
func (c *canvas) path(pts []geom.Point, close bool, style string) {
	if len(pts) < 2 {
		return
	}
	c.f.MoveTo(pts[0].X, pts[0].Y)
	for _, p := range pts[1:] {
		c.f.LineTo(p.X, p.Y)
	}
	if close {
		c.f.ClosePath()
	}
	c.f.DrawPath(style)
}

// rect draws r with corner radius rad.
func (c *canvas) rect(r geom.Rect, rad float64, style string) {
	if r.W <= 0 || r.H <= 0 {
		return
	}
	if rad <= 0 {
		c.f.Rect(r.X, r.Y, r.W, r.H, style)
		return
	}
	c.f.RoundedRect(r.X, r.Y, r.W, r.H, min(rad, r.W/2, r.H/2), "1234", style)
}
