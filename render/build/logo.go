package build

import (
	"bytes"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// LogoPath is where the brand's logo goes in its output folder, so that
// HTML pages can show it by a relative link: "logo.svg" when the brand has
// an SVG logo, else "logo.png" or "logo.jpg" after its raster logo, or ""
// when it has none a browser shows.
func LogoPath(th geom.Theme) string {
	switch {
	case len(th.LogoSVG) > 0:
		return "logo.svg"
	case bytes.HasPrefix(th.Logo, []byte("\x89PNG\r\n\x1a\n")):
		return "logo.png"
	case bytes.HasPrefix(th.Logo, []byte("\xff\xd8\xff")):
		return "logo.jpg"
	}
	return ""
}

// brandFiles are the files of the brand itself: its logo.
func brandFiles(th geom.Theme) []File {
	switch p := LogoPath(th); p {
	case "":
		return nil
	case "logo.svg":
		return []File{{Path: p, Data: th.LogoSVG, Kind: "html"}}
	default:
		return []File{{Path: p, Data: th.Logo, Kind: "html"}}
	}
}

// relLogo is the logo's address from a module's folder, or "" when the
// brand has none, and the reports print its name instead.
func relLogo(th geom.Theme) string {
	if p := LogoPath(th); p != "" {
		return "../" + p
	}
	return ""
}
