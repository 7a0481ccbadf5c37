package geom

// Page kinds.
const (
	KindSubprocess = "subprocess" // a process map (or one page of it)
	KindOverview   = "overview"   // a module's sub-processes as blocks
	KindLifecycle  = "lifecycle"  // a series' phases and modules
)

// Page is one drawing: a process map page, a module overview or a series
// life cycle.
type Page struct {
	Kind   string `json:"kind"`
	ID     string `json:"id"`    // unique within a build, e.g. "MSP-11b/11b.03/1"; safe for file names
	Title  string `json:"title"` // e.g. "11b.03 Systems Management Deactivation"
	Module string `json:"module,omitempty"`
	// Subprocess is the sub-process id for process maps.
	Subprocess string `json:"subprocess,omitempty"`
	// Number and Of number the pages of one sub-process (1 of 1 when it fits).
	Number int     `json:"number"`
	Of     int     `json:"of"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
	// Diagram is the area lanes and tasks occupy; title block and legend
	// sit outside it.
	Diagram    Rect         `json:"diagram"`
	Lanes      []Lane       `json:"lanes,omitempty"`
	Lines      []RegionLine `json:"lines,omitempty"`
	Boxes      []Box        `json:"boxes"`
	Edges      []Edge       `json:"edges,omitempty"`
	Texts      []Text       `json:"texts,omitempty"` // free text: headings, notes
	TitleBlock *TitleBlock  `json:"titleBlock,omitempty"`
	Legend     *Legend      `json:"legend,omitempty"`
}

// Lane is a swimlane: one role in one stage, spanning the diagram's width.
type Lane struct {
	Role  string `json:"role"`
	Stage string `json:"stage"`
	Band  Rect   `json:"band"`
	// Header is the strip at the lane's left holding its label.
	Header Rect   `json:"header"`
	Label  []Text `json:"label"`
}

// Region line classes, as the SVG contract names them.
const (
	LineOfInteraction         = "line-of-interaction"
	LineOfVisibility          = "line-of-visibility"
	LineOfInternalInteraction = "line-of-internal-interaction"
)

// RegionLine is one of the three horizontal lines between regions.
type RegionLine struct {
	Class string  `json:"class"`
	X1    float64 `json:"x1"`
	X2    float64 `json:"x2"`
	Y     float64 `json:"y"`
	Label Text    `json:"label"`
}

// Box shapes.
const (
	ShapeTask      = "task"      // rounded rectangle
	ShapeDecision  = "decision"  // diamond inside Rect
	ShapeStart     = "start"     // stadium (pill)
	ShapeEnd       = "end"       // stadium with a heavy border
	ShapeConnector = "connector" // off-page arrow (pentagon pointing right)
	ShapeBlock     = "block"     // overview / life-cycle block
	ShapeCondition = "condition" // entry or exit conditions on an overview
	ShapePhase     = "phase"     // a life-cycle phase band
)

// Box is a drawn node: a task, decision, start, end, connector, or a block
// of an overview or life cycle.
type Box struct {
	ID    string `json:"id"` // task id, sub-process id or module id
	Shape string `json:"shape"`
	Rect  Rect   `json:"rect"`
	Lines []Text `json:"lines"`
	Role  string `json:"role,omitempty"`
	Stage string `json:"stage,omitempty"`
	// Tooltip is plain text shown on hover: role, stage, description.
	Tooltip string `json:"tooltip,omitempty"`
	// Link names what the box leads to: a sub-process or module id for
	// connectors and blocks, a page id for off-page continuations.
	Link    string `json:"link,omitempty"`
	Planned bool   `json:"planned,omitempty"`
	// Class adds styling classes (e.g. "outcome-backed-out").
	Class string `json:"class,omitempty"`
}

// Edge is an orthogonal polyline from one box to another, with an
// arrowhead at its last point.
type Edge struct {
	From   string  `json:"from"`
	To     string  `json:"to"`
	Points []Point `json:"points"`
	Label  *Text   `json:"label,omitempty"`
}

// TitleBlock is the page's identification: logo, brand, module, sub-process
// and page number.
type TitleBlock struct {
	Rect  Rect   `json:"rect"`
	Logo  Rect   `json:"logo"` // where the brand logo goes (scaled to fit)
	Texts []Text `json:"texts"`
}

// Legend explains the shapes, regions and lines.
type Legend struct {
	Rect  Rect   `json:"rect"`
	Items []Box  `json:"items"` // sample shapes, with their label in Lines
	Texts []Text `json:"texts,omitempty"`
}
