package dotout

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// wrapAt is the label width in characters: about what fits in our 104 pt
// task box at 8 pt.
const wrapAt = 24

// Write writes sub-process sp of module m (scope sc) as a DOT graph.
func Write(w io.Writer, sc *blueprints.Scope, sp *blueprints.Subprocess) error {
	var b strings.Builder
	fmt.Fprintf(&b, "digraph %s {\n", quote(sp.ID))
	b.WriteString("  rankdir=LR;\n  node [fontsize=8, margin=\"0.08,0.04\"];\n  edge [fontsize=7];\n")
	for i, l := range Lanes(sc, sp) {
		cluster(&b, i, l, sc, sp)
	}
	for _, t := range sp.Tasks {
		for _, f := range t.Next {
			fmt.Fprintf(&b, "  %s -> %s", quote(t.ID), quote(f.To.ID))
			if f.Label != "" {
				fmt.Fprintf(&b, " [label=%s]", quote(f.Label))
			}
			b.WriteString(";\n")
		}
	}
	b.WriteString("}\n")
	_, err := io.WriteString(w, b.String())
	return err
}

// Lane is one swimlane: a role in a stage.
type Lane struct {
	Role  string
	Stage blueprints.Stage
}

// Lanes returns the lanes sp uses in the order our layout draws them: by
// stage, then by the module's role order, then by role id.
func Lanes(sc *blueprints.Scope, sp *blueprints.Subprocess) []Lane {
	rank := map[string]int{}
	for i, r := range sc.RoleOrder {
		rank[r.ID] = i
	}
	var lanes []Lane
	for _, t := range sp.Tasks {
		if l := (Lane{t.Role.ID, t.Stage}); !slices.Contains(lanes, l) {
			lanes = append(lanes, l)
		}
	}
	slices.SortStableFunc(lanes, func(a, b Lane) int {
		if d := slices.Index(blueprints.Stages, a.Stage) - slices.Index(blueprints.Stages, b.Stage); d != 0 {
			return d
		}
		ra, oka := rank[a.Role]
		rb, okb := rank[b.Role]
		switch {
		case oka && okb:
			return ra - rb
		case oka:
			return -1
		case okb:
			return 1
		}
		return strings.Compare(a.Role, b.Role)
	})
	return lanes
}

func cluster(b *strings.Builder, i int, l Lane, sc *blueprints.Scope, sp *blueprints.Subprocess) {
	name := l.Role
	if r := sc.Role(l.Role); r != nil {
		name = r.Name
	}
	fmt.Fprintf(b, "  subgraph %s {\n    label=%s;\n", quote(fmt.Sprintf("cluster_%02d_%s_%s", i+1, l.Role, l.Stage)), quote(name+" ("+string(l.Stage)+")"))
	for _, t := range sp.Tasks {
		if t.Role.ID == l.Role && t.Stage == l.Stage {
			fmt.Fprintf(b, "    %s [shape=%s, label=%s];\n", quote(t.ID), shape(t.Kind), quoteLabel(t.Label))
		}
	}
	b.WriteString("  }\n")
}

func shape(k blueprints.Kind) string {
	switch k {
	case blueprints.KindDecision:
		return "diamond"
	case blueprints.KindStart, blueprints.KindEnd:
		return "ellipse"
	case blueprints.KindConnector:
		return "cds"
	}
	return "box"
}
