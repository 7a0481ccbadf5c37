package pdf

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// logoImage is a 60x20 picture: a 3:1 logo.
func logoImage() image.Image {
	img := image.NewNRGBA64(image.Rect(0, 0, 60, 20))
	for y := range 20 {
		for x := range 60 {
			img.Set(x, y, color.NRGBA64{uint16(x * 1000), 0x3d00, 0x6b00, 0xffff})
		}
	}
	return img
}

// Every raster format a brand may bring is embedded once and drawn on
// every page, fitted into the logo slot with its own aspect ratio; a
// 16-bit PNG, which the library cannot read, is converted first.
func TestLogoFormats(t *testing.T) {
	encoders := map[string]func(*bytes.Buffer, image.Image) error{
		"png16": func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) },
		"jpeg":  func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) },
		"gif":   func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) },
	}
	for name, enc := range encoders {
		var data bytes.Buffer
		if err := enc(&data, logoImage()); err != nil {
			t.Fatal(err)
		}
		th := geom.Theme{Logo: data.Bytes()}
		var buf bytes.Buffer
		if err := Diagrams(&buf, newFixture().modulePages(), th, Options{}); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := writePDF(t, "logo-"+name+".pdf", buf.Bytes())
		checkQPDF(t, path)
		list := strings.Split(strings.TrimSpace(tool(t, "pdfimages", "-list", path)), "\n")
		if len(list) != 2+4 {
			t.Errorf("%s: pdfimages lists %d images, want one per page:\n%s", name, len(list)-2, strings.Join(list, "\n"))
			continue
		}
		if f := strings.Fields(list[2]); len(f) < 5 || f[3] != "60" || f[4] != "20" {
			t.Errorf("%s: image %v, want 60 x 20", name, f)
		}
	}
}

func TestRegisterLogo(t *testing.T) {
	c := newCanvas(paper{w: 100, h: 100}, geom.Theme{}, Options{}, "")
	lg, err := c.registerLogo(pngLogo(t))
	if err != nil || lg == nil || lg.w != 40 || lg.h != 20 {
		t.Fatalf("registerLogo = %+v, %v", lg, err)
	}
	if lg, err := c.registerLogo(nil); lg != nil || err != nil {
		t.Errorf("no logo gave %+v, %v", lg, err)
	}
}
