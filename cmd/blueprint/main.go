// Command blueprint turns service blueprints written in TOML into branded
// deliverables: swimlane diagrams, PDFs, reports and a static site.
//
// main only calls run with the process's arguments and standard streams, so
// that tests run every subcommand in-process.
package main

import (
	"fmt"
	"io"
	"os"
	"sort"
)

// Exit statuses, shared by every subcommand.
const (
	exitOK      = 0
	exitInvalid = 1 // the content (or a brand) has errors
	exitUsage   = 2 // the command line is wrong
)

// env is what a subcommand may touch of the outside world.
type env struct {
	stdout io.Writer
	stderr io.Writer
	getenv func(string) string
}

type command struct {
	summary string
	run     func(args []string, e *env) int
}

func commands() map[string]command {
	return map[string]command{
		"assess":  {"score a brand's self-assessment: its maturity level per area and the practices to adopt next", runAssess},
		"build":   {"build the diagrams, PDFs and reports of the content for a brand", runBuild},
		"check":   {"validate content (and a brand) and print every problem", runCheck},
		"new":     {"add a module to the content, or a brand, that passes check at once", runNew},
		"serve":   {"build and serve the output locally, rebuilding and reloading pages on change", runServe},
		"version": {"print the version", runVersion},
	}
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, os.Getenv))
}

func run(args []string, stdout, stderr io.Writer, getenv func(string) string) int {
	e := &env{stdout: stdout, stderr: stderr, getenv: getenv}
	if len(args) == 0 {
		usage(stderr)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return exitOK
	}
	cmd, ok := commands()[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "blueprint: unknown command %q\nRun 'blueprint --help' for usage.\n", args[0])
		return exitUsage
	}
	return cmd.run(args[1:], e)
}

func usage(w io.Writer) {
	fmt.Fprint(w, "blueprint turns service blueprints written in TOML into branded deliverables.\n\nUsage:\n  blueprint <command> [flags] [arguments]\n\nCommands:\n")
	cmds := commands()
	names := make([]string, 0, len(cmds))
	for name := range cmds {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Fprintf(w, "  %-9s %s\n", name, cmds[name].summary)
	}
	fmt.Fprint(w, "\nRun 'blueprint <command> --help' for a command's flags.\n")
}
