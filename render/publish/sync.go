package publish

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
)

// syncers is how many files Sync flushes at once: flushes wait on the
// disk, not the CPU, and a disk serves many at once far faster than one
// after another.
const syncers = 16

// pend records a file written and not yet flushed.
func (d *Dir) pend(path string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.pending == nil {
		d.pending = map[string]bool{}
	}
	d.pending[path] = true
}

// Sync flushes to disk every file written since the last Sync, then the
// folders holding them, so that the renames are durable too. Files are
// flushed many at once. WriteManifest syncs before it writes the
// manifest, so a manifest on disk never lists a file that is not.
func (d *Dir) Sync() error {
	d.mu.Lock()
	files := make([]string, 0, len(d.pending))
	for p := range d.pending {
		files = append(files, p)
	}
	d.pending = nil
	d.mu.Unlock()
	sort.Strings(files)
	dirs := map[string]bool{}
	for _, f := range files {
		dirs[filepath.Dir(f)] = true
	}
	err := d.syncAll(files)
	folders := make([]string, 0, len(dirs))
	for dir := range dirs {
		folders = append(folders, dir)
	}
	// Some systems cannot sync a folder; the files themselves are synced,
	// so a folder's failure is not reported.
	_ = d.syncAll(folders)
	return err
}

// syncAll flushes paths on a few goroutines and returns the first error.
func (d *Dir) syncAll(paths []string) error {
	errs := make([]error, len(paths))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(syncers, len(paths)) {
		wg.Go(func() {
			for i := range next {
				if err := d.syncFile(paths[i]); err != nil {
					errs[i] = fmt.Errorf("sync %s: %w", paths[i], err)
				}
			}
		})
	}
	for i := range paths {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// syncPath flushes a file or folder, opened by name: fsync works on the
// file, whichever descriptor asks.
func syncPath(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
