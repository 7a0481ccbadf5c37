// Command count measures drawings of the same sub-process by both tools
// with the same code (bench/internal/metric): edge crossings, bends, and
// edges that pass through a task box other than their own two.
//
//	count [-dot graph.json] [-dir content] [-times hyperfine.json]
//
// -dot reads Graphviz's drawing (`dot -Tjson` output); -dir loads a content
// folder, validates it and lays out every sub-process with our layout
// engine in-process. Given both, it prints them side by side. -times adds
// the mean run times from a hyperfine export (ours first, then dot) and
// their ratio.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/blueprint-tools/blueprint/bench/internal/gvjson"
	"github.com/blueprint-tools/blueprint/bench/internal/metric"
)

// column is one tool's figures; extra rows only one tool has stay blank
// for the other.
type column struct {
	name  string
	r     metric.Result
	extra map[string]int
}

const usage = "usage: count [-dot graph.json] [-dir content] [-times hyperfine.json]"

func main() {
	dot := flag.String("dot", "", "Graphviz drawing: `FILE` written by dot -Tjson")
	dir := flag.String("dir", "", "content `DIR` to lay out with our engine")
	times := flag.String("times", "", "hyperfine JSON export `FILE` (ours, then dot); needs -dot and -dir")
	flag.Parse()
	if *dot == "" && *dir == "" || *times != "" && (*dot == "" || *dir == "") || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, usage)
		os.Exit(2)
	}
	if err := run(os.Stdout, *dot, *dir, *times); err != nil {
		fmt.Fprintln(os.Stderr, "count:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, dot, dir, times string) error {
	var cols []column
	if dir != "" {
		c, err := ours(dir)
		if err != nil {
			return err
		}
		cols = append(cols, c)
	}
	if dot != "" {
		c, err := graphviz(dot)
		if err != nil {
			return err
		}
		cols = append(cols, c)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	table(tw, cols)
	if times == "" {
		return tw.Flush()
	}
	o, d, err := readTimes(times)
	if err != nil {
		return err
	}
	timeRows(tw, o, d)
	if err := tw.Flush(); err != nil {
		return err
	}
	ratio(w, o, d)
	return nil
}

func graphviz(file string) (column, error) {
	f, err := os.Open(file)
	if err != nil {
		return column{}, err
	}
	defer f.Close()
	d, err := gvjson.Read(f)
	if err != nil {
		return column{}, err
	}
	return column{name: "graphviz", r: metric.Count(d)}, nil
}

// rows are the table's rows: the shared measures, then the extra ones.
var rows = []struct {
	name string
	get  func(metric.Result) int
}{
	{"boxes", func(r metric.Result) int { return r.Boxes }},
	{"edges", func(r metric.Result) int { return r.Edges }},
	{"crossings", func(r metric.Result) int { return r.Crossings }},
	{"bends", func(r metric.Result) int { return r.Bends }},
	{"edges through tasks", func(r metric.Result) int { return r.Through }},
	{"(edge, task) hits", func(r metric.Result) int { return r.Hits }},
}

var extraRows = []string{"layout.Crossings", "layout.Bends", "layout.Check problems", "pages"}

func table(tw io.Writer, cols []column) {
	fmt.Fprint(tw, "\t")
	for _, c := range cols {
		fmt.Fprintf(tw, "%s\t", c.name)
	}
	fmt.Fprintln(tw)
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t", row.name)
		for _, c := range cols {
			fmt.Fprintf(tw, "%d\t", row.get(c.r))
		}
		fmt.Fprintln(tw)
	}
	for _, name := range extraRows {
		fmt.Fprintf(tw, "%s\t", name)
		for _, c := range cols {
			if v, ok := c.extra[name]; ok {
				fmt.Fprintf(tw, "%d\t", v)
			} else {
				fmt.Fprint(tw, "-\t")
			}
		}
		fmt.Fprintln(tw)
	}
}
