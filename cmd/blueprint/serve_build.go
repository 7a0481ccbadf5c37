package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// rebuild builds the served content once and says how it went: build's
// one-line summary, the diagnostics of the content and the brand (kept as
// values, for the page overlay), and any other failure.
//
// It is serve's one call into build. It runs the build command in-process,
// so serve writes exactly what `blueprint build` writes (and gains its
// incremental builds when they land); it is the one place to re-point when
// build offers a function of its own. The content is checked here first,
// which costs one extra load (milliseconds), so that the diagnostics reach
// the page as values rather than as printed text.
func rebuild(o serveOptions, getenv func(string) string) (string, blueprints.Diagnostics, error) {
	diags, err := checkServed(o)
	if err != nil {
		return "", nil, fmt.Errorf("blueprint serve: %w", err)
	}
	if diags.Errors() > 0 {
		return "", diags, nil
	}
	var out, errOut bytes.Buffer
	code := runBuild(o.buildArgs(), &env{stdout: &out, stderr: &errOut, getenv: getenv})
	msg := strings.TrimSpace(errOut.String())
	switch code {
	case exitOK:
		return strings.TrimSpace(out.String()), diags, nil
	case exitUsage:
		return "", diags, buildMisuse{msg}
	}
	return "", diags, errors.New(msg)
}

// buildMisuse is a build that refused serve's command line (a bad
// --formats): no rebuild can fix it, so serve stops.
type buildMisuse struct{ msg string }

func (m buildMisuse) Error() string { return m.msg }

// buildArgs is the command line of the build serve runs.
func (o serveOptions) buildArgs() []string {
	args := []string{"--brand", o.brand, "--brands", o.brands, "--out", o.out}
	if o.formats != "" {
		args = append(args, "--formats", o.formats)
	}
	return append(args, "--", o.dir)
}

// checkServed loads and validates the content and the brand as build does,
// returning every diagnostic, sorted; the error is a folder or brand that
// is not there.
func checkServed(o serveOptions) (blueprints.Diagnostics, error) {
	set, diags, err := loadContent(o.dir)
	if err != nil {
		return nil, err
	}
	brand, bdiags, err := loadBrand(o.brand, o.brands)
	if err != nil {
		return nil, err
	}
	diags = append(diags, bdiags...)
	if diags.Errors() == 0 {
		diags = append(diags, validateBrand(set, brand)...)
	}
	diags.Sort()
	return diags, nil
}

// refresh rebuilds, prints the outcome on the terminal as build and check
// do, and tells the open pages: reload after a good build, the problems
// after a bad one. Only a misuse of the command line stops the server, so
// its status is exitOK or exitUsage.
func refresh(o serveOptions, e *env, h *hub) int {
	start := time.Now()
	summary, diags, err := rebuild(o, e.getenv)
	var printed bytes.Buffer
	errs := report(&env{stderr: &printed}, diags)
	_, _ = io.Copy(e.stderr, bytes.NewReader(printed.Bytes()))
	lines := nonEmpty(strings.Split(printed.String(), "\n"))
	var misuse buildMisuse
	switch {
	case errors.As(err, &misuse):
		fmt.Fprintln(e.stderr, misuse.msg)
		return exitUsage
	case err != nil:
		fmt.Fprintln(e.stderr, err)
		h.fail(errs+1, append(lines, strings.Split(err.Error(), "\n")...))
	case errs > 0:
		h.fail(errs, lines)
	default:
		fmt.Fprintf(e.stdout, "%s (%s)\n", summary, time.Since(start).Round(time.Millisecond))
		h.reload(summary)
	}
	return exitOK
}

// nonEmpty drops the empty lines of what report printed.
func nonEmpty(lines []string) []string {
	var out []string
	for _, l := range lines {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}
