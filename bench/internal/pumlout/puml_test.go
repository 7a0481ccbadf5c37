package pumlout

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

// The line forms Write uses, as PlantUML's legacy parser reads them.
var (
	partitionRE = regexp.MustCompile(`^partition "([^"]+)" \{$`)
	ifRE        = regexp.MustCompile(`^(T\d+) -->(?:\[([^\]]+)\])? if "([^"]+)" as (T\d+) then$`)
	edgeRE      = regexp.MustCompile(`^(\(\*\)|T\d+|"[^"]+" as T\d+) -->(?:\[([^\]]+)\])? (T\d+|"[^"]+" as T\d+)(?: in "([^"]+)")?$`)
)

// parsed is what a PlantUML reader learns from the text: where each
// alias was created and every edge.
type parsed struct {
	lane  map[string]string // alias -> partition it was created in
	edges map[string]int    // "from -label-> to" -> times written
}

func parse(t *testing.T, text string) parsed {
	p := parsed{lane: map[string]string{}, edges: map[string]int{}}
	cur := ""
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		switch m := edgeRE.FindStringSubmatch(line); {
		case partitionRE.MatchString(line):
			cur = partitionRE.FindStringSubmatch(line)[1]
		case line == "}":
			cur = ""
		case ifRE.MatchString(line):
			m := ifRE.FindStringSubmatch(line)
			p.create(t, m[4], cur)
			p.edges[m[1]+" -"+m[2]+"-> "+m[4]]++
		case m != nil:
			from := p.end(t, m[1], cur)
			to := p.end(t, m[3], cur)
			if m[4] != "" {
				p.lane[to] = m[4]
			}
			p.edges[from+" -"+m[2]+"-> "+to]++
		}
	}
	return p
}

// end returns the alias of one end of an edge, creating it in lane cur
// when the end declares it.
func (p parsed) end(t *testing.T, s, cur string) string {
	if i := strings.LastIndex(s, " as "); i >= 0 {
		p.create(t, s[i+4:], cur)
		return s[i+4:]
	}
	return s
}

func (p parsed) create(t *testing.T, alias, cur string) {
	if _, ok := p.lane[alias]; ok {
		t.Errorf("%s declared twice", alias)
	}
	p.lane[alias] = cur
}

// TestSameGraph writes the benchmark's sub-process and reads back every
// task in its lane and every flow exactly once, plus the one edge from
// PlantUML's start.
func TestSameGraph(t *testing.T) {
	for _, c := range []struct {
		seed         int64
		tasks, lanes int
	}{{1, 200, 8}, {7, 120, 6}, {3, 40, 3}} {
		t.Run(fmt.Sprintf("seed%d", c.seed), func(t *testing.T) {
			sameGraph(t, synth.Module(c.seed, synth.Options{Tasks: c.tasks, Lanes: c.lanes}))
		})
	}
}

func sameGraph(t *testing.T, set *blueprints.Set) {
	m := set.Modules[0]
	sc, sp := blueprints.NewScope(set, m), m.Subprocesses[0]
	var b strings.Builder
	if err := Write(&b, sc, sp); err != nil {
		t.Fatal(err)
	}
	p := parse(t, b.String())
	d := newDiagram(sc, sp)
	want := map[string]int{"(*) --> " + d.alias[sp.Tasks[0]]: 1}
	for _, e := range d.edges {
		want[fmt.Sprintf("%s -%s-> %s", d.alias[e.from], text(e.label), d.alias[e.to])]++
	}
	for k, n := range want {
		if p.edges[k] != n {
			t.Errorf("edge %q written %d times, want %d", k, p.edges[k], n)
		}
	}
	if len(p.edges) != len(want) {
		t.Errorf("%d distinct edges written, want %d", len(p.edges), len(want))
	}
	for _, task := range sp.Tasks {
		if got := p.lane[d.alias[task]]; got != text(d.lane[task]) {
			t.Errorf("%s (%s) in partition %q, want %q", d.alias[task], task.ID, got, d.lane[task])
		}
	}
}

func TestText(t *testing.T) {
	if got, want := quote(`Escalate the "change request" [now] in the PSA`), `"Escalate the 'change\nrequest' (now) in the\nPSA"`; got != want {
		t.Errorf("quote = %s, want %s", got, want)
	}
	if got := bracket(""); got != "" {
		t.Errorf("bracket of no label = %q", got)
	}
}
