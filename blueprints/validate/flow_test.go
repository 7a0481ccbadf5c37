package validate

import (
	"testing"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// addTask appends a task to sub-process 01.01 as its n-th (from 0), written
// where newTask would put it.
func addTask(s *blueprints.Set, n int, id string, k blueprints.Kind, next ...string) {
	sp := sub(s, 0)
	sp.Tasks = append(sp.Tasks, newTask(lineOf(1, n), id, k, "pm", "backstage", next...))
}

// addNext adds a second flow to a task of sub-process 01.01 (line is the
// task's first line).
func addNext(s *blueprints.Set, id string, line int, to string) {
	t := task(s, id)
	t.Next = append(t.Next, blueprints.Flow{To: refAt(to, at("m.toml", line+7, 21))})
}

func TestFlowShape(t *testing.T) {
	runRules(t, []ruleCase{
		{"empty sub-process", func(s *blueprints.Set) {
			sub(s, 1).Tasks = nil
		}, []string{
			`m.toml:190:6: sub-process "01.02": has no tasks`,
		}},
		{"no start and no incoming connector", func(s *blueprints.Set) {
			task(s, "01.01.01").Kind = blueprints.KindTask
		}, []string{
			`m.toml:20:6: sub-process "01.01": has no start or incoming connector`,
		}},
		{"no end and no outgoing connector", func(s *blueprints.Set) {
			end := task(s, "01.02.03")
			end.Kind, end.Outcome = blueprints.KindTask, blueprints.Ref{}
		}, []string{
			`m.toml:190:6: sub-process "01.02": has no end or outgoing connector`,
		}},
		{"start with incoming flow", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.01")
		}, []string{
			`m.toml:30:8: task "01.01.01": a start cannot have incoming flow (from "01.01.02")`,
		}},
		{"end with next", func(s *blueprints.Set) {
			task(s, "01.01.04").Next = []blueprints.Flow{{To: refAt("01.01.05", at("m.toml", 73, 11))}}
		}, []string{
			`m.toml:73:11: task "01.01.04": an end task cannot have next (the flow stops here)`,
		}},
		{"flow to itself", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.02")
		}, []string{
			`m.toml:49:21: task "01.01.02": leads to itself`,
		}},
		{"same target twice", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.03")
		}, []string{
			`m.toml:49:21: task "01.01.02": leads to "01.01.03" twice`,
		}},
		{"next not in the sub-process", func(s *blueprints.Set) {
			task(s, "01.01.02").Next[0].To.ID = "01.01.3"
		}, []string{
			`m.toml:49:11: task "01.01.02": next task "01.01.3" is not in sub-process "01.01" (did you mean "01.01.03"?)`,
			`m.toml:54:8: task "01.01.03": nothing leads to it`,
		}},
		{"next in another sub-process", func(s *blueprints.Set) {
			task(s, "01.01.02").Next[0].To.ID = "01.02.02"
		}, []string{
			`m.toml:49:11: task "01.01.02": next task "01.02.02" is not in sub-process "01.01" (it is in sub-process "01.02"; use a connector)`,
			`m.toml:54:8: task "01.01.03": nothing leads to it`,
		}},
		{"branch not in the sub-process", func(s *blueprints.Set) {
			// The connector it meant now has nothing leading in, so it
			// is an incoming connector: no cascade.
			task(s, "01.01.03").Next[1].To.ID = "01.01.55"
		}, []string{
			`m.toml:61:21: task "01.01.03": branch task "01.01.55" is not in sub-process "01.01" (did you mean "01.01.05"?)`,
		}},
		{"decision with one branch", func(s *blueprints.Set) {
			d := task(s, "01.01.03")
			d.Next = d.Next[:1]
		}, []string{
			`m.toml:54:8: task "01.01.03": a decision needs at least two branches (it has 1)`,
		}},
		{"decision with next", func(s *blueprints.Set) {
			d := task(s, "01.01.03")
			d.Next[0].Branch, d.Next[1].Branch = false, false
		}, []string{
			`m.toml:61:11: task "01.01.03": a decision leads on through labelled branches, not next`,
		}},
		{"branch without a label", func(s *blueprints.Set) {
			task(s, "01.01.03").Next[1].Label = ""
		}, []string{
			`m.toml:61:21: task "01.01.03": branch to "01.01.05" has no label`,
		}},
		{"two branches with one label", func(s *blueprints.Set) {
			task(s, "01.01.03").Next[1].Label = "Yes"
		}, []string{
			`m.toml:61:21: task "01.01.03": two branches are labelled "Yes"`,
		}},
		{"branches on a plain task", func(s *blueprints.Set) {
			task(s, "01.01.02").Next[0].Branch = true
		}, []string{
			`m.toml:49:11: task "01.01.02": only a decision has branches (use next)`,
		}},
	})
}

