package load

import "github.com/blueprint-tools/blueprint/blueprints"

type posT = blueprints.Pos

func pv(i *index) map[string]posT { return i.values }
func pk(i *index) map[string]posT { return i.keys }
func pt(i *index) map[string]posT { return i.texts }
