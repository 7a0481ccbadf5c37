// Command synthlib writes the benchmark's input: a synthetic content folder
// (a series, a catalogue and one module with one large sub-process, made by
// internal/synth from a fixed seed) and the same sub-process as a Graphviz
// DOT graph with one cluster per lane and, asked for, as a PlantUML
// activity diagram with one partition per lane.
//
//	synthlib -out DIR [-tasks 200] [-lanes 8] [-seed 1] [-puml]
//
// writes DIR/content/ (a folder `blueprint check` and `blueprint build`
// read), DIR/graph.dot (for `dot -Gnewrank=true`) and, with -puml,
// DIR/graph.puml (for `plantuml`).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/blueprint-tools/blueprint/bench/internal/dotout"
	"github.com/blueprint-tools/blueprint/bench/internal/pumlout"
	"github.com/blueprint-tools/blueprint/bench/internal/tomlout"
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/validate"
	"github.com/blueprint-tools/blueprint/internal/synth"
)

func main() {
	tasks := flag.Int("tasks", 200, "tasks in the sub-process")
	lanes := flag.Int("lanes", 8, "lanes (role and stage) over the four stages")
	seed := flag.Int64("seed", 1, "generator seed")
	out := flag.String("out", "", "write content/ and graph.dot into `DIR`")
	puml := flag.Bool("puml", false, "also write graph.puml, a PlantUML activity diagram")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synthlib -out DIR [-tasks N] [-lanes N] [-seed N] [-puml]")
		os.Exit(2)
	}
	if err := run(*out, *seed, synth.Options{Tasks: *tasks, Lanes: *lanes}, *puml); err != nil {
		fmt.Fprintln(os.Stderr, "synthlib:", err)
		os.Exit(1)
	}
}

func run(out string, seed int64, opt synth.Options, puml bool) error {
	set := synth.Module(seed, opt)
	// The generator promises valid content; checking here means a broken
	// generator stops the benchmark instead of timing error reports.
	if ds := validate.Set(set); ds.Errors() > 0 {
		return fmt.Errorf("generated content is invalid:\n%v", ds)
	}
	if err := tomlout.Write(filepath.Join(out, "content"), set); err != nil {
		return err
	}
	m := set.Modules[0]
	sc, sp := blueprints.NewScope(set, m), m.Subprocesses[0]
	err := writeFile(filepath.Join(out, "graph.dot"), func(w io.Writer) error { return dotout.Write(w, sc, sp) })
	if err == nil && puml {
		err = writeFile(filepath.Join(out, "graph.puml"), func(w io.Writer) error { return pumlout.Write(w, sc, sp) })
	}
	return err
}

// writeFile creates path and fills it with write.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	err = write(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