func TestReachability(t *testing.T) {
	runRules(t, []ruleCase{
		{"nothing leads to a task", func(s *blueprints.Set) {
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.04")
		}, []string{
			`m.toml:90:8: task "01.01.06": nothing leads to it`,
		}},
		{"only the first of an unreached chain", func(s *blueprints.Set) {
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.07")
			addTask(s, 6, "01.01.07", blueprints.KindTask, "01.01.04")
		}, []string{
			`m.toml:90:8: task "01.01.06": nothing leads to it`,
		}},
		{"unreached loop", func(s *blueprints.Set) {
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.07")
			addTask(s, 6, "01.01.07", blueprints.KindTask, "01.01.06", "01.01.04")
		}, []string{
			`m.toml:90:8: task "01.01.06": cannot be reached from a start of sub-process "01.01"`,
		}},
		{"unreached loop behind a task leading in", func(s *blueprints.Set) {
			// 06 <-> 07 is the closed group; 08 after it is not named.
			addTask(s, 5, "01.01.08", blueprints.KindTask, "01.01.04")
			addTask(s, 6, "01.01.06", blueprints.KindTask, "01.01.07")
			addTask(s, 7, "01.01.07", blueprints.KindTask, "01.01.06", "01.01.08")
		}, []string{
			`m.toml:102:8: task "01.01.06": cannot be reached from a start of sub-process "01.01"`,
		}},
		{"task that leads nowhere", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.06")
			addTask(s, 5, "01.01.06", blueprints.KindTask)
		}, []string{
			`m.toml:90:8: task "01.01.06": leads nowhere (add next, or make it an end or a connector)`,
		}},
		{"task not connected at all", func(s *blueprints.Set) {
			addTask(s, 5, "01.01.06", blueprints.KindTask)
		}, []string{
			`m.toml:90:8: task "01.01.06": is not connected (nothing leads to it and it has no next)`,
		}},
		{"loop with no way out", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.06")
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.07")
			addTask(s, 6, "01.01.07", blueprints.KindTask, "01.01.06")
		}, []string{
			`m.toml:90:8: task "01.01.06": cannot reach an end of sub-process "01.01"`,
		}},
		{"loop with no way out, entered through a chain", func(s *blueprints.Set) {
			// 06 -> 07 <-> 08: only the loop is named, not 06 before it.
			addNext(s, "01.01.02", 42, "01.01.06")
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.07")
			addTask(s, 6, "01.01.07", blueprints.KindTask, "01.01.08")
			addTask(s, 7, "01.01.08", blueprints.KindTask, "01.01.07")
		}, []string{
			`m.toml:102:8: task "01.01.07": cannot reach an end of sub-process "01.01"`,
		}},
		{"a loop with a way out is fine", func(s *blueprints.Set) {
			addNext(s, "01.01.02", 42, "01.01.06")
			addTask(s, 5, "01.01.06", blueprints.KindTask, "01.01.02")
		}, nil},
		{"an outgoing connector ends the flow", func(s *blueprints.Set) {
			// 01.02 ends in a connector to another module instead of an end.
			end := task(s, "01.02.03")
			end.Kind, end.Outcome = blueprints.KindConnector, blueprints.Ref{}
			end.Target = refAt("MSP-02", at("m.toml", 232, 8))
		}, nil},
	})
}
