package main

import (
	"fmt"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

// perPhase is how many modules a phase of the life cycle lists, so the
// life cycle of a large library reads like a real one, not one long band.
const perPhase = 25

// library makes n modules from seeds 1..n, each renamed so that module,
// sub-process and task ids are unique across the set, and one series and
// one catalogue for all of them.
func library(n int, opt synth.Options) *blueprints.Set {
	var set *blueprints.Set
	for i := 1; i <= n; i++ {
		one := synth.Module(int64(i), opt)
		m := one.Modules[0]
		rename(m, i)
		if set == nil {
			set = one
			set.Series[0].Phases = nil
		} else {
			set.Modules = append(set.Modules, m)
			mergeRoles(set.Catalogues[0], one.Catalogues[0])
		}
		list(set.Series[0], m, i)
	}
	// Seeds give a role id different stages; the library's roles work in
	// any, as one catalogue must serve every module.
	for _, r := range set.Catalogues[0].Roles {
		r.Stages = nil
	}
	planned := &blueprints.PhaseModule{Module: blueprints.Ref{ID: synth.PlannedID}, Title: "Planned Module", Planned: true}
	last := set.Series[0].Phases[len(set.Series[0].Phases)-1]
	last.Modules = append(last.Modules, planned)
	return set
}

// rename gives module m of the library its own ids: SYN-0001, and
// sub-processes and tasks s0001.01, s0001.01.01 instead of syn.01 ...
func rename(m *blueprints.Module, i int) {
	m.ID = fmt.Sprintf("SYN-%04d", i)
	m.Title = fmt.Sprintf("Synthetic Module %04d", i)
	prefix := fmt.Sprintf("s%04d.", i)
	re := func(id string) string {
		if rest, ok := strings.CutPrefix(id, "syn."); ok {
			return prefix + rest
		}
		return id
	}
	for _, sp := range m.Subprocesses {
		sp.ID = re(sp.ID)
		sp.Title = "Synthetic Sub-process " + sp.ID
		for _, t := range sp.Tasks {
			t.ID, t.Target.ID = re(t.ID), re(t.Target.ID)
			for k := range t.Next {
				t.Next[k].To.ID = re(t.Next[k].To.ID)
			}
		}
	}
}

// mergeRoles adds the roles of from that into lacks. Seeds reuse the ids
// role-1, role-2 ...; only names and stages differ.
func mergeRoles(into, from *blueprints.Catalogue) {
	have := map[string]bool{}
	for _, r := range into.Roles {
		have[r.ID] = true
	}
	for _, r := range from.Roles {
		if !have[r.ID] {
			into.Roles = append(into.Roles, r)
			have[r.ID] = true
		}
	}
}

// list puts module i into its phase of the series, starting a new phase
// every perPhase modules.
func list(s *blueprints.Series, m *blueprints.Module, i int) {
	if (i-1)%perPhase == 0 {
		n := len(s.Phases) + 1
		s.Phases = append(s.Phases, &blueprints.Phase{ID: fmt.Sprintf("phase-%d", n), Title: fmt.Sprintf("Phase %d", n)})
	}
	ph := s.Phases[len(s.Phases)-1]
	ph.Modules = append(ph.Modules, &blueprints.PhaseModule{Module: blueprints.Ref{ID: m.ID}})
}
