package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"syscall"

	"github.com/blueprint-tools/blueprint/render/build"
	"github.com/blueprint-tools/blueprint/render/publish"
)

// brandResult is how one brand's build went.
type brandResult struct {
	res build.Result
	err error
}

// buildBrands brings every brand's folder up to date at once, all brands
// sharing one pool of GOMAXPROCS workers and one progress line, then says
// what each did, in the brands' order. An interrupt (Ctrl-C, or CI
// cancelling the job) stops the builds after the jobs under way, with
// their manifests saved; a second one kills the process as usual.
func buildBrands(e *env, ba buildArgs, brands []brandBuild) int {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	context.AfterFunc(ctx, stop)
	pool := build.NewPool(0)
	prog := newProgress(e.stderr, moduleJobs(brands, ba.shard))
	results := make([]brandResult, len(brands))
	var wg sync.WaitGroup
	for i, b := range brands {
		wg.Go(func() {
			opt := build.Options{Shard: ba.shard, Force: ba.force, Pool: pool, Progress: prog.step}
			results[i].res, results[i].err = build.Update(ctx, b.in, publish.New(b.root), opt)
		})
	}
	wg.Wait()
	prog.finish()
	code := exitOK
	for i, b := range brands {
		if !reportBuilt(e, ba, b, results[i]) {
			code = exitInvalid
		}
	}
	return code
}

// moduleJobs counts the module jobs of the shard across brands: the total
// of the progress line.
func moduleJobs(brands []brandBuild, shard build.Shard) int {
	n := 0
	for _, b := range brands {
		for _, j := range build.Jobs(b.in) {
			if build.IsModuleGroup(j.Group) && shard.Owns(j.Group) {
				n++
			}
		}
	}
	return n
}

// reportBuilt prints one brand's outcome: a line of counts on stdout (on
// stderr with --format json, which keeps stdout for diagnostics), or the
// error; warnings go to stderr. It reports whether the brand succeeded.
func reportBuilt(e *env, ba buildArgs, b brandBuild, r brandResult) bool {
	if r.res.Warning != "" {
		fmt.Fprintf(e.stderr, "blueprint build: warning: %s\n", r.res.Warning)
	}
	for _, p := range r.res.Kept {
		fmt.Fprintf(e.stderr, "blueprint build: warning: %s is no longer built; left in place because it was changed after the build wrote it\n", filepath.ToSlash(filepath.Join(b.root, p)))
	}
	if errors.Is(r.err, context.Canceled) {
		fmt.Fprintf(e.stderr, "blueprint build: %s: interrupted; the next build goes on from what was written\n", filepath.ToSlash(b.root))
		return false
	}
	if r.err != nil {
		fmt.Fprintf(e.stderr, "blueprint build: %v\n", r.err)
		return false
	}
	w := e.stdout
	if ba.json {
		w = e.stderr
	}
	name := filepath.ToSlash(b.root)
	if ba.shard.Count > 1 {
		name += " (shard " + ba.shard.String() + ")"
	}
	c := r.res.Counters
	fmt.Fprintf(w, "%s: %s rendered, %d written, %d unchanged, %d removed\n", name, plural(c.Rendered, "file"), c.Written, c.Unchanged, c.Removed)
	return true
}
