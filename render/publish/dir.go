package publish

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sync/atomic"
)

// Dir is an output folder. It is safe for concurrent use; writes to the
// same path at once are the caller's to avoid.
type Dir struct {
	root      string
	written   atomic.Int64
	unchanged atomic.Int64
	// createTemp makes the temporary file; tests replace it to fail a
	// write half-way.
	createTemp func(dir, pattern string) (*os.File, error)
}

// Stats counts what the writes did: files written and files that already
// held the same bytes.
type Stats struct {
	Written   int
	Unchanged int
}

// New returns the output folder rooted at root, e.g. "output/acme". The
// folder is created by the first write.
func New(root string) *Dir {
	return &Dir{root: filepath.Clean(root), createTemp: os.CreateTemp}
}

// Root is the folder's path as given to New, cleaned.
func (d *Dir) Root() string { return d.root }

// Stats reports the counts so far.
func (d *Dir) Stats() Stats {
	return Stats{Written: int(d.written.Load()), Unchanged: int(d.unchanged.Load())}
}

// Write puts data at rel, a slash-separated path inside the folder such as
// "msp-11b/overview.svg". It creates missing parent folders, skips the write
// when the file already holds exactly data (written is then false), and
// replaces a file atomically, so a failure leaves the old file whole. It
// refuses absolute paths, paths with "..", and paths that reach outside the
// folder through a symlink.
func (d *Dir) Write(rel string, data []byte) (written bool, err error) {
	target, err := d.resolve(rel)
	if err != nil {
		return false, err
	}
	same, err := holds(target, data)
	if err != nil {
		return false, d.wrap(rel, err)
	}
	if same {
		d.unchanged.Add(1)
		return false, nil
	}
	if err := d.replace(target, data); err != nil {
		return false, d.wrap(rel, err)
	}
	d.written.Add(1)
	return true, nil
}

// wrap names the operation and the output path, as the user sees it.
func (d *Dir) wrap(rel string, err error) error {
	return fmt.Errorf("write %s: %w", filepath.Join(d.root, filepath.FromSlash(rel)), err)
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

// replace writes data to a temporary file beside path, flushes it to disk
// and renames it over path, so readers see the old file or the new one,
// never a mix. The temporary file is removed on any failure.
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
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// syncDir makes the rename itself durable. It is best effort: some systems
// cannot open or sync a folder, and the file's own data is already synced.
func syncDir(dir string) {
	f, err := os.Open(dir)
	if err != nil {
		return
	}
	_ = f.Sync()
	_ = f.Close()
}
