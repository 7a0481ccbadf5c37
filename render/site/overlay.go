package site

import (
	"errors"
	"io/fs"
	"slices"
	"strings"
)

// overlay reads a file from top when top has it and from base otherwise,
// so a user's templates folder overrides the embedded files by path and
// leaves the rest in place. Directory listings merge both.
type overlay struct {
	top, base fs.FS // top may be nil
}

func (o overlay) Open(name string) (fs.File, error) {
	if o.top != nil {
		f, err := o.top.Open(name)
		if err == nil {
			st, serr := f.Stat()
			if serr == nil && !st.IsDir() {
				return f, nil
			}
			f.Close()
		}
	}
	return o.base.Open(name)
}

// ReadDir lists name in both layers, each name once, sorted.
func (o overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := fs.ReadDir(o.base, name)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	if o.top != nil {
		more, terr := fs.ReadDir(o.top, name)
		if terr == nil {
			entries = append(entries, more...)
			err = nil
		}
	}
	if err != nil {
		return nil, err
	}
	slices.SortStableFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return slices.CompactFunc(entries, func(a, b fs.DirEntry) bool { return a.Name() == b.Name() }), nil
}
