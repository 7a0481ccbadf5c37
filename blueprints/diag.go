package blueprints

import (
	"fmt"
	"sort"
	"strings"
)

// Severity says whether a diagnostic fails a build.
type Severity int

// The severities. Warnings are shown but do not fail.
const (
	Error Severity = iota
	Warning
)

// Diagnostic is one problem in the content, at a position. Message is
// lower-case without a trailing period and starts with its subject, e.g.
// `task "11b.03.04": role "noc" is not defined (did you mean "noc-engineer"?)`.
type Diagnostic struct {
	Pos      Pos
	Severity Severity
	Message  string
}

// String formats the diagnostic as `file:line:col: message`, with
// "warning: " before the message of a warning.
func (d Diagnostic) String() string {
	msg := d.Message
	if d.Severity == Warning {
		msg = "warning: " + msg
	}
	if p := d.Pos.String(); p != "" {
		return p + ": " + msg
	}
	return msg
}

// Diagnostics is a list of problems. The zero value is an empty list ready
// to use.
type Diagnostics []Diagnostic

// Errorf adds an error at pos.
func (ds *Diagnostics) Errorf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Error, Message: fmt.Sprintf(format, args...)})
}

// Warnf adds a warning at pos.
func (ds *Diagnostics) Warnf(pos Pos, format string, args ...any) {
	*ds = append(*ds, Diagnostic{Pos: pos, Severity: Warning, Message: fmt.Sprintf(format, args...)})
}

// Sort orders the list by file, line, column and message, and drops exact
// duplicates.
func (ds *Diagnostics) Sort() {
	list := *ds
	sort.SliceStable(list, func(i, j int) bool {
		a, b := list[i], list[j]
		if a.Pos != b.Pos {
			return a.Pos.Before(b.Pos)
		}
		return a.Message < b.Message
	})
	out := list[:0]
	for i, d := range list {
		if i > 0 && d == list[i-1] {
			continue
		}
		out = append(out, d)
	}
	*ds = out
}

// Errors counts the diagnostics of severity Error.
func (ds Diagnostics) Errors() int {
	n := 0
	for _, d := range ds {
		if d.Severity == Error {
			n++
		}
	}
	return n
}

// Err returns the list as an error when it holds at least one error, and
// nil otherwise (warnings alone are not an error).
func (ds Diagnostics) Err() error {
	if ds.Errors() == 0 {
		return nil
	}
	return ds
}

// Error prints one diagnostic per line.
func (ds Diagnostics) Error() string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(d.String())
	}
	return b.String()
}
