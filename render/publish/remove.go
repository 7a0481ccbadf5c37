package publish

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

// ErrNotOwned is wrapped by the error for a path Remove refuses because
// the manifest does not list it: a file no build of ours wrote.
var ErrNotOwned = errors.New("not listed in the build manifest")

// ErrChanged is wrapped by the error for an output Remove refuses because
// it no longer holds the bytes the manifest recorded: someone has edited
// or replaced it, so it is theirs now.
var ErrChanged = errors.New("changed since the build wrote it")

// Remove deletes the output rel, then the folders below the root that the
// removal left empty. It refuses (wrapping ErrOutside, ErrNotOwned or
// ErrChanged) a path outside the folder, one the manifest last read or
// written does not list, and one that is not a regular file holding the
// bytes the manifest recorded. The manifest itself is never removed. A
// listed file that is already gone is not an error: removed is then false.
func (d *Dir) Remove(rel string) (removed bool, err error) {
	target, err := d.resolve("remove", rel)
	if err != nil {
		return false, err
	}
	e, ok := d.owner(rel)
	if !ok || rel == ManifestName {
		return false, d.wrap("remove", rel, ErrNotOwned)
	}
	same, err := holdsSum(target, e)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, d.wrap("remove", rel, err)
	}
	if !same {
		return false, d.wrap("remove", rel, ErrChanged)
	}
	if err := os.Remove(target); err != nil {
		return false, d.wrap("remove", rel, err)
	}
	d.removed.Add(1)
	d.prune(rel)
	return true, nil
}

// holdsSum reports whether target is a regular file (not a symlink) with
// the size and SHA-256 that e records.
func holdsSum(target string, e Entry) (bool, error) {
	info, err := os.Lstat(target)
	if err != nil {
		return false, err
	}
	if !info.Mode().IsRegular() || info.Size() != e.Size {
		return false, nil
	}
	f, err := os.Open(target)
	if err != nil {
		return false, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return false, err
	}
	return hex.EncodeToString(h.Sum(nil)) == e.Sum, nil
}

// prune removes the folders of rel, deepest first, while they are empty.
// It walks rel's own elements, so it can never reach the root or above;
// a folder holding anything (a user's file) stops it.
func (d *Dir) prune(rel string) {
	for dir := path.Dir(rel); dir != "." && dir != "/"; dir = path.Dir(dir) {
		local, err := filepath.Localize(dir)
		if err != nil {
			return
		}
		full := filepath.Join(d.root, local)
		// A symlinked folder is the user's: os.Remove would delete the link.
		if info, err := os.Lstat(full); err != nil || !info.IsDir() || os.Remove(full) != nil {
			return
		}
	}
}

// Sum is the hex SHA-256 of data, as Entry.Sum records it.
func Sum(data []byte) string {
	s := sha256.Sum256(data)
	return hex.EncodeToString(s[:])
}
