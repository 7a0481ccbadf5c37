package blueprints

// Module is one service blueprint, such as MSP-11b Service Deactivation.
type Module struct {
	ID          string // e.g. "MSP-11b"
	Series      Ref
	Title       string
	Summary     string
	Description Prose
	Benefits    []string
	Objectives  []string
	Entry       []string // entry conditions, all of which hold at the start
	Exits       []*Exit  // exit alternatives; exactly one of them holds at the end
	KPIs        []Ref    // the KPIs that measure this module
	Related     []Ref    // related modules
	// Roles is the order of the swimlanes, top to bottom within each
	// stage. Roles it leaves out follow in catalogue order.
	Roles []Ref
	// Own holds catalogue entries that only this module uses.
	Own          Entries
	Subprocesses []*Subprocess
	File         string // the file the module was loaded from
	Pos          Pos
}

// Exit is one way a module can end ("succeeded", "backed-out"), with the
// conditions that hold when it ends that way. A module with a single
// outcome has one Exit.
type Exit struct {
	ID         string
	Label      string
	Conditions []string
	Pos        Pos
}

// Subprocess is one process map of a module, such as 11b.03 Systems
// Management Deactivation.
type Subprocess struct {
	ID          string // e.g. "11b.03"
	Title       string
	Description Prose
	Tasks       []*Task
	Pos         Pos
}

// Task returns the task with the given id, or nil.
func (sp *Subprocess) Task(id string) *Task {
	for _, t := range sp.Tasks {
		if t.ID == id {
			return t
		}
	}
	return nil
}

// Subprocess returns the sub-process with the given id, or nil.
func (m *Module) Subprocess(id string) *Subprocess {
	for _, sp := range m.Subprocesses {
		if sp.ID == id {
			return sp
		}
	}
	return nil
}

// Exit returns the exit alternative with the given id, or nil.
func (m *Module) Exit(id string) *Exit {
	for _, e := range m.Exits {
		if e.ID == id {
			return e
		}
	}
	return nil
}
