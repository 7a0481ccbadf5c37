package site

import (
	"bytes"
	"fmt"
	"io/fs"
)

// assetsDir holds the style sheets and scripts every page loads; the
// whole folder is copied.
const assetsDir = "assets"

// assets copies the template folder's assets and adds the brand's style
// sheet.
func (s *site) assets() error {
	err := fs.WalkDir(s.fsys, assetsDir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(s.fsys, path)
		if err != nil {
			return err
		}
		s.add(path, data)
		return nil
	})
	if err != nil {
		return fmt.Errorf("site assets: %w", err)
	}
	s.add(brandCSSPath, brandCSS(s.in.Theme))
	return nil
}

// addLogo adds the brand's logo to the site and returns its path: the SVG
// logo when there is one, else a PNG or JPEG, else none.
func (s *site) addLogo() string {
	th := s.in.Theme
	var path string
	var data []byte
	switch {
	case len(th.LogoSVG) > 0:
		path, data = "assets/logo.svg", th.LogoSVG
	case bytes.HasPrefix(th.Logo, []byte("\x89PNG\r\n\x1a\n")):
		path, data = "assets/logo.png", th.Logo
	case bytes.HasPrefix(th.Logo, []byte("\xff\xd8\xff")):
		path, data = "assets/logo.jpg", th.Logo
	default:
		return ""
	}
	s.add(path, data)
	return path
}
