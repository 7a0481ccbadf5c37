package build

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/blueprint-tools/blueprint/render/publish"
)

// commit writes the files a task made, in path order, and records them.
// If a write fails, the files already written are recorded as partial:
// owned by the build (so a later build may remove them) but with no
// fingerprint, so their job runs again.
func (u *update) commit(t task, files []File) error {
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	var done []publish.Entry
	for _, f := range files {
		e, err := u.write(t, f)
		if err != nil {
			for _, d := range done {
				d.Inputs = ""
				u.partial = append(u.partial, d)
			}
			return err
		}
		done = append(done, e)
	}
	u.res.Rendered += len(files)
	for _, e := range done {
		u.next[e.Path] = e
	}
	return nil
}

// write writes one file of a task and returns its manifest entry.
func (u *update) write(t task, f File) (publish.Entry, error) {
	if !slices.Contains(t.kinds, f.Kind) {
		return publish.Entry{}, fmt.Errorf("build: job %s made %s, of kind %q, which was not asked for", t.job.Group, f.Path, f.Kind)
	}
	if e, ok := u.next[f.Path]; ok {
		return publish.Entry{}, fmt.Errorf("build: jobs %s and %s both make %s", e.Group, t.job.Group, f.Path)
	}
	written, err := u.out.Write(f.Path, f.Data)
	if err != nil {
		return publish.Entry{}, err
	}
	if written {
		u.res.Written++
	} else {
		u.res.Unchanged++
	}
	return publish.Entry{
		Path: f.Path, Group: t.job.Group, Kind: f.Kind, Inputs: t.inputs[f.Kind],
		Sum: publish.Sum(f.Data), Size: int64(len(f.Data)),
	}, nil
}

// removeStale deletes the outputs of the previous build that this build
// would make (its shard, its kinds) but did not. Outputs of other shards
// and kinds stay, and stay listed. An output someone has changed since is
// left alone and no longer listed.
func (u *update) removeStale() error {
	for _, e := range u.old {
		if _, ok := u.next[e.Path]; ok {
			continue
		}
		if !u.opt.Shard.Owns(e.Group) || !slices.Contains(u.kinds, e.Kind) {
			u.next[e.Path] = e
			continue
		}
		removed, err := u.out.Remove(e.Path)
		switch {
		case errors.Is(err, publish.ErrChanged):
			u.res.Kept = append(u.res.Kept, e.Path)
		case err != nil:
			return err
		case removed:
			u.res.Removed++
		}
	}
	return nil
}

// save writes the manifest of the folder as the build left it.
func (u *update) save() error {
	return u.out.WriteManifest(manifestOf(u.next))
}

// saveAfterFailure records what a failed build completed: the previous
// manifest, overlaid with the files written since. Nothing is removed,
// and every file written stays owned, so no file is orphaned.
func (u *update) saveAfterFailure() error {
	all := map[string]publish.Entry{}
	for _, e := range u.old {
		all[e.Path] = e
	}
	for p, e := range u.next {
		all[p] = e
	}
	for _, e := range u.partial {
		all[e.Path] = e
	}
	return u.out.WriteManifest(manifestOf(all))
}

func manifestOf(entries map[string]publish.Entry) publish.Manifest {
	files := make([]publish.Entry, 0, len(entries))
	for _, e := range entries {
		files = append(files, e)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return publish.Manifest{Files: files}
}
