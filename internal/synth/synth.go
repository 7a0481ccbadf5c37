package synth

import (
	"fmt"
	"math/rand"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Ids of what Module generates, for tests that look things up.
const (
	SeriesID  = "syn"
	ModuleID  = "SYN-01"
	PlannedID = "SYN-99" // a planned module of the series, target of connectors
)

const file = "synth/syn-01.toml"

// Module returns a set holding a series (one phase with the module and a
// planned module), its catalogue and one module whose sub-processes follow
// the options. The same seed and options give the same set.
func Module(seed int64, opt Options) *blueprints.Set {
	opt = opt.withDefaults()
	rng := rand.New(rand.NewSource(seed))
	lanes, roles := makeLanes(rng, opt.Lanes)
	cat := catalogue(roles)
	m := &blueprints.Module{
		ID: ModuleID, Series: ref(SeriesID), Title: "Synthetic Module",
		Summary:     "A generated module for tests.",
		Description: blueprints.Prose{Text: "Generated for {role:" + roles[0].ID + "}."},
		Entry:       []string{"The agreement is signed.", "A project exists in the PSA."},
		Exits: []*blueprints.Exit{
			{ID: "succeeded", Label: "Succeeded", Conditions: []string{"The client signed off."}},
			{ID: "backed-out", Label: "Backed out", Conditions: []string{"The change was reverted."}},
		},
		KPIs: []blueprints.Ref{ref("cycle-time")},
		File: file, Pos: pos(1),
	}
	for _, i := range rng.Perm(len(roles)) {
		m.Roles = append(m.Roles, ref(roles[i].ID))
	}
	for i := range opt.Subprocesses {
		id := fmt.Sprintf("syn.%02d", i+1)
		b := &builder{rng: rng, opt: opt, lanes: lanes, sp: &blueprints.Subprocess{ID: id, Title: "Synthetic Sub-process " + id, Pos: pos(10 + i)}}
		b.targets = []string{PlannedID}
		if i+1 < opt.Subprocesses {
			b.targets = []string{fmt.Sprintf("syn.%02d", i+2)}
		}
		b.build()
		m.Subprocesses = append(m.Subprocesses, b.sp)
	}
	return &blueprints.Set{Series: []*blueprints.Series{series()}, Catalogues: []*blueprints.Catalogue{cat}, Modules: []*blueprints.Module{m}}
}

type lane struct {
	role  *blueprints.Role
	stage blueprints.Stage
}

// makeLanes picks n (role, stage) lanes: every stage once when there are
// four or more, then more lanes where blueprints have them, some of them a
// second stage of a role already in use.
func makeLanes(rng *rand.Rand, n int) ([]lane, []*blueprints.Role) {
	names := rng.Perm(len(roleNames))
	var lanes []lane
	var roles []*blueprints.Role
	newRole := func(stage blueprints.Stage) {
		name := roleNames[names[len(roles)%len(names)]]
		r := &blueprints.Role{ID: fmt.Sprintf("role-%d", len(roles)+1), Name: name, Pos: pos(100 + len(roles))}
		roles = append(roles, r)
		lanes = append(lanes, lane{r, stage})
	}
	for i := range n {
		if i < 4 && n >= 4 {
			newRole(blueprints.Stages[i])
			continue
		}
		stage := []blueprints.Stage{blueprints.StageCustomer, blueprints.StageOnstage, blueprints.StageBackstage, blueprints.StageBackstage, blueprints.StageSupport}[rng.Intn(5)]
		if stage == blueprints.StageBackstage && rng.Intn(2) == 0 {
			if r := onstageRoleWithoutBackstage(lanes); r != nil {
				lanes = append(lanes, lane{r, stage})
				continue
			}
		}
		newRole(stage)
	}
	for _, l := range lanes {
		l.role.Stages = append(l.role.Stages, l.stage)
	}
	return lanes, roles
}

func onstageRoleWithoutBackstage(lanes []lane) *blueprints.Role {
	for _, l := range lanes {
		if l.stage != blueprints.StageOnstage {
			continue
		}
		twice := false
		for _, k := range lanes {
			twice = twice || k.role == l.role && k.stage == blueprints.StageBackstage
		}
		if !twice {
			return l.role
		}
	}
	return nil
}

func catalogue(roles []*blueprints.Role) *blueprints.Catalogue {
	return &blueprints.Catalogue{
		Series: ref(SeriesID),
		Entries: blueprints.Entries{
			Roles: roles,
			Systems: []*blueprints.System{
				{ID: "psa", Name: "PSA", Category: "PSA", Pos: pos(200)},
				{ID: "rmm", Name: "RMM", Category: "RMM", Pos: pos(201)},
			},
			Documents: []*blueprints.Document{{ID: "checklist", Name: "Checklist", Pos: pos(210)}},
			KPIs: []*blueprints.KPI{{ID: "cycle-time", Name: "Cycle Time", Unit: "hours",
				Direction: blueprints.LowerIsBetter, Pos: pos(220)}},
		},
		Pos: pos(1),
	}
}

func series() *blueprints.Series {
	return &blueprints.Series{
		ID: SeriesID, Title: "Synthetic Series", Pos: pos(1),
		Phases: []*blueprints.Phase{{
			ID: "run", Title: "Run", Pos: pos(2),
			Modules: []*blueprints.PhaseModule{
				{Module: ref(ModuleID)},
				{Module: ref(PlannedID), Title: "Planned Module", Planned: true},
			},
		}},
	}
}

func ref(id string) blueprints.Ref { return blueprints.Ref{ID: id, Pos: pos(1)} }

func pos(line int) blueprints.Pos { return blueprints.Pos{File: file, Line: line, Col: 1} }
