// Command scalelib writes a synthetic content library of many modules for
// bench/scale.sh: one series whose phases list every module (25 a phase),
// one catalogue, and N modules made by internal/synth from seeds 1..N,
// each with -subprocesses sub-processes of -tasks tasks (4 x 25 = about
// 100 tasks a module by default). The same flags give the same files.
//
//	scalelib -out DIR -modules N [-subprocesses 4] [-tasks 25] [-lanes 8]
//
// writes DIR/ as a content folder that `blueprint check` passes. Module i
// is SYN-0001... in DIR/syn/modules/SYN-0001.toml; scale.sh edits one
// task label there to time a one-module rebuild.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/blueprint-tools/blueprint/bench/internal/tomlout"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

func main() {
	out := flag.String("out", "", "write the content folder `DIR`")
	modules := flag.Int("modules", 10, "number of modules")
	subs := flag.Int("subprocesses", 4, "sub-processes per module")
	tasks := flag.Int("tasks", 25, "tasks per sub-process")
	lanes := flag.Int("lanes", 8, "lanes per sub-process")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 || *modules < 1 || *modules > 9999 {
		fmt.Fprintln(os.Stderr, "usage: scalelib -out DIR -modules N (1 to 9999) [-subprocesses 4] [-tasks 25] [-lanes 8]")
		os.Exit(2)
	}
	set := library(*modules, synth.Options{Tasks: *tasks, Lanes: *lanes, Subprocesses: *subs})
	// The generator promises valid content; checking here means a broken
	// generator stops the benchmark instead of timing error reports.
	if ds := validate.Set(set); ds.Errors() > 0 {
		fmt.Fprintf(os.Stderr, "scalelib: generated content is invalid:\n%v\n", ds)
		os.Exit(1)
	}
	if err := tomlout.Write(*out, set); err != nil {
		fmt.Fprintln(os.Stderr, "scalelib:", err)
		os.Exit(1)
	}
}
