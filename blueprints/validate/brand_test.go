package validate

import (
	"slices"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

const brandFile = "branding/acme/brand.toml"

func baseBrand() *blueprints.Brand {
	return &blueprints.Brand{
		ID: "acme", Name: "Acme", Pos: at(brandFile, 2, 8),
		Paper: "letter", DiagramPaper: "tabloid",
		Colors: map[string]blueprints.Color{
			"primary": {Hex: "#0A3d5f", Pos: at(brandFile, 10, 11)},
		},
		Roles:      map[string]blueprints.Rename{"pm": {Name: "Project Lead", Pos: at(brandFile, 20, 6)}},
		Systems:    map[string]blueprints.Rename{"psa": {Name: "Autotask", Pos: at(brandFile, 24, 7)}},
		Documents:  map[string]blueprints.Rename{"plan": {Name: "Runbook", Pos: at(brandFile, 28, 8)}},
		Vocabulary: []blueprints.Word{{From: "ticket", To: "service request", Pos: at(brandFile, 32, 1)}},
	}
}

func TestBrand(t *testing.T) {
	tests := []struct {
		name string
		edit func(s *blueprints.Set, b *blueprints.Brand)
		want []string
	}{
		{"valid", func(*blueprints.Set, *blueprints.Brand) {}, nil},
		{"rename of an unknown role", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Roles["pn"] = blueprints.Rename{Name: "Lead", Pos: at(brandFile, 21, 6)}
		}, []string{
			`branding/acme/brand.toml:21:6: brand "acme": renames role "pn", which is not defined (did you mean "pm"?)`,
		}},
		{"rename of an unknown system", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Systems["halo"] = blueprints.Rename{Name: "HaloPSA", Pos: at(brandFile, 25, 6)}
		}, []string{
			`branding/acme/brand.toml:25:6: brand "acme": renames system "halo", which is not defined`,
		}},
		{"rename of an unknown document", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Documents["plans"] = blueprints.Rename{Name: "Runbook", Pos: at(brandFile, 29, 6)}
		}, []string{
			`branding/acme/brand.toml:29:6: brand "acme": renames document "plans", which is not defined (did you mean "plan"?)`,
		}},
		{"rename of a module's own entry", func(s *blueprints.Set, b *blueprints.Brand) {
			mod(s).Own.Systems = []*blueprints.System{{ID: "vault", Pos: at("m.toml", 300, 6)}}
			b.Systems["vault"] = blueprints.Rename{Name: "Keeper", Pos: at(brandFile, 25, 6)}
		}, nil},
		{"empty rename", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Roles["pm"] = blueprints.Rename{Name: " ", Pos: at(brandFile, 20, 6)}
		}, []string{
			`branding/acme/brand.toml:20:6: brand "acme": the new name of role "pm" is empty`,
		}},
		{"colour that is not #rrggbb", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Colors["accent"] = blueprints.Color{Hex: "#12345", Pos: at(brandFile, 11, 10)}
			b.Colors["text"] = blueprints.Color{Hex: "black", Pos: at(brandFile, 12, 8)}
			b.Colors["line"] = blueprints.Color{Hex: "#12345g", Pos: at(brandFile, 13, 8)}
		}, []string{
			`branding/acme/brand.toml:11:10: brand "acme": colour "accent" is "#12345", not #rrggbb`,
			`branding/acme/brand.toml:12:8: brand "acme": colour "text" is "black", not #rrggbb`,
			`branding/acme/brand.toml:13:8: brand "acme": colour "line" is "#12345g", not #rrggbb`,
		}},
		{"unknown colour with a did-you-mean", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Colors["primay"] = blueprints.Color{Hex: "#000000", Pos: at(brandFile, 11, 1)}
		}, []string{
			`branding/acme/brand.toml:11:1: brand "acme": unknown colour "primay" (did you mean "primary"?)`,
		}},
		{"unknown colour listing the tokens", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Colors["zebra"] = blueprints.Color{Hex: "#000000", Pos: at(brandFile, 11, 1)}
		}, []string{
			`branding/acme/brand.toml:11:1: brand "acme": unknown colour "zebra" (colours: ` + strings.Join(blueprints.ColorKeys, ", ") + `)`,
		}},
		{"paper", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Paper = "legal"
		}, []string{
			`branding/acme/brand.toml:2:8: brand "acme": paper "legal" is not letter or a4`,
		}},
		{"diagram paper", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.DiagramPaper = "letter"
		}, []string{
			`branding/acme/brand.toml:2:8: brand "acme": diagram paper "letter" is not tabloid, legal or a3`,
		}},
		{"vocabulary", func(_ *blueprints.Set, b *blueprints.Brand) {
			b.Vocabulary = append(b.Vocabulary,
				blueprints.Word{From: "", To: "x", Pos: at(brandFile, 33, 1)},
				blueprints.Word{From: "client", To: "", Pos: at(brandFile, 34, 1)},
				blueprints.Word{From: "ticket", To: "case", Pos: at(brandFile, 35, 1)})
		}, []string{
			`branding/acme/brand.toml:33:1: brand "acme": a vocabulary entry has no word to replace`,
			`branding/acme/brand.toml:34:1: brand "acme": vocabulary word "client" has an empty replacement`,
			`branding/acme/brand.toml:35:1: brand "acme": vocabulary word "ticket" is replaced twice`,
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s, b := baseline(), baseBrand()
			tc.edit(s, b)
			got := lines(Brand(s, b))
			if !slices.Equal(got, tc.want) {
				t.Errorf("got:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(tc.want, "\n\t"))
			}
		})
	}
}
