package publish

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// ErrOutside is wrapped by the error for a path that is absolute or would
// reach outside the output folder.
var ErrOutside = errors.New("path leaves the output folder")

// resolve turns rel into the file's path on disk after checking that it
// stays inside the folder, lexically and through any symlinks already
// there. op names the operation in errors ("write", "remove").
func (d *Dir) resolve(op, rel string) (string, error) {
	if err := checkRel(rel, d.root); err != nil {
		// rel as given: joined to the root it would read as a safe path.
		return "", fmt.Errorf("%s %s: %w", op, rel, err)
	}
	local, err := filepath.Localize(rel)
	if err != nil {
		return "", d.wrap(op, rel, fmt.Errorf("invalid output path: %w", err))
	}
	target := filepath.Join(d.root, local)
	if err := d.checkLinks(local); err != nil {
		return "", d.wrap(op, rel, err)
	}
	return target, nil
}

// checkRel accepts a slash-separated relative path without empty, "." or
// ".." elements.
func checkRel(rel, root string) error {
	switch {
	case rel == "":
		return errors.New("empty output path")
	case path.IsAbs(rel) || filepath.IsAbs(rel) || filepath.VolumeName(rel) != "":
		return fmt.Errorf("%w %s: the path is absolute, want one relative to it", ErrOutside, root)
	case slices.Contains(strings.Split(filepath.ToSlash(rel), "/"), ".."):
		return fmt.Errorf("%w %s: the path climbs out with \"..\"", ErrOutside, root)
	case !fs.ValidPath(rel) || rel == ".":
		return errors.New(`invalid output path: want slash-separated names without empty or "." elements`)
	}
	return nil
}

// checkLinks walks local's elements below the root. A symlink must resolve
// to somewhere inside the root; a broken one is refused, since where it
// would lead cannot be known. Elements not yet on disk end the walk: they
// will be created as plain folders and files.
func (d *Dir) checkLinks(local string) error {
	root, err := filepath.EvalSymlinks(d.root)
	if errors.Is(err, fs.ErrNotExist) {
		return nil // nothing exists below a missing root
	}
	if err != nil {
		return err
	}
	cur := d.root
	for _, name := range strings.Split(local, string(filepath.Separator)) {
		cur = filepath.Join(cur, name)
		info, err := os.Lstat(cur)
		if errors.Is(err, fs.ErrNotExist) {
			return nil
		}
		if err != nil {
			return err
		}
		if info.Mode()&fs.ModeSymlink == 0 {
			continue
		}
		if err := within(root, cur); err != nil {
			return err
		}
	}
	return nil
}

// within checks that the symlink link resolves inside root.
func within(root, link string) error {
	dest, err := filepath.EvalSymlinks(link)
	if err != nil {
		return fmt.Errorf("%w: symlink %s cannot be resolved", ErrOutside, link)
	}
	rel, err := filepath.Rel(root, dest)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return fmt.Errorf("%w: symlink %s points to %s", ErrOutside, link, dest)
	}
	return nil
}
