package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
)

// timing is one command's result in hyperfine's JSON export, in seconds.
type timing struct {
	Command string  `json:"command"`
	Mean    float64 `json:"mean"`
	Stddev  float64 `json:"stddev"`
	Median  float64 `json:"median"`
	Min     float64 `json:"min"`
}

// readTimes reads a hyperfine export whose first command is ours and whose
// second is dot, as bench/layout.sh runs them.
func readTimes(file string) (ours, dot timing, err error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return ours, dot, err
	}
	var h struct {
		Results []timing `json:"results"`
	}
	if err := json.Unmarshal(data, &h); err != nil {
		return ours, dot, fmt.Errorf("read %s: %w", file, err)
	}
	if len(h.Results) != 2 {
		return ours, dot, fmt.Errorf("read %s: want 2 results (ours, then dot), have %d", file, len(h.Results))
	}
	return h.Results[0], h.Results[1], nil
}

// timeRows prints the timing rows.
func timeRows(w io.Writer, ours, dot timing) {
	ms := func(s float64) string { return fmt.Sprintf("%.1f", s*1000) }
	fmt.Fprintf(w, "mean time (ms)\t%s\t%s\t\n", ms(ours.Mean), ms(dot.Mean))
	fmt.Fprintf(w, "± stddev (ms)\t%s\t%s\t\n", ms(ours.Stddev), ms(dot.Stddev))
	fmt.Fprintf(w, "min time (ms)\t%s\t%s\t\n", ms(ours.Min), ms(dot.Min))
}

// ratio prints the figure the benchmark is about: how many times faster
// our whole process is than dot, by mean time.
func ratio(w io.Writer, ours, dot timing) {
	if ours.Mean > 0 {
		fmt.Fprintf(w, "\nratio dot/ours (mean times): %.2f (target: at least 20)\n", dot.Mean/ours.Mean)
	}
}
