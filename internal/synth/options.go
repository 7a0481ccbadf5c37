package synth

// Limits of the generator: beyond them a map is no longer a drawing a
// person reads, and the layout tests stop there.
const (
	MaxTasks = 300
	MaxLanes = 10
)

// Options shape the generated content. The zero value asks for a 30-task
// sub-process over 5 lanes with a few of every construct. For the share
// and count fields, zero means the default and a negative value means none.
type Options struct {
	// Tasks is the number of tasks in each sub-process, start, end and
	// connectors included: at least 3, at most MaxTasks; 0 means 30.
	Tasks int
	// Lanes is the number of (role, stage) lanes over the four stages: at
	// least 1, at most MaxLanes; 0 means 5. Four or more lanes cover every
	// stage, and some roles get a lane both onstage and backstage. Every
	// lane holds a task unless there are fewer tasks than lanes.
	Lanes int
	// Subprocesses is the number of sub-processes of the module; 0 means 1.
	// Connectors lead from one to the next.
	Subprocesses int
	// Decisions is the chance that a stretch of flow is a decision with two
	// or three labelled branches; 0 means 0.2.
	Decisions float64
	// Forks is the chance that a stretch of flow splits into parallel
	// branches that meet again; 0 means 0.1.
	Forks float64
	// Loops is the chance that a stretch of flow is repeated after a
	// rework decision (a back edge); 0 means 0.1.
	Loops float64
	// In is the number of incoming connectors per sub-process (extra
	// entries of the flow); 0 means 1.
	In int
	// Out is the largest number of outgoing connectors per sub-process
	// (branches that continue elsewhere); 0 means 1.
	Out int
}

// withDefaults returns the options with zero values replaced by defaults,
// negative values by none, and out-of-range values clamped.
func (o Options) withDefaults() Options {
	o.Tasks = clamp(orDefault(o.Tasks, 30), 3, MaxTasks)
	o.Lanes = clamp(orDefault(o.Lanes, 5), 1, MaxLanes)
	o.Subprocesses = clamp(orDefault(o.Subprocesses, 1), 1, 20)
	o.Decisions = share(o.Decisions, 0.2)
	o.Forks = share(o.Forks, 0.1)
	o.Loops = share(o.Loops, 0.1)
	o.In = max(orDefault(o.In, 1), 0)
	o.Out = max(orDefault(o.Out, 1), 0)
	return o
}

func orDefault(v, d int) int {
	if v == 0 {
		return d
	}
	return v
}

func clamp(v, lo, hi int) int { return min(max(v, lo), hi) }

func share(v, d float64) float64 {
	switch {
	case v == 0:
		return d
	case v < 0:
		return 0
	}
	return min(v, 1)
}
