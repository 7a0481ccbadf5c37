package main

import (
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// modulePlan is what module.toml.tmpl fills in.
type modulePlan struct {
	ID, Series, Title string
	// Prefix starts the ids of the module's sub-processes and tasks.
	Prefix string
	// Customer, Onstage and Backstage are the roles of the tasks in each
	// stage; Lanes lists them once each, in lane order.
	Customer, Onstage, Backstage string
	Lanes                        []string
	// Own are roles the module defines itself, for stages no catalogue
	// role may work in.
	Own []ownRole

	file       string // where the module goes, relative to the content folder
	seriesFile string // the series' file, relative to the content folder
	hint       string // what to change in the series file, if anything
}

// ownRole is a role the new module defines for itself.
type ownRole struct {
	ID, Name string
	Stage    blueprints.Stage
}

// laneRoles picks a role for each stage the skeleton uses: the catalogue
// role that the series' modules give most tasks in that stage, so the
// placeholder reads like the series; else the first catalogue role allowed
// there; else a role of the module's own.
func laneRoles(set *blueprints.Set, s *blueprints.Series, prefix string) (customer, onstage, backstage string, own []ownRole) {
	var roles []*blueprints.Role
	if cat := set.Catalogue(s.ID); cat != nil {
		roles = cat.Roles
	}
	used := roleUse(set, s.ID)
	pick := func(stage blueprints.Stage, id, name string) string {
		if r := bestRole(roles, used, stage); r != "" {
			return r
		}
		id = freeRoleID(roles, id, prefix)
		own = append(own, ownRole{ID: id, Name: name, Stage: stage})
		return id
	}
	customer = pick(blueprints.StageCustomer, "client", "Client")
	onstage = pick(blueprints.StageOnstage, "account-lead", "Account Lead")
	backstage = pick(blueprints.StageBackstage, "technician", "Technician")
	return customer, onstage, backstage, own
}

// roleUse counts, per stage and role, the tasks of the series' modules.
func roleUse(set *blueprints.Set, series string) map[blueprints.Stage]map[string]int {
	used := map[blueprints.Stage]map[string]int{}
	for _, m := range set.Modules {
		if m.Series.ID != series {
			continue
		}
		for _, sp := range m.Subprocesses {
			for _, t := range sp.Tasks {
				if used[t.Stage] == nil {
					used[t.Stage] = map[string]int{}
				}
				used[t.Stage][t.Role.ID]++
			}
		}
	}
	return used
}

// bestRole is the most used catalogue role allowed in stage, the first in
// catalogue order on a tie, or "" when none is allowed there.
func bestRole(roles []*blueprints.Role, used map[blueprints.Stage]map[string]int, stage blueprints.Stage) string {
	best, most := "", -1
	for _, r := range roles {
		if len(r.Stages) > 0 && !slices.Contains(r.Stages, stage) {
			continue
		}
		if n := used[stage][r.ID]; n > most {
			best, most = r.ID, n
		}
	}
	return best
}

// freeRoleID is id, or id with the module's prefix when the catalogue
// already has a role of that id (which a module's own role would shadow).
func freeRoleID(roles []*blueprints.Role, id, prefix string) string {
	for _, r := range roles {
		if r.ID == id {
			return id + "-" + strings.ToLower(prefix)
		}
	}
	return id
}
