package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlags makes a subcommand's flag set. Its usage text goes to the set's
// output, which parseFlags points at stdout for --help only.
func newFlags(name, args string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: blueprint %s [flags] %s\n\nFlags:\n", name, args)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, returning the exit status to stop with (and
// false) on --help or a misuse.
func parseFlags(fs *flag.FlagSet, args []string, e *env) (int, bool) {
	fs.SetOutput(io.Discard)
	err := fs.Parse(args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(e.stdout)
		fs.Usage()
		return exitOK, false
	case err != nil:
		fmt.Fprintf(e.stderr, "blueprint %s: %v\nRun 'blueprint %s --help' for usage.\n", fs.Name(), err, fs.Name())
		return exitUsage, false
	}
	return exitOK, true
}

// usageError reports a misuse found after parsing.
func usageError(e *env, cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "blueprint %s: %s\nRun 'blueprint %s --help' for usage.\n", cmd, fmt.Sprintf(format, args...), cmd)
	return exitUsage
}
