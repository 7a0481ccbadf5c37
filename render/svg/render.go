package svg

import (
	"fmt"
	"io"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// Options tune the output; the zero value gives the defaults.
type Options struct {
	// IDPrefix goes before every id in the document (tasks, title, logo
	// parts), so several diagrams can sit in one HTML page without clashes.
	IDPrefix string
}

// rootID and titleID name the root element and its accessible title.
const (
	rootID  = "blueprint"
	titleID = "title"
)

// Render writes p as a standalone SVG document styled with th's colours and
// logo. The output follows the SVG contract, escapes every text and
// attribute, and is byte-identical for the same inputs. It fails only when
// the logo cannot be read or w fails; nothing is written in the first case.
func Render(w io.Writer, p geom.Page, th geom.Theme, opt Options) error {
	d := &doc{prefix: opt.IDPrefix}
	if err := d.page(p, th); err != nil {
		return fmt.Errorf("render svg %q: %w", p.ID, err)
	}
	if _, err := w.Write(d.b); err != nil {
		return fmt.Errorf("render svg %q: %w", p.ID, err)
	}
	return nil
}

// page writes the whole document, bottom layer first: lanes and region
// lines under everything, edges under the boxes they join, labels over
// edges, and the frame (title block, legend) last.
func (d *doc) page(p geom.Page, th geom.Theme) error {
	label := pageLabel(p)
	d.open("svg",
		attr{"xmlns", "http://www.w3.org/2000/svg"},
		attr{"id", d.id(rootID)},
		attr{"class", classes("blueprint", kindClass(p.Kind))},
		attr{"data-page", p.ID},
		n("width", p.Width), n("height", p.Height),
		attr{"viewBox", "0 0 " + num(p.Width) + " " + num(p.Height)},
		attr{"role", "img"},
		attr{"aria-label", label},
	)
	d.elem("title", label, attr{"id", d.id(titleID)})
	d.style(th)
	d.leaf("rect", attr{"class", "page-bg"}, n("width", p.Width), n("height", p.Height))
	d.lanes(p.Lanes)
	d.regionLines(p.Lines)
	d.boxes(p.Boxes, true)
	d.edges(p.Edges)
	d.boxes(p.Boxes, false)
	d.edgeLabels(p.Edges)
	d.textGroup("notes", p.Texts)
	if err := d.titleBlock(p.TitleBlock, th); err != nil {
		return err
	}
	d.legend(p.Legend)
	d.close("svg")
	return nil
}

// pageLabel is the accessible name: the page title, or its id if untitled.
func pageLabel(p geom.Page) string {
	if p.Title != "" {
		return p.Title
	}
	return p.ID
}

// kindClass lets a site style process maps, overviews and life cycles
// apart.
func kindClass(kind string) string {
	if kind == "" {
		return ""
	}
	return "kind-" + kind
}

// text writes one measured line. textLength pins the width to what the
// layout measured with the Go fonts, so a browser with another font still
// fits the line exactly in its box.
func (d *doc) text(t geom.Text, class string) {
	if class == "" {
		class = textClass(t)
	}
	if t.Bold {
		class = classes(class, "bold")
	}
	attrs := []attr{{"class", class}, n("x", t.X), n("y", t.Y), n("font-size", t.Size)}
	if t.Width > 0 {
		attrs = append(attrs, n("textLength", t.Width), attr{"lengthAdjust", "spacingAndGlyphs"})
	}
	d.elem("text", t.Text, attrs...)
}

// textClass prefixes the layout's class with "text-", so a text classed
// "lane" or "task" never answers a selector meant for the lane or task
// group.
func textClass(t geom.Text) string {
	if t.Class == "" {
		return "text"
	}
	return "text-" + t.Class
}

// lines writes a box's text lines.
func (d *doc) lines(ts []geom.Text) {
	for _, t := range ts {
		d.text(t, "")
	}
}

// textGroup writes free texts in one group; nothing when there are none.
func (d *doc) textGroup(class string, ts []geom.Text) {
	if len(ts) == 0 {
		return
	}
	d.open("g", attr{"class", class})
	d.lines(ts)
	d.close("g")
}

// labelBackground puts a small plate behind a label so it reads over
// lines; its height follows the Go fonts' ascent and descent.
func (d *doc) labelBackground(t geom.Text) {
	const pad = 1.5
	d.leaf("rect", attr{"class", "label-bg"},
		n("x", t.X-pad), n("y", t.Y-t.Size*0.95-pad),
		n("width", t.Width+2*pad), n("height", t.Size*1.16+2*pad),
		n("rx", 2))
}
