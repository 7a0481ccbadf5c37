package branding

import (
	"encoding/xml"
	"image/png"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestBuiltinBrands(t *testing.T) {
	entries, err := fs.ReadDir(Builtin(), ".")
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, e := range entries {
		if e.IsDir() {
			ids = append(ids, e.Name())
		}
	}
	if want := []string{DefaultID, "northwind"}; !slices.Equal(ids, want) {
		t.Fatalf("brands = %q, want %q", ids, want)
	}
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			tables := brandTables(t, readBuiltin(t, id+"/brand.toml"))
			checkLogos(t, id, tables["brand"])
			checkColors(t, tables["colors"])
		})
	}
}

func TestDefaultBrandMatchesDefaults(t *testing.T) {
	tables := brandTables(t, readBuiltin(t, DefaultID+"/brand.toml"))
	if name := tables["brand"]["name"]; name != DefaultName {
		t.Errorf("name = %q, want %q", name, DefaultName)
	}
	for key, hex := range DefaultColors() {
		if got := tables["colors"][key]; got != hex {
			t.Errorf("colour %q = %q, want the default %q", key, got, hex)
		}
	}
	for _, table := range []string{"roles", "systems", "documents", "vocabulary"} {
		if len(tables[table]) > 0 {
			t.Errorf("the default brand has [%s]", table)
		}
	}
}

// TestNorthwindRenamesKnownIDs checks the brand against the shipped
// catalogue: the validator reports a rename of an unknown id as an error.
func TestNorthwindRenamesKnownIDs(t *testing.T) {
	cat, err := os.ReadFile("../blueprints/msp/catalogue.toml")
	if err != nil {
		t.Skip("no shipped catalogue:", err)
	}
	ids := catalogueIDs(string(cat))
	tables := brandTables(t, readBuiltin(t, "northwind/brand.toml"))
	for table, kind := range map[string]string{"roles": "role", "systems": "system", "documents": "document"} {
		if len(tables[table]) == 0 {
			t.Errorf("northwind has no [%s]", table)
		}
		for id := range tables[table] {
			if !ids[kind][id] {
				t.Errorf("[%s] renames %s %q, which the catalogue does not define", table, kind, id)
			}
		}
	}
	if tables["vocabulary"]["ticket"] != "service request" {
		t.Errorf("vocabulary = %q", tables["vocabulary"])
	}
}

func checkLogos(t *testing.T, id string, brand map[string]string) {
	t.Helper()
	data := readBuiltin(t, id+"/"+brand["logo"])
	if _, err := png.Decode(strings.NewReader(data)); err != nil {
		t.Errorf("logo %q: %v", brand["logo"], err)
	}
	if len(data) > 30<<10 {
		t.Errorf("logo %q is %d bytes, keep it under 30 KiB", brand["logo"], len(data))
	}
	var svg struct{ XMLName xml.Name }
	if err := xml.Unmarshal([]byte(readBuiltin(t, id+"/"+brand["logo_svg"])), &svg); err != nil || svg.XMLName.Local != "svg" {
		t.Errorf("logo_svg %q is not SVG: %v", brand["logo_svg"], err)
	}
}

func checkColors(t *testing.T, colors map[string]string) {
	t.Helper()
	for key, hex := range colors {
		if !slices.Contains(blueprints.ColorKeys, key) {
			t.Errorf("unknown colour key %q", key)
		}
		if _, ok := ParseColor(hex); !ok {
			t.Errorf("colour %q = %q is not #rrggbb", key, hex)
		}
	}
	for _, fill := range []string{"customer", "onstage", "backstage", "support"} {
		if r := contrast(colors["text"], colors[fill]); r < 4.5 {
			t.Errorf("text on %s: contrast %.1f < 4.5", fill, r)
		}
	}
}

func readBuiltin(t *testing.T, name string) string {
	t.Helper()
	data, err := fs.ReadFile(Builtin(), name)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// brandTables reads the flat tables of a brand file with string values,
// all that brand.toml uses; the real parser is the loader's. A line it
// does not understand fails the test, so the file stays that simple.
func brandTables(t *testing.T, text string) map[string]map[string]string {
	t.Helper()
	tableLine := regexp.MustCompile(`^\[([a-z_]+)\]\s*(#.*)?$`)
	keyLine := regexp.MustCompile(`^("[^"]*"|[A-Za-z0-9_.-]+)\s*=\s*("(?:[^"\\]|\\.)*")\s*(#.*)?$`)
	tables := map[string]map[string]string{}
	table := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if m := tableLine.FindStringSubmatch(line); m != nil {
			table = m[1]
			tables[table] = map[string]string{}
			continue
		}
		m := keyLine.FindStringSubmatch(line)
		if m == nil || table == "" {
			if line != "" && !strings.HasPrefix(line, "#") {
				t.Errorf("line %d: cannot read %q", n+1, line)
			}
			continue
		}
		key, _ := strconv.Unquote(m[1])
		if key == "" {
			key = m[1]
		}
		tables[table][key], _ = strconv.Unquote(m[2])
	}
	return tables
}

// catalogueIDs maps each kind of catalogue entry to its ids.
func catalogueIDs(text string) map[string]map[string]bool {
	idLine := regexp.MustCompile(`(?m)^\[\[(role|system|document|kpi)\]\]\s*\nid\s*=\s*"([^"]+)"`)
	ids := map[string]map[string]bool{}
	for _, m := range idLine.FindAllStringSubmatch(text, -1) {
		if ids[m[1]] == nil {
			ids[m[1]] = map[string]bool{}
		}
		ids[m[1]][m[2]] = true
	}
	return ids
}
