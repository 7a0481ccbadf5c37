package report

import (
	"strconv"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// kindName is how a kind of step is printed.
func kindName(k blueprints.Kind) string {
	switch k {
	case blueprints.KindTask:
		return "Task"
	case blueprints.KindStart:
		return "Start"
	case blueprints.KindEnd:
		return "End"
	case blueprints.KindDecision:
		return "Decision"
	case blueprints.KindConnector:
		return "Connector"
	}
	return string(k)
}

// directionName says which way a KPI improves, as a reader puts it.
func directionName(d blueprints.Direction) string {
	switch d {
	case blueprints.HigherIsBetter:
		return "higher is better"
	case blueprints.LowerIsBetter:
		return "lower is better"
	}
	return string(d)
}

// effortText is an effort as a reader scans it in a table: minutes below
// an hour, hours above ("15 min", "1.5 h"); a day of effort is 8 hours.
// Zero effort prints nothing.
func effortText(e blueprints.Effort) string {
	switch d := e.Duration; {
	case d <= 0:
		return e.Text
	case d < time.Hour:
		return formatHours(d.Minutes()) + " min"
	default:
		return formatHours(d.Hours()) + " h"
	}
}

// formatHours formats hours with at most two decimals and no trailing
// zeros ("0.25", "1.5", "8").
func formatHours(h float64) string {
	s := strconv.FormatFloat(h, 'f', 2, 64)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}

// plural is "1 task" or "3 tasks".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// joinNames joins names for one cell. A semicolon, not a comma, because
// names such as "Billing / Accounting" or a brand's own may hold commas.
func joinNames(names []string) string { return strings.Join(names, "; ") }
