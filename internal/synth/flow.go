package synth

import (
	"fmt"

	"math/rand"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// builder grows one sub-process from a budget of tasks, with a grammar of
// sequences, decisions, forks and loops that can only make valid flow:
// every piece has one way in and leads on through its open ends.
type builder struct {
	rng     *rand.Rand
	opt     Options
	lanes   []lane
	sp      *blueprints.Subprocess
	targets []string // where outgoing connectors lead
	outLeft int      // outgoing connectors still to place
	lane    int      // the lane of the last task made: flow tends to stay
}

// end is an open end of a piece of flow: a task whose next flow is still
// to be set, with the branch label it will carry if it is a decision.
type end struct {
	t     *blueprints.Task
	label string
}

func (b *builder) build() {
	b.outLeft = b.opt.Out
	n := b.opt.Tasks
	in := min(b.opt.In, max(0, (n-3)/4))
	b.lane = b.rng.Intn(len(b.lanes))
	start := b.task(blueprints.KindStart, "Request received")
	first, ends := b.piece(n - 2 - in)
	connect([]end{{t: start}}, first)
	stop := b.task(blueprints.KindEnd, "Process complete")
	stop.Outcome = ref("succeeded")
	connect(ends, stop)
	for range in {
		b.incoming()
	}
	b.fillLanes()
}

// fillLanes moves tasks into lanes that got none, taking them from lanes
// that have several, so that every lane is drawn when tasks suffice.
func (b *builder) fillLanes() {
	count := make([]int, len(b.lanes))
	laneOf := make([]int, len(b.sp.Tasks))
	for i, t := range b.sp.Tasks {
		for j, l := range b.lanes {
			if l.role.ID == t.Role.ID && l.stage == t.Stage {
				laneOf[i] = j
			}
		}
		count[laneOf[i]]++
	}
	for j := range b.lanes {
		for i := 0; count[j] == 0 && i < len(b.sp.Tasks); i++ {
			if from := laneOf[i]; count[from] > 1 {
				count[from]--
				count[j]++
				laneOf[i] = j
				b.sp.Tasks[i].Role, b.sp.Tasks[i].Stage = ref(b.lanes[j].role.ID), b.lanes[j].stage
			}
		}
	}
}

// piece makes exactly n tasks of flow and returns its entry and open ends.
func (b *builder) piece(n int) (*blueprints.Task, []end) {
	r := b.rng.Float64()
	switch {
	case n < 2:
		t := b.task(blueprints.KindTask, label(b.rng))
		return t, []end{{t: t}}
	case n >= 3 && r < b.opt.Decisions:
		return b.decision(n)
	case n >= 3 && r < b.opt.Decisions+b.opt.Forks:
		return b.fork(n)
	case n >= 3 && r < b.opt.Decisions+b.opt.Forks+b.opt.Loops:
		return b.loop(n)
	}
	k := 1 + b.rng.Intn(n-1)
	if n > 12 {
		k = n/3 + b.rng.Intn(n/3) // keep recursion shallow on long flows
	}
	in, ends := b.piece(k)
	next, rest := b.piece(n - k)
	connect(ends, next)
	return in, rest
}

// decision makes a decision and two or three labelled branches; one
// branch may stop early at an end or leave through a connector.
func (b *builder) decision(n int) (*blueprints.Task, []end) {
	d := b.task(blueprints.KindDecision, question(b.rng))
	k := 2
	if n >= 4 && b.rng.Intn(3) == 0 {
		k = 3
	}
	labels := branchSets[b.rng.Intn(len(branchSets))]
	if len(labels) < k {
		labels = branchSets[3]
	}
	sizes := split(b.rng, n-1, k)
	var ends []end
	for i, size := range sizes {
		terminal := i == k-1 && size >= 2 && b.rng.Intn(3) == 0
		if terminal {
			size--
		}
		in, bEnds := b.piece(size)
		d.Next = append(d.Next, blueprints.Flow{To: ref(in.ID), Label: labels[i], Branch: true})
		if terminal {
			connect(bEnds, b.terminal())
			continue
		}
		ends = append(ends, bEnds...)
	}
	return d, ends
}

// terminal ends a branch: at an outgoing connector while some are left,
// otherwise at an end that backs the module out.
func (b *builder) terminal() *blueprints.Task {
	if b.outLeft > 0 {
		b.outLeft--
		c := b.task(blueprints.KindConnector, "Continue elsewhere")
		c.Target = ref(b.targets[0])
		return c
	}
	e := b.task(blueprints.KindEnd, "Backed out")
	e.Outcome = ref("backed-out")
	return e
}

// fork splits the flow into parallel branches that all lead on.
func (b *builder) fork(n int) (*blueprints.Task, []end) {
	t := b.task(blueprints.KindTask, label(b.rng))
	var ends []end
	for _, size := range split(b.rng, n-1, 2) {
		in, bEnds := b.piece(size)
		t.Next = append(t.Next, blueprints.Flow{To: ref(in.ID)})
		ends = append(ends, bEnds...)
	}
	return t, ends
}

// loop makes a body followed by a rework decision that leads back to the
// body's entry.
func (b *builder) loop(n int) (*blueprints.Task, []end) {
	in, ends := b.piece(n - 1)
	d := b.task(blueprints.KindDecision, "Rework needed?")
	connect(ends, d)
	d.Next = append(d.Next, blueprints.Flow{To: ref(in.ID), Label: "Yes", Branch: true})
	return in, []end{{t: d, label: "No"}}
}

// incoming adds a connector through which the flow enters from elsewhere,
// leading to a task in the middle of the flow.
func (b *builder) incoming() {
	var into []*blueprints.Task
	for _, t := range b.sp.Tasks {
		if t.Kind == blueprints.KindTask || t.Kind == blueprints.KindDecision {
			into = append(into, t)
		}
	}
	b.lane = b.rng.Intn(len(b.lanes))
	c := b.task(blueprints.KindConnector, "From elsewhere")
	c.Target = ref(b.targets[0])
	if len(into) > 0 {
		c.Next = []blueprints.Flow{{To: ref(into[b.rng.Intn(len(into))].ID)}}
	}
}

// task makes a task of the given kind in a lane near the last one.
func (b *builder) task(kind blueprints.Kind, text string) *blueprints.Task {
	if b.rng.Float64() > 0.45 {
		b.lane = b.rng.Intn(len(b.lanes))
	}
	l := b.lanes[b.lane]
	id := fmt.Sprintf("%s.%03d", b.sp.ID, len(b.sp.Tasks)+1)
	t := &blueprints.Task{
		ID: id, Kind: kind, Label: text,
		Description: blueprints.Prose{Text: "The {role:" + l.role.ID + "} does this **carefully** in the {system:psa}."},
		Role:        ref(l.role.ID), Stage: l.stage,
		Systems: []blueprints.Ref{ref([]string{"psa", "rmm"}[len(b.sp.Tasks)%2])},
		Pos:     pos(1000 + len(b.sp.Tasks)),
	}
	if len(b.sp.Tasks)%3 == 0 {
		t.Reads = []blueprints.Ref{ref("checklist")}
	}
	b.sp.Tasks = append(b.sp.Tasks, t)
	return t
}

// connect sets every open end to lead to t.
func connect(ends []end, t *blueprints.Task) {
	for _, e := range ends {
		e.t.Next = append(e.t.Next, blueprints.Flow{To: ref(t.ID), Label: e.label, Branch: e.label != ""})
	}
}

// split cuts n into k random positive parts.
func split(rng *rand.Rand, n, k int) []int {
	parts := make([]int, k)
	for i := range parts {
		parts[i] = 1
	}
	for range n - k {
		parts[rng.Intn(k)]++
	}
	return parts
}
