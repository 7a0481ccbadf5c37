package blueprints

// Series is a family of modules with a life cycle, such as the Managed
// Services Series.
type Series struct {
	ID          string
	Title       string
	Summary     string
	Description Prose
	// Tiers are the service tiers a task may be limited to (empty: tiers
	// are not used by this series).
	Tiers  []string
	Phases []*Phase
	Pos    Pos
}

// Phase is one stage of a series life cycle, listing its modules in order.
type Phase struct {
	ID      string
	Title   string
	Summary string
	Modules []*PhaseModule
	Pos     Pos
}

// PhaseModule is one module in a phase. A planned module is not authored
// yet: only its id and title are known, and it is drawn as planned.
type PhaseModule struct {
	Module  Ref
	Title   string // required for planned modules; authored ones use the module's title
	Planned bool
}
