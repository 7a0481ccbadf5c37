package main

import (
	"encoding/json"
	"flag"
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// diagFormatFlag adds --format to a command that prints diagnostics.
func diagFormatFlag(fs *flag.FlagSet) *string {
	return fs.String("format", "text", "print diagnostics as `FORMAT`: text (file:line:col: message) or json (one object per line on stdout, for CI annotations)")
}

// parseDiagFormat reads --format; json is true for "json".
func parseDiagFormat(v string) (json bool, err error) {
	switch v {
	case "text":
		return false, nil
	case "json":
		return true, nil
	}
	return false, fmt.Errorf("--format: unknown format %q (formats: text, json)", v)
}

// jsonDiagnostic is one diagnostic as --format json prints it. Line and
// col are 0 when unknown, file is "" for a problem of no file.
type jsonDiagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Col      int    `json:"col"`
	Severity string `json:"severity"` // "error" or "warning"
	Message  string `json:"message"`
}

// reportAs prints diagnostics as text on stderr (see report) or, when
// asJSON, as one JSON object per line on stdout, with no count: a CI step
// reads them as annotations and takes the verdict from the exit status.
// It returns the number of errors.
func reportAs(e *env, diags blueprints.Diagnostics, asJSON bool) int {
	if !asJSON {
		return report(e, diags)
	}
	enc := json.NewEncoder(e.stdout)
	enc.SetEscapeHTML(false)
	for _, d := range diags {
		sev := "error"
		if d.Severity == blueprints.Warning {
			sev = "warning"
		}
		// Encoding a struct of strings and ints cannot fail; a failed
		// write to stdout has nowhere better to be reported.
		_ = enc.Encode(jsonDiagnostic{File: d.Pos.File, Line: d.Pos.Line, Col: d.Pos.Col, Severity: sev, Message: d.Message})
	}
	return diags.Errors()
}
