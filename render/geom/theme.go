package geom

// Theme is what a renderer needs of a brand besides names: colours by
// token ("primary", "customer", "onstage" ...; see blueprints.ColorKeys),
// the brand's display name and its logo. Package branding resolves it, with
// defaults, in one place.
type Theme struct {
	Name    string            `json:"name"`
	Colors  map[string]string `json:"colors"`
	Logo    []byte            `json:"-"` // PNG or JPEG
	LogoSVG []byte            `json:"-"`
}
