package vsdx

import (
	"bytes"
	"image"
	_ "image/jpeg" // registers JPEG for DecodeConfig
	_ "image/png"
)

// logoRel is the relationship id every page uses for the logo picture.
const logoRel = "rId1"

// picture is the brand logo as it goes into the package once, under
// visio/media, and onto every page's title block.
type picture struct {
	data []byte
	kind string // the ForeignData compression: "PNG" or "JPEG"
	ext  string // the part's extension, which names its content type
	w, h int    // size in pixels, for the aspect ratio
}

// contentType is the MIME type the package declares for the picture.
func (p *picture) contentType() string {
	if p.kind == "JPEG" {
		return "image/jpeg"
	}
	return "image/png"
}

// partName is where the picture lives in the package.
func (p *picture) partName() string { return "visio/media/image1." + p.ext }

// readLogo recognises a PNG or JPEG logo. Anything else (an SVG-only
// brand, a damaged file) gives no picture: the title block still names
// the brand in its texts, and the hand-off must not fail over a logo.
func readLogo(data []byte) *picture {
	if len(data) == 0 {
		return nil
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil
	}
	switch format {
	case "png":
		return &picture{data: data, kind: "PNG", ext: "png", w: cfg.Width, h: cfg.Height}
	case "jpeg":
		return &picture{data: data, kind: "JPEG", ext: "jpeg", w: cfg.Width, h: cfg.Height}
	}
	return nil
}
