package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// debounce is how long the files must stay quiet before a rebuild: an
// editor's save, a git checkout or a copy touch many files in a burst, and
// one build should follow the burst, not each file.
const debounce = 150 * time.Millisecond

// watcher reports changes below some folders, recursively. fsnotify
// watches single folders, so the watcher adds each subfolder, and the
// ones made later as they appear.
type watcher struct {
	fsw   *fsnotify.Watcher
	roots []string
	// out is the folder the build writes, never watched: a build writing
	// there would trigger the next build, forever.
	out  string
	errs io.Writer
}

// watch starts watching the content folder and the brand's folder (when the
// brand is on disk). It sends on the returned channel after each burst of
// changes; the channel holds one pending signal, so bursts during a build
// give one more build. done is closed once the watcher has stopped, after
// ctx is cancelled.
func watch(ctx context.Context, o serveOptions, errs io.Writer) (changed <-chan struct{}, done <-chan struct{}, err error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, nil, fmt.Errorf("watch: %w", err)
	}
	wt := &watcher{fsw: fsw, out: absPath(o.root()), errs: errs}
	wt.roots = append(wt.roots, absPath(o.dir))
	if brandDir := filepath.Join(o.brands, o.brand); isDir(brandDir) {
		wt.roots = append(wt.roots, absPath(brandDir))
	}
	for _, r := range wt.roots {
		wt.addTree(r)
	}
	ch, stopped := make(chan struct{}, 1), make(chan struct{})
	go func() {
		defer close(stopped)
		defer fsw.Close()
		wt.run(ctx, ch)
	}()
	return ch, stopped, nil
}

// run turns the watcher's events into debounced signals until ctx ends.
func (wt *watcher) run(ctx context.Context, changed chan<- struct{}) {
	var quiet <-chan time.Time
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-wt.fsw.Events:
			if !ok {
				return
			}
			if wt.relevant(ev) {
				if ev.Has(fsnotify.Create) {
					wt.addTree(ev.Name)
				}
				quiet = time.After(debounce)
			}
		case err, ok := <-wt.fsw.Errors:
			if !ok {
				return
			}
			fmt.Fprintf(wt.errs, "blueprint serve: watch: %v\n", err)
		case <-quiet:
			quiet = nil
			wt.resync()
			select {
			case changed <- struct{}{}:
			default: // a signal is already pending
			}
		}
	}
}

// relevant reports whether an event can change a build: not a change of
// mode only, not an editor's hidden or backup file, not in the output.
func (wt *watcher) relevant(ev fsnotify.Event) bool {
	if ev.Op == fsnotify.Chmod {
		return false
	}
	base := filepath.Base(ev.Name)
	if strings.HasPrefix(base, ".") || strings.HasSuffix(base, "~") {
		return false
	}
	return !within(ev.Name, wt.out)
}

// addTree watches dir and every folder below it, skipping hidden folders
// (.git) and the output. A path that is a file is left alone.
func (wt *watcher) addTree(dir string) {
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || !d.IsDir() {
			return nil
		}
		if (p != dir && strings.HasPrefix(d.Name(), ".")) || within(p, wt.out) {
			return filepath.SkipDir
		}
		if err := wt.fsw.Add(p); err != nil {
			fmt.Fprintf(wt.errs, "blueprint serve: watch %s: %v\n", p, err)
		}
		return nil
	})
}

// resync drops the watches of folders that were removed or renamed, and
// watches what is there now. A rebuild reads every file anyway, so events
// missed while a new folder was being added cost nothing.
func (wt *watcher) resync() {
	for _, p := range wt.fsw.WatchList() {
		if !isDir(p) {
			_ = wt.fsw.Remove(p)
		}
	}
	for _, r := range wt.roots {
		wt.addTree(r)
	}
}

// within reports whether p is dir or below it.
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func absPath(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}
