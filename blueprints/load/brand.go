package load

import (
	"io/fs"
	"path"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Brand loads the brand profile brand.toml from the root of fsys (the
// brand's own folder) with the files it names: logo, SVG logo and fonts.
// name is how the folder is shown in positions ("branding/northwind"), and
// its last element is the brand's id. Paths in the profile must stay inside
// the folder.
func Brand(fsys fs.FS, name string) (*blueprints.Brand, blueprints.Diagnostics) {
	var diags blueprints.Diagnostics
	b := &blueprints.Brand{ID: path.Base(strings.TrimSuffix(name, "/")), File: display(name, "brand.toml")}
	src, ok := readFile(fsys, "brand.toml", b.File, &diags)
	if !ok {
		return b, diags
	}
	f, m, ok := parse(src, b.File, &diags)
	if !ok {
		return b, diags
	}
	root := f.root(m, "brand")
	bt := root.sub("brand")
	b.Pos = bt.pos()
	b.Name, _ = bt.required("name")
	b.Logo = asset(fsys, bt, "logo", name)
	b.LogoSVG = asset(fsys, bt, "logo_svg", name)
	b.Paper, _ = bt.str("paper")
	b.DiagramPaper, _ = bt.str("diagram_paper")
	bt.done()
	b.Colors = colors(root.sub("colors"))
	ft := root.sub("fonts")
	b.Fonts.Regular = asset(fsys, ft, "regular", name)
	b.Fonts.Bold = asset(fsys, ft, "bold", name)
	ft.done()
	b.Roles = renames(root.sub("roles"))
	b.Systems = renames(root.sub("systems"))
	b.Documents = renames(root.sub("documents"))
	b.Vocabulary = vocabulary(root.sub("vocabulary"))
	root.done()
	diags.Sort()
	return b, diags
}

// asset reads the file a key names, relative to the brand folder.
func asset(fsys fs.FS, t *table, key, name string) blueprints.Asset {
	p, pos := t.str(key)
	a := blueprints.Asset{Path: p, Pos: pos}
	if p == "" {
		return a
	}
	clean := path.Clean(p)
	if path.IsAbs(p) || strings.HasPrefix(p, "\\") || clean == ".." || strings.HasPrefix(clean, "../") || !fs.ValidPath(clean) {
		t.errorf(pos, "%s %q must be a path inside the brand folder %s", key, p, name)
		return a
	}
	data, err := fs.ReadFile(fsys, clean)
	if err != nil {
		t.errorf(pos, "%s file %q cannot be read: %v", key, display(name, clean), plainErr(err))
		return a
	}
	a.Data = data
	return a
}

func colors(t *table) map[string]blueprints.Color {
	out := map[string]blueprints.Color{}
	for _, k := range t.keys() {
		hex, pos := t.str(k)
		out[k] = blueprints.Color{Hex: hex, Pos: pos}
	}
	return out
}

// renames reads a rename table; a rename is positioned at its key, the id
// the validator resolves.
func renames(t *table) map[string]blueprints.Rename {
	out := map[string]blueprints.Rename{}
	for _, k := range t.keys() {
		name, _ := t.str(k)
		out[k] = blueprints.Rename{Name: name, Pos: t.keyPos(k)}
	}
	return out
}

func vocabulary(t *table) []blueprints.Word {
	var out []blueprints.Word
	for _, k := range t.keys() {
		to, _ := t.str(k)
		out = append(out, blueprints.Word{From: k, To: to, Pos: t.keyPos(k)})
	}
	return out
}
