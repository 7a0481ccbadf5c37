package blueprints

// Catalogue holds the roles, systems, documents and KPIs that the modules of
// one series share. Each entry has a stable id that modules refer to.
type Catalogue struct {
	Series Ref
	Entries
	Pos Pos
}

// Entries are catalogue entries. A catalogue has them, and a module may add
// its own, which only that module can use.
type Entries struct {
	Roles     []*Role
	Systems   []*System
	Documents []*Document
	KPIs      []*KPI
}

// Role is a person or team that performs tasks: the client's contact, the
// account manager, the NOC engineer.
type Role struct {
	ID          string
	Name        string
	Description Prose
	// Stages limits the stages the role may work in; empty means any.
	Stages []Stage
	Pos    Pos
}

// System is a tool that tasks use: the PSA, the RMM, the backup console.
type System struct {
	ID   string
	Name string
	// Category is what kind of system it is ("PSA", "RMM"), kept when a
	// brand renames the system to its product name.
	Category    string
	Description Prose
	Pos         Pos
}

// Document is something tasks read or produce: a statement of work, a
// backout plan, a final invoice.
type Document struct {
	ID          string
	Name        string
	Description Prose
	Pos         Pos
}

// KPI is a measure of process performance.
type KPI struct {
	ID         string
	Name       string
	Definition Prose
	Formula    string
	Unit       string // "%", "count", "hours", "USD" ...
	Target     string // e.g. "< 2%", ">= 95%"
	Direction  Direction
	Pos        Pos
}

// Direction says which way a KPI improves.
type Direction string

// The directions a KPI can improve in.
const (
	HigherIsBetter Direction = "higher"
	LowerIsBetter  Direction = "lower"
)
