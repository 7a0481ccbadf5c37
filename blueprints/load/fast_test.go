package load

import (
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// fastCases are small files in and just outside what fastParse handles.
var fastCases = []string{
	"", "# only a comment\n", "a = 1", "a = -0\nb = 0\nc = 42 # x\n",
	"a = true\nb = false\nc = [true, false]\n",
	"[t]\na = \"x\"\n[t.u]\nb = 'y'\n[[t.v]]\nc = 1\n[[t.v]]\nc = 2\n[t.v.w]\nd = 3\n",
	"[[a]]\n[a.b]\nc=1\n[[a]]\n", "[[a]]\n[[a.b]]\n[[a.b]]\n[[a]]\n[[a.b]]\n",
	"a = [\n  1, # one\n  \"two\",\n  [3, []],\n  { k = \"v\", l = [1,\n2] },\n]\n",
	"a = \"\"\"\nline one\n  line \"two\"\n\"\"\"\nb = '''\n\\no escape\n'''\nc = \"\"\"\"\"\"\n",
	"a = \"tab\\tnew\\nq\\\"b\\\\\"\n", "a = \"\\u00e9\"\n", "a = \"x\\ry\"\n",
	"\"quoted key\" = 1\n'lit key' = 2\nbare-key_1 = 3\n",
	"[ spaced . header ]\nx = 1\n[[ spaced . arr ]]\n",
	"a = {}\nb = { }\nc = { x = 1 }\n", "d = { x = 1, }\n", "d = { x = 1 # c\n}\n", "a = { x = 1 }\n[a.b]\n",
	"a = 1\na = 2\n", "[a]\n[a]\n", "[a.b]\n[a]\n", "[a]\n[[a]]\n", "[[a]]\n[a]\n",
	"a = [1]\n[[a]]\n", "a = 01\n", "a = +1\n", "a = 1.5\nb = -0.25\nc = 0.0\nd = 10.05\ne = [1.0, 2]\n",
	"a = 1.\n", "a = .5\n", "a = 01.5\n", "a = 1.5e3\n", "a = 1.5.2\n", "a = -0.0\n", "a = 1e400\n",
	"a = 3.141592653589793238462643383279\n", "a = 99999999999999999999.5\n", "a = 1_000\n", "a = 0x10\n",
	"a = 1979-05-27\n", "a = inf\n", "a.b = 1\n", "a = \"x\" y\n", "a =\n", "a = 'x\n",
	"[a] x\n", "[a\n", "a = \"\"\"x\"\"\"\"\n", "a = [1 2]\n", "a = [1,,2]\n",
	"a = \"x\" # é comment\n\n\n[b]\n", "a = 1\r\n", "a = \"\x01\"\n", "\ufeffa = 1\n", "#\x93", "a = \"\xff\"\n",
	"a = 9223372036854775807\nb = 9223372036854775808\n", "a = -\n", "a = truex\n",
}

// TestFastParseMatchesLibrary checks that whatever fastParse decodes, it
// decodes as the library does and indexes as buildIndex does.
func TestFastParseMatchesLibrary(t *testing.T) {
	for _, src := range append([]string{validModule}, fastCases...) {
		checkFastParse(t, src)
	}
}

// TestFastParseDecodesShippedFiles checks that the shipped content and
// brands take the fast path, and agree with the library there.
func TestFastParseDecodesShippedFiles(t *testing.T) {
	for _, src := range shippedTOML(t) {
		if !checkFastParse(t, src) {
			t.Errorf("fastParse left a shipped file to the library:\n%.200s", src)
		}
	}
}

// checkFastParse compares fastParse with the library and the scanner on
// src, and says whether fastParse decoded it.
func checkFastParse(t *testing.T, src string) bool {
	t.Helper()
	m, idx, ok := fastParse("f.toml", src)
	if !ok {
		return false
	}
	var want map[string]any
	if _, err := toml.Decode(src, &want); err != nil {
		t.Errorf("fastParse accepted what the library rejects (%v):\n%s", err, src)
		return true
	}
	if !reflect.DeepEqual(m, want) {
		t.Errorf("fastParse decoded\n%#v\nthe library\n%#v\nfrom:\n%s", m, want, src)
	}
	if wi := buildIndex("f.toml", src); !reflect.DeepEqual(idx, wi) {
		t.Errorf("fastParse indexed\n%v\nbuildIndex\n%v\nfrom:\n%s", idx, wi, src)
	}
	return true
}

func FuzzFastParse(f *testing.F) {
	f.Add(validModule)
	for _, src := range fastCases {
		f.Add(src)
	}
	for _, src := range shippedFiles(f) {
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkFastParse(t, src)
	})
}

// shippedTOML returns the shipped content files and the built-in brands.
func shippedTOML(tb testing.TB) []string {
	tb.Helper()
	var out []string
	for _, dir := range []string{"..", "../../branding"} {
		root := os.DirFS(dir)
		_ = fs.WalkDir(root, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(p, ".toml") {
				if data, err := fs.ReadFile(root, p); err == nil {
					out = append(out, string(data))
				}
			}
			return nil
		})
	}
	if len(out) == 0 {
		tb.Fatal("no shipped TOML files found")
	}
	return out
}
