package drawio

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"image"
	_ "image/jpeg" // registers JPEG for DecodeConfig
	_ "image/png"
	"io"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Write writes pages as one uncompressed draw.io file, a diagram (a tab in
// draw.io) per geom page named by its title, drawn in th's colours with
// th's logo. Output is byte-identical for the same inputs. A document
// without pages is an error: draw.io opens it as an empty diagram, which
// would hide a fault upstream.
func Write(w io.Writer, pages []geom.Page, th geom.Theme) error {
	if len(pages) == 0 {
		return errors.New("write drawio: no pages")
	}
	x := &xw{}
	x.open("mxfile", attr{"host", "blueprint"}, attr{"pages", fmt.Sprint(len(pages))})
	names, diagramIDs := pageNames(pages), diagramIDs(pages)
	links := linkTargets(pages, diagramIDs)
	// The palette resolves the theme the way the PDF renderer does, so the
	// hand-off looks like the printed diagram. Its tints are solid colours,
	// not transparency: a solid colour is what the user then sees in
	// draw.io's colour picker.
	pal, logo := palette.New(th), logoURI(th)
	for i, p := range pages {
		d := &diagram{x: x, p: p, pal: pal, logo: logo, links: links, self: diagramIDs[i]}
		d.write(diagramIDs[i], names[i])
	}
	x.close("mxfile")
	if _, err := w.Write(x.b); err != nil {
		return fmt.Errorf("write drawio: %w", err)
	}
	return nil
}

// pageNames gives every diagram the name draw.io shows on its tab: its
// title, with "(n of m)" when a map runs over several pages.
func pageNames(pages []geom.Page) []string {
	names := make([]string, len(pages))
	for i, p := range pages {
		name := strings.Join(strings.Fields(p.Title), " ")
		if name == "" {
			name = strings.TrimSpace(p.ID)
		}
		if name == "" {
			name = "Page"
		}
		if p.Of > 1 {
			name += fmt.Sprintf(" (%d of %d)", p.Number, p.Of)
		}
		names[i] = name
	}
	return names
}

// diagramIDs are the pages' own ids, made unique; links between pages
// name them.
func diagramIDs(pages []geom.Page) []string {
	u := ids{}
	out := make([]string, len(pages))
	for i, p := range pages {
		id := p.ID
		if id == "" {
			id = "page"
		}
		out[i] = u.make(id)
	}
	return out
}

// linkTargets maps what a box's Link may name to the diagram it leads to:
// a page id wins over a sub-process id (its first page), which wins over
// a module id (its overview), as in the PDF.
func linkTargets(pages []geom.Page, ids []string) map[string]string {
	t := map[string]string{}
	add := func(key, id string) {
		if _, taken := t[key]; key != "" && !taken {
			t[key] = id
		}
	}
	for i, p := range pages {
		add(p.ID, ids[i])
	}
	for i, p := range pages {
		if p.Kind == geom.KindSubprocess {
			add(p.Subprocess, ids[i])
		}
	}
	for i, p := range pages {
		if p.Kind == geom.KindOverview {
			add(p.Module, ids[i])
		}
	}
	return t
}

// logoURI is the brand's logo as draw.io's image style takes it:
// "data:<type>,<base64>", without ";base64", as ';' ends a style value.
// A raster logo is preferred (draw.io shows it everywhere), then the SVG;
// anything unreadable gives no logo rather than a broken image.
func logoURI(th geom.Theme) string {
	if cfg, format, err := image.DecodeConfig(bytes.NewReader(th.Logo)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
		return "data:image/" + format + "," + base64.StdEncoding.EncodeToString(th.Logo)
	}
	if bytes.Contains(th.LogoSVG, []byte("<svg")) {
		return "data:image/svg+xml," + base64.StdEncoding.EncodeToString(th.LogoSVG)
	}
	return ""
}
