package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/draw"
	_ "image/gif" // registers GIF for Decode
	_ "image/jpeg"
	"image/png"

	"codeberg.org/go-pdf/fpdf"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// logo is the brand's raster logo, registered once per document and drawn
// on every page; w and h give its aspect ratio.
type logo struct {
	name string
	w, h float64
}

// registerLogo checks data and hands it to the library; nil data gives no
// logo. The library's own PNG reader rejects 16-bit and interlaced images
// and then fails the whole document, so those are re-encoded first.
func (c *canvas) registerLogo(data []byte) (*logo, error) {
	if len(data) == 0 {
		return nil, nil
	}
	kind := imageKind(data)
	if kind == "" {
		return nil, errors.New("brand logo: not a PNG, JPEG or GIF image")
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("brand logo: unreadable %s image", kind)
	}
	if kind == "PNG" && !plainPNG(data) {
		if data, err = reencodePNG(data); err != nil {
			return nil, err
		}
	}
	const name = "brand-logo"
	c.f.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: kind}, bytes.NewReader(data))
	if err := c.f.Error(); err != nil {
		return nil, fmt.Errorf("brand logo: %w", err)
	}
	return &logo{name: name, w: float64(cfg.Width), h: float64(cfg.Height)}, nil
}

// imageKind names the library's image type from the first bytes, or
// returns "" for anything it cannot embed.
func imageKind(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	case bytes.HasPrefix(b, []byte("\xff\xd8\xff")):
		return "JPG"
	case bytes.HasPrefix(b, []byte("GIF87a")), bytes.HasPrefix(b, []byte("GIF89a")):
		return "GIF"
	}
	return ""
}

// plainPNG reports whether a PNG has at most 8 bits per channel and no
// interlacing, read from its header chunk.
func plainPNG(b []byte) bool {
	const depth, interlace = 24, 28 // offsets into the file of IHDR fields
	return len(b) > interlace && b[depth] <= 8 && b[interlace] == 0
}

// reencodePNG decodes a PNG and writes it again as 8-bit, non-interlaced
// RGBA.
func reencodePNG(data []byte) ([]byte, error) {
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("brand logo: %w", err)
	}
	rgba := image.NewNRGBA(img.Bounds())
	draw.Draw(rgba, rgba.Bounds(), img, img.Bounds().Min, draw.Src)
	var out bytes.Buffer
	if err := png.Encode(&out, rgba); err != nil {
		return nil, fmt.Errorf("brand logo: %w", err)
	}
	return out.Bytes(), nil
}

// drawLogo fits the logo into slot, keeping its aspect ratio, centred.
func (c *canvas) drawLogo(lg *logo, slot geom.Rect) {
	if lg == nil || slot.W <= 0 || slot.H <= 0 {
		return
	}
	s := min(slot.W/lg.w, slot.H/lg.h)
	w, h := lg.w*s, lg.h*s
	c.f.ImageOptions(lg.name, slot.X+(slot.W-w)/2, slot.Y+(slot.H-h)/2, w, h, false, fpdf.ImageOptions{}, 0, "")
}
