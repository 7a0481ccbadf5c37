package svg

import (
	"bytes"
	"encoding/base64"
	"errors"
	"image"
	_ "image/gif" // registers GIF for DecodeConfig
	_ "image/jpeg"
	_ "image/png"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// logo draws the brand logo into slot: the SVG logo inline when the theme
// has one (it stays vector and sharp), else the raster logo as a data URI.
func (d *doc) logo(slot geom.Rect, th geom.Theme) error {
	if slot.W <= 0 || slot.H <= 0 {
		return nil
	}
	if len(th.LogoSVG) > 0 {
		return d.inlineLogo(slot, th.LogoSVG)
	}
	if len(th.Logo) > 0 {
		return d.imageLogo(slot, th.Logo)
	}
	return nil
}

// imageLogo embeds a raster logo, fitted into slot with its aspect ratio.
func (d *doc) imageLogo(slot geom.Rect, data []byte) error {
	mime := sniffImage(data)
	if mime == "" {
		return errors.New("brand logo: not a PNG, JPEG, GIF or WebP image")
	}
	fit := slot
	if cfg, _, err := image.DecodeConfig(bytes.NewReader(data)); err == nil && cfg.Width > 0 && cfg.Height > 0 {
		fit = fitRect(slot, float64(cfg.Width), float64(cfg.Height))
	}
	attrs := append([]attr{{"class", "logo"}}, rectAttrs(fit)...)
	// preserveAspectRatio still keeps the shape when the size was unknown.
	attrs = append(attrs, attr{"preserveAspectRatio", "xMidYMid meet"},
		attr{"href", "data:" + mime + ";base64," + base64.StdEncoding.EncodeToString(data)})
	d.leaf("image", attrs...)
	return nil
}

// sniffImage names the MIME type of a raster image from its first bytes,
// or returns "" for anything else.
func sniffImage(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "image/png"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "image/jpeg"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "image/gif"
	case len(b) >= 12 && string(b[:4]) == "RIFF" && string(b[8:12]) == "WEBP":
		return "image/webp"
	}
	return ""
}

// fitRect is the largest rectangle of aspect w:h that fits in slot,
// centred in it.
func fitRect(slot geom.Rect, w, h float64) geom.Rect {
	scale := min(slot.W/w, slot.H/h)
	fw, fh := w*scale, h*scale
	return geom.Rect{X: slot.X + (slot.W-fw)/2, Y: slot.Y + (slot.H-fh)/2, W: fw, H: fh}
}
