package load

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestBadFiles(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"empty folder", map[string]string{"README.txt": "hi"},
			[]string{`c: no content found: expected series, catalogue and module files (*.toml)`}},
		{"file of no kind", map[string]string{"x.toml": "a = 1\n"},
			[]string{`c/x.toml:1:1: file: not a series, catalogue or module: it needs a [series], [catalogue] or [module] table`}},
		{"brand in content folder", map[string]string{"x.toml": "[brand]\nname = \"x\"\n"},
			[]string{`c/x.toml:1:1: file: a brand profile does not belong in a content folder (brands live in their own folder; see --brand)`}},
		{"not UTF-8", map[string]string{"x.toml": "[series]\nid = \"\xff\"\n"},
			[]string{`c/x.toml: file is not valid UTF-8 text`}},
		{"series without phases' modules", map[string]string{"s.toml": "[series]\nid = \"msp\"\ntitle = \"S\"\n\n[[phase]]\nid = \"p\"\ntitle = \"P\"\n"},
			[]string{`c/s.toml:5:1: phase "p": has no modules (add [[phase.module]] tables)`}},
		{"series: planned not a boolean", map[string]string{"s.toml": "[series]\nid = \"msp\"\ntitle = \"S\"\n\n[[phase]]\nid = \"p\"\ntitle = \"P\"\n  [[phase.module]]\n  id = \"M-1\"\n  planned = \"yes\"\n"},
			[]string{`c/s.toml:10:13: phase "p" module: "planned" must be true or false, not a string`}},
		{"series: missing title", map[string]string{"s.toml": "[series]\nid = \"msp\"\n"},
			[]string{`c/s.toml:1:1: series "msp": missing key "title"`}},
		{"catalogue: role stage unknown", map[string]string{"c.toml": "[catalogue]\nseries = \"msp\"\n\n[[role]]\nid = \"pm\"\nname = \"PM\"\nstages = [\"backstage\", \"offstage\"]\n"},
			[]string{`c/c.toml:7:24: role "pm": stage "offstage" is not one of customer, onstage, backstage, support (did you mean "onstage"?)`}},
		{"catalogue: kpi without formula and target", map[string]string{"c.toml": "[catalogue]\nseries = \"msp\"\n\n[[kpi]]\nid = \"k\"\nname = \"K\"\ndefinition = \"d\"\n"},
			[]string{`c/c.toml:4:1: kpi "k": missing key "formula"`, `c/c.toml:4:1: kpi "k": missing key "target"`}},
		{"catalogue: kpi direction", map[string]string{"c.toml": "[catalogue]\nseries = \"msp\"\n\n[[kpi]]\nid = \"k\"\nname = \"K\"\ndefinition = \"d\"\nformula = \"f\"\ntarget = \"t\"\ndirection = \"up\"\n"},
			[]string{`c/c.toml:10:13: kpi "k": direction "up" is not one of higher, lower`}},
		{"catalogue: system without name", map[string]string{"c.toml": "[catalogue]\nseries = \"msp\"\n\n[[system]]\nid = \"psa\"\n"},
			[]string{`c/c.toml:4:1: system "psa": missing key "name"`}},
		{"catalogue: document unknown key", map[string]string{"c.toml": "[catalogue]\nseries = \"msp\"\n\n[[document]]\nid = \"sow\"\nname = \"SOW\"\ndescripton = \"x\"\n"},
			[]string{`c/c.toml:7:1: document "sow": unknown key "descripton" (did you mean "description"?)`}},
		{"catalogue without series", map[string]string{"c.toml": "[catalogue]\n"},
			[]string{`c/c.toml:1:1: catalogue: missing key "series"`}},
		{"guide without title", map[string]string{"s.toml": "[series]\nid = \"msp\"\ntitle = \"S\"\n", "guides/how.md": "no heading\n"},
			[]string{`c/guides/how.md:1:1: guide "how": has no title (a first line like "# How to read a service blueprint")`}},
		{"problems sorted across files", map[string]string{
			"b.toml": "[catalogue]\n",
			"a.toml": "[series]\nid = \"msp\"\n",
		}, []string{`c/a.toml:1:1: series "msp": missing key "title"`, `c/b.toml:1:1: catalogue: missing key "series"`}},
		{"testdata skipped", map[string]string{"s.toml": "[series]\nid = \"msp\"\ntitle = \"S\"\n", "testdata/bad.toml": "[["}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, src := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			_, diags := Dir(fsys, "c")
			got := strings.Join(lines(diags), "\n")
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

func TestBrand(t *testing.T) {
	good := "[brand]\nname = \"Acme IT\"\nlogo = \"logo.png\"\npaper = \"a4\"\n\n[colors]\nprimary = \"#112233\"\n\n[roles]\nnoc-engineer = \"NOC Tech\"\n\n[vocabulary]\nticket = \"service request\"\n"
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"good", map[string]string{"brand.toml": good, "logo.png": "\x89PNG"}, nil},
		{"no brand.toml", map[string]string{"logo.png": "x"},
			[]string{`branding/acme/brand.toml: cannot read: file does not exist`}},
		{"missing logo file", map[string]string{"brand.toml": good},
			[]string{`branding/acme/brand.toml:3:8: brand: logo file "branding/acme/logo.png" cannot be read: file does not exist`}},
		{"logo outside the folder", map[string]string{"brand.toml": strings.Replace(good, `"logo.png"`, `"../other/logo.png"`, 1)},
			[]string{`branding/acme/brand.toml:3:8: brand: logo "../other/logo.png" must be a path inside the brand folder branding/acme`}},
		{"absolute logo path", map[string]string{"brand.toml": strings.Replace(good, `"logo.png"`, `"/etc/passwd"`, 1)},
			[]string{`branding/acme/brand.toml:3:8: brand: logo "/etc/passwd" must be a path inside the brand folder branding/acme`}},
		{"font missing", map[string]string{"brand.toml": good + "\n[fonts]\nregular = \"f.ttf\"\n", "logo.png": "x"},
			[]string{`branding/acme/brand.toml:16:11: brand: regular file "branding/acme/f.ttf" cannot be read: file does not exist`}},
		{"rename not a string", map[string]string{"brand.toml": strings.Replace(good, `"NOC Tech"`, `3`, 1), "logo.png": "x"},
			[]string{`branding/acme/brand.toml:10:16: brand: "noc-engineer" must be a string, not an integer`}},
		{"unknown section", map[string]string{"brand.toml": good + "\n[colours]\nprimary = \"#000000\"\n", "logo.png": "x"},
			[]string{`branding/acme/brand.toml:15:1: brand: unknown key "colours" (did you mean "colors"?)`}},
		{"missing name", map[string]string{"brand.toml": strings.Replace(good, "name = \"Acme IT\"\n", "", 1), "logo.png": "x"},
			[]string{`branding/acme/brand.toml:1:1: brand: missing key "name"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, src := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			b, diags := Brand(fsys, "branding/acme")
			got := strings.Join(lines(diags), "\n")
			if want := strings.Join(tt.want, "\n"); got != want {
				t.Errorf("got:\n%s\nwant:\n%s", got, want)
			}
			if b.ID != "acme" {
				t.Errorf("brand id = %q, want acme", b.ID)
			}
		})
	}
}

func TestBrandValues(t *testing.T) {
	src := "[brand]\nname = \"Acme IT\"\n\n[colors]\nprimary = \"#112233\"\n\n[roles]\nnoc-engineer = \"NOC Tech\"\n\n[vocabulary]\nticket = \"service request\"\n"
	b, diags := Brand(fstest.MapFS{"brand.toml": {Data: []byte(src)}}, "branding/acme")
	if len(diags) > 0 {
		t.Fatal(diags)
	}
	if c := b.Colors["primary"]; c.Hex != "#112233" || c.Pos.String() != "branding/acme/brand.toml:5:11" {
		t.Errorf("primary = %+v", c)
	}
	if r := b.Roles["noc-engineer"]; r.Name != "NOC Tech" || r.Pos.String() != "branding/acme/brand.toml:8:1" {
		t.Errorf("rename = %+v", r)
	}
	if len(b.Vocabulary) != 1 || b.Vocabulary[0].From != "ticket" || b.Vocabulary[0].To != "service request" {
		t.Errorf("vocabulary = %+v", b.Vocabulary)
	}
}
