package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
)

// Dir is an output folder. It is safe for concurrent use; writes to the
// same path at once are the caller's to avoid.
type Dir struct {
	root      string
	written   atomic.Int64
	unchanged atomic.Int64
	removed   atomic.Int64
	// createTemp makes the temporary file; tests replace it to fail a
	// write half-way.
	createTemp func(dir, pattern string) (*os.File, error)
	// syncFile flushes one file or folder to disk; tests replace it to
	// see what is synced when.
	syncFile func(path string) error
	// mu guards owned, the files of the manifest last read or written
	// (the only ones Remove may delete), and pending, the files written
	// since the last Sync.
	mu      sync.Mutex
	owned   map[string]Entry
	pending map[string]bool
}

// Stats counts what the writes did: files written, files that already
// held the same bytes, and files removed. The manifest is not counted.
type Stats struct {
	Written   int
	Unchanged int
	Removed   int
}

// New returns the output folder rooted at root, e.g. "output/acme". The
// folder is created by the first write.
func New(root string) *Dir {
	return &Dir{root: filepath.Clean(root), createTemp: os.CreateTemp, syncFile: syncPath}
}

// Root is the folder's path as given to New, cleaned.
func (d *Dir) Root() string { return d.root }

// Stats reports the counts so far.
func (d *Dir) Stats() Stats {
	return Stats{Written: int(d.written.Load()), Unchanged: int(d.unchanged.Load()), Removed: int(d.removed.Load())}
}

// Write puts data at rel, a slash-separated path inside the folder such as
// "msp-11b/overview.svg". It creates missing parent folders, skips the write
// when the file already holds exactly data (written is then false), and
// replaces a file atomically, so a failure, or a killed process, leaves the
// old file whole. The new file reaches the disk itself at the next Sync
// (which WriteManifest does). It refuses absolute paths, paths with "..",
// and paths that reach outside the folder through a symlink.
func (d *Dir) Write(rel string, data []byte) (written bool, err error) {
	if rel == ManifestName {
		return false, d.wrap("write", rel, errors.New("the name is kept for the build manifest"))
	}
	written, err = d.write(rel, data)
	switch {
	case err != nil:
	case written:
		d.written.Add(1)
	default:
		d.unchanged.Add(1)
	}
	return written, err
}

// write is Write without the counting, for the manifest too.
func (d *Dir) write(rel string, data []byte) (bool, error) {
	target, err := d.resolve("write", rel)
	if err != nil {
		return false, err
	}
	same, err := holds(target, data)
	if err != nil {
		return false, d.wrap("write", rel, err)
	}
	if same {
		return false, nil
	}
	if err := d.replace(target, data); err != nil {
		return false, d.wrap("write", rel, err)
	}
	return true, nil
}

// wrap names the operation and the output path, as the user sees it.
func (d *Dir) wrap(op, rel string, err error) error {
	return fmt.Errorf("%s %s: %w", op, filepath.Join(d.root, filepath.FromSlash(rel)), err)
}

// holds reports whether the file at path is a regular file holding
// exactly data; a missing file does not.
func holds(path string, data []byte) (bool, error) {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if info.IsDir() {
		return false, errors.New("a folder is in the way")
	}
	if !info.Mode().IsRegular() || info.Size() != int64(len(data)) {
		return false, nil
	}
	old, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return bytes.Equal(old, data), nil
}

// replace writes data to a temporary file beside path and renames it over
// path, so readers see the old file or the new one, never a mix. The
// temporary file is removed on any failure. Flushing to disk is left to
// Sync: one fsync per file as it is written would make I/O, not
// rendering, the cost of a large build.
func (d *Dir) replace(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := d.createTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return err
	}
	// CreateTemp makes files private; outputs are meant to be served.
	if err := tmp.Chmod(0o644); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	d.pend(path)
	return nil
}
