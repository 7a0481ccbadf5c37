package blueprints

import "time"

// Task is one step of a sub-process. Its Kind says how it is drawn and how
// the flow passes through it.
type Task struct {
	ID          string // e.g. "11b.03.04"
	Kind        Kind
	Label       string // the short text drawn in the box
	Description Prose
	Role        Ref
	Stage       Stage
	StagePos    Pos
	Systems     []Ref
	Reads       []Ref // documents the task reads
	Produces    []Ref // documents the task produces
	// Next is where the flow goes after this task. A decision's flows
	// carry the label of their branch.
	Next []Flow
	// Target is what a connector leads to: a sub-process of the same
	// module ("11b.04") or another module ("MSP-11a").
	Target Ref
	// Outcome is the module exit alternative an end task reaches.
	Outcome Ref
	Effort  Effort
	Value   ValueClass
	Tiers   []Ref
	Pos     Pos
}

// Flow is an edge of the process flow.
type Flow struct {
	To    Ref
	Label string // branch label, for decisions
	// Branch says the flow was written as a decision branch rather than
	// in next, so the validator can tell a decision written with next.
	Branch bool
}

// Kind is the kind of a task.
type Kind string

// The kinds of task.
const (
	KindTask      Kind = "task"
	KindStart     Kind = "start"
	KindEnd       Kind = "end"
	KindDecision  Kind = "decision"
	KindConnector Kind = "connector"
)

// Kinds lists every kind, in the order error messages list them.
var Kinds = []Kind{KindTask, KindStart, KindEnd, KindDecision, KindConnector}

// Stage is the region of the blueprint a task sits in.
type Stage string

// The stages, from top to bottom of a blueprint.
const (
	StageCustomer  Stage = "customer"
	StageOnstage   Stage = "onstage"
	StageBackstage Stage = "backstage"
	StageSupport   Stage = "support"
)

// Stages lists every stage from the top of a blueprint to its bottom.
var Stages = []Stage{StageCustomer, StageOnstage, StageBackstage, StageSupport}

// Title is how the stage is printed for a reader: "Onstage". An unknown
// stage prints as written.
func (s Stage) Title() string {
	switch s {
	case StageCustomer:
		return "Customer"
	case StageOnstage:
		return "Onstage"
	case StageBackstage:
		return "Backstage"
	case StageSupport:
		return "Support"
	}
	return string(s)
}

// ValueClass is the Lean value class of a task.
type ValueClass string

// The Lean value classes. The zero value means the task is not classed.
const (
	ValueAdd            ValueClass = "value-add"              // the customer would pay for it
	BusinessNonValueAdd ValueClass = "business-non-value-add" // needed to run the business
	NonValueAdd         ValueClass = "non-value-add"          // waste to remove
)

// ValueClasses lists every value class.
var ValueClasses = []ValueClass{ValueAdd, BusinessNonValueAdd, NonValueAdd}

// Title is how the value class is printed for a reader: "Value-add". The
// zero value (unclassed) prints as nothing.
func (v ValueClass) Title() string {
	switch v {
	case ValueAdd:
		return "Value-add"
	case BusinessNonValueAdd:
		return "Business non-value-add"
	case NonValueAdd:
		return "Non-value-add"
	}
	return string(v)
}

// Effort is how long a task takes, as written ("30m", "2h", "1d") and as a
// duration. A day is a working day of 8 hours. The zero Effort means the
// content gives none.
type Effort struct {
	Text     string
	Duration time.Duration
}
