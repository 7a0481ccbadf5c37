package blueprints

// Brand is a provider's profile: its name, logo, colours and fonts, and the
// names it gives to roles, systems, documents and words of the vocabulary.
// Brands are loaded by blueprints/load and applied by package branding.
type Brand struct {
	ID      string // the brand's folder name, e.g. "default"
	Name    string // display name, e.g. "Northwind Managed IT"
	Logo    Asset  // PNG or JPEG, used in PDFs
	LogoSVG Asset  // optional SVG logo for the site
	Colors  map[string]Color
	Fonts   Fonts
	// Paper is the report paper: "letter" or "a4".
	Paper string
	// DiagramPaper is the preferred diagram paper: "tabloid", "legal" or "a3".
	DiagramPaper string
	Roles        map[string]Rename
	Systems      map[string]Rename
	Documents    map[string]Rename
	Vocabulary   []Word
	File         string
	Pos          Pos
}

// Asset is a file a brand brings: its path relative to the brand folder,
// its bytes, and where the brand names it.
type Asset struct {
	Path string
	Data []byte
	Pos  Pos
}

// Fonts are a brand's own TrueType fonts; an empty Asset means the default.
type Fonts struct {
	Regular Asset
	Bold    Asset
}

// Color is a colour as "#rrggbb", with where the brand sets it.
type Color struct {
	Hex string
	Pos Pos
}

// Rename gives a catalogue entry the brand's own name.
type Rename struct {
	Name string
	Pos  Pos
}

// Word replaces one word of the vocabulary ("ticket") with the brand's
// ("service request") in every text.
type Word struct {
	From, To string
	Pos      Pos
}

// ColorKeys are the colour tokens a brand may set, each with its default.
var ColorKeys = []string{"primary", "accent", "text", "background", "customer", "onstage", "backstage", "support", "line"}
