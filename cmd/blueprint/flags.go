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

// parseFlags parses args, flags and positional arguments in any order
// ("build blueprints --brand acme" as well as "build --brand acme
// blueprints"); "--" ends the flags. It returns the positional arguments,
// or the exit status to stop with (and false) on --help or a misuse.
func parseFlags(fs *flag.FlagSet, args []string, e *env) ([]string, int, bool) {
	fs.SetOutput(io.Discard)
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, flagError(fs, err, e), false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return positional, exitOK, true
		}
		if len(args) > len(rest) && args[len(args)-len(rest)-1] == "--" {
			return append(positional, rest...), exitOK, true
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// flagError prints --help or a parse error and returns the exit status.
func flagError(fs *flag.FlagSet, err error, e *env) int {
	switch {
	case errors.Is(err, flag.ErrHelp):
		fs.SetOutput(e.stdout)
		fs.Usage()
		return exitOK
	}
	fmt.Fprintf(e.stderr, "blueprint %s: %v\nRun 'blueprint %s --help' for usage.\n", fs.Name(), err, fs.Name())
	return exitUsage
}

// usageError reports a misuse found after parsing.
func usageError(e *env, cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "blueprint %s: %s\nRun 'blueprint %s --help' for usage.\n", cmd, fmt.Sprintf(format, args...), cmd)
	return exitUsage
}
