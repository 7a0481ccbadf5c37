package build

import (
	"bytes"
	"fmt"

	"github.com/blueprint-tools/blueprint/render/drawio"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/vsdx"
)

// drawingKinds are the kinds a diagram is written in page by page at
// natural size, as opposed to the PDFs, which split it to fit paper.
var drawingKinds = []string{"svg", "vsdx", "drawio"}

// drawing renders pages as one file of kind: an SVG (one page only), a
// Visio or a draw.io document.
func drawing(path, kind string, pages []geom.Page, th geom.Theme, opt vsdx.Options) (File, error) {
	if kind == "svg" {
		return svgFile(path, pages[0], th)
	}
	var buf bytes.Buffer
	var err error
	switch kind {
	case "vsdx":
		err = vsdx.Write(&buf, pages, th, opt)
	case "drawio":
		err = drawio.Write(&buf, pages, th)
	default:
		err = fmt.Errorf("no drawing of kind %q", kind)
	}
	if err != nil {
		return File{}, fmt.Errorf("render %s: %w", path, err)
	}
	return File{Path: path, Data: buf.Bytes(), Kind: kind}, nil
}

// drawings writes the overview and every sub-process map, whole as the
// SVGs show them, as one Visio and one draw.io document, so a provider can
// edit the diagrams in the tool it has.
func (mb *moduleBuild) drawings() ([]File, error) {
	pages := append([]geom.Page{mb.overview}, mb.maps...)
	var files []File
	for _, k := range []string{"vsdx", "drawio"} {
		if !mb.in.wants(k) {
			continue
		}
		f, err := drawing(DrawingPath(mb.m, k), k, pages, mb.in.Theme, mb.in.visioOptions(mb.title()))
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	return files, nil
}

// visioOptions are the document settings of a Visio file: the PDFs' date,
// so both come from SOURCE_DATE_EPOCH and never from the clock.
func (in Input) visioOptions(title string) vsdx.Options {
	return vsdx.Options{Title: title, Date: in.Date}
}
