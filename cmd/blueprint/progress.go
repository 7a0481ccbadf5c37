package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"

	"github.com/blueprint-tools/blueprint/render/build"
)

// progress shows how many modules a build has done, as one line on a
// terminal that each step rewrites (with \r). Where the stream is not a
// terminal (CI logs, pipes, tests) it writes nothing, so logs hold only
// what matters. Steps come from every brand's build at once.
type progress struct {
	mu    sync.Mutex
	w     io.Writer // nil when quiet
	done  int
	total int
	width int // of the longest line written, to blank it at the end
}

// newProgress counts total modules on w, if w is a terminal.
func newProgress(w io.Writer, total int) *progress {
	p := &progress{total: total}
	if isTerminal(w) && total > 0 {
		p.w = w
	}
	return p
}

// isTerminal reports whether w is a character device, such as a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// step records that the job of group is done; modules move the line.
func (p *progress) step(group string) {
	if p.w == nil || !build.IsModuleGroup(group) {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	line := fmt.Sprintf("blueprint build: %d of %d modules", p.done, p.total)
	p.width = max(p.width, len(line))
	fmt.Fprint(p.w, "\r"+line)
}

// finish blanks the line, so what follows starts on a clean one.
func (p *progress) finish() {
	if p.w == nil || p.width == 0 {
		return
	}
	fmt.Fprint(p.w, "\r"+strings.Repeat(" ", p.width)+"\r")
}
