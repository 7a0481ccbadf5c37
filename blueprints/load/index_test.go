package load

import (
	"testing"
)

func TestIndexPositions(t *testing.T) {
	src := `# comment
[module]
id = "MSP-11b"   # trailing
kpis = [
  "a",   # one
  "b",
]

[[subprocess]]
id = "11b.01"

  [[subprocess.task]]
  id = "11b.01.01"
  description = """
Line one
{role:x} here"""
  branches = [ { label = "Yes", to = "t2" }, {label="No",to="t3"} ]

  [[subprocess.task]]
  id = "11b.01.02"
  "quoted key" = 'lit'
  a.b = 1

[[subprocess]]
id = "11b.02"
[subprocess.meta]
x = 1
`
	idx := buildIndex("f.toml", src)
	tests := []struct {
		m    map[string]posT
		path string
		want string
	}{
		{pv(idx), "module.id", "f.toml:3:6"},
		{pk(idx), "module.id", "f.toml:3:1"},
		{pk(idx), "module", "f.toml:2:1"},
		{pv(idx), "module.kpis[1]", "f.toml:6:3"},
		{pk(idx), "subprocess[0]", "f.toml:9:1"},
		{pk(idx), "subprocess[0].task[0]", "f.toml:12:3"},
		{pv(idx), "subprocess[0].task[0].id", "f.toml:13:8"},
		{pt(idx), "subprocess[0].task[0].description", "f.toml:15:1"},
		{pv(idx), "subprocess[0].task[0].branches[1].to", "f.toml:17:61"},
		{pk(idx), "subprocess[0].task[1].quoted key", "f.toml:21:3"},
		{pk(idx), "subprocess[0].task[1].a.b", "f.toml:22:3"},
		{pv(idx), "subprocess[1].id", "f.toml:25:6"},
		{pk(idx), "subprocess[1].meta", "f.toml:26:1"},
		{pk(idx), "subprocess[1].meta.x", "f.toml:27:1"},
	}
	for _, tt := range tests {
		got, ok := tt.m[tt.path]
		if !ok {
			t.Errorf("%s: not indexed", tt.path)
			continue
		}
		if got.String() != tt.want {
			t.Errorf("%s at %s, want %s", tt.path, got, tt.want)
		}
	}
}

func TestIndexSurvivesGarbage(t *testing.T) {
	for _, src := range []string{"[", "[[", `a = "`, "a = [", "a = {", `a = """`, "= 1", "[a.]\n[[", "\"\n"} {
		buildIndex("f.toml", src) // must not panic or loop
	}
}
