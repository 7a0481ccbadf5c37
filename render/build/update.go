package build

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/render/publish"
)

// Output is the folder an incremental build updates. *publish.Dir is one;
// tests wrap it to fail part-way.
type Output interface {
	ReadManifest() (publish.Manifest, error)
	WriteManifest(publish.Manifest) error
	Write(rel string, data []byte) (written bool, err error)
	Remove(rel string) (removed bool, err error)
	Holds(rel string, size int64) bool
}

// Options are the choices of an incremental build. The zero value builds
// everything that changed, on GOMAXPROCS workers.
type Options struct {
	// Shard limits the build to one share of the jobs (see Shard).
	Shard Shard
	// Force makes every job again, whatever the manifest says; files
	// that come out the same are still not rewritten.
	Force bool
	// Pool runs the jobs; builds that share one share its bound. Nil
	// means a pool of GOMAXPROCS.
	Pool *Pool
	// Progress, when set, is called once for each job of the shard when
	// it is done: found up to date, or made and written.
	Progress func(group string)
	// Jobs are more jobs besides Jobs(in), such as site pages.
	Jobs []Job
	// Sums fingerprints the parts; nil means NewSums(in). Give one made
	// With the parts that Jobs declare and the set does not hold.
	Sums *Sums
}

// Counters say what a build did, in files.
type Counters struct {
	Rendered  int // made by jobs whose fingerprint changed
	Written   int // whose bytes changed on disk
	Unchanged int // already up to date: not made again, or made to the same bytes
	Removed   int // outputs of an earlier build that no longer exist, deleted
}

// Result is what Update did.
type Result struct {
	Counters
	// Kept lists outputs no longer made that were left in place because
	// someone changed them since the build wrote them.
	Kept []string
	// Warning says why an unreadable manifest was ignored, or is "".
	Warning string
}

// Update brings the output folder up to date with in, incrementally. Each
// file's fingerprint (Sums.For its job's kind and inputs) is kept in the
// folder's manifest with the hash of its bytes; a job whose files all
// have an unchanged fingerprint and are still there is not run. The jobs
// that are run make their files on opt.Pool, and their files are written
// in the jobs' order, so neither the bytes nor the order of writes depend
// on scheduling. Outputs the previous manifest lists that no job of this
// shard and kinds makes any more are removed, and nothing else is.
//
// When a job or a write fails, or ctx is cancelled (an interrupted build,
// or a rebuild that a newer change makes moot), Update stops after the
// jobs under way: every file is either its old self or its new self, and
// the manifest records what was completed, so the next build picks up
// from there.
func Update(ctx context.Context, in Input, out Output, opt Options) (Result, error) {
	u, err := newUpdate(in, out, opt)
	if err != nil {
		return Result{}, err
	}
	if err := u.run(ctx); err != nil {
		return u.res, errors.Join(err, u.saveAfterFailure())
	}
	if err := u.removeStale(); err != nil {
		return u.res, errors.Join(err, u.saveAfterFailure())
	}
	return u.res, u.save()
}

// update is one Update in progress.
type update struct {
	out   Output
	opt   Options
	sums  *Sums
	kinds []string // the kinds in asks for
	prev  map[groupKind][]publish.Entry
	old   []publish.Entry
	// next is what the folder holds after the build, by path: the files
	// of jobs found up to date, then those of jobs made and written.
	next map[string]publish.Entry
	// partial holds files of a job that failed part-way, written but not
	// up to date as a group.
	partial []publish.Entry
	tasks   []task
	res     Result
}

type groupKind struct{ group, kind string }

// task is a job to run, limited to the kinds whose fingerprint changed.
type task struct {
	job    Job
	kinds  []string
	inputs map[string]string // fingerprint by kind
}

func newUpdate(in Input, out Output, opt Options) (*update, error) {
	if opt.Pool == nil {
		opt.Pool = NewPool(0)
	}
	u := &update{out: out, opt: opt, sums: opt.Sums, kinds: in.kinds(), next: map[string]publish.Entry{}}
	if u.sums == nil {
		var err error
		if u.sums, err = NewSums(in); err != nil {
			return nil, err
		}
	}
	m, err := out.ReadManifest()
	switch {
	case errors.Is(err, publish.ErrBadManifest):
		u.res.Warning = err.Error() + "; ignored, so every output is made again"
	case err != nil:
		return nil, err
	}
	u.old = m.Files
	u.prev = map[groupKind][]publish.Entry{}
	for _, e := range m.Files {
		k := groupKind{e.Group, e.Kind}
		u.prev[k] = append(u.prev[k], e)
	}
	return u, u.plan(append(Jobs(in), opt.Jobs...))
}

// plan sorts the jobs of the shard into those up to date, whose files are
// carried into the new manifest, and the tasks to run.
func (u *update) plan(jobs []Job) error {
	slices.SortStableFunc(jobs, func(a, b Job) int { return strings.Compare(a.Group, b.Group) })
	for i, j := range jobs {
		if i > 0 && j.Group == jobs[i-1].Group {
			return fmt.Errorf("build: two jobs are called %s", j.Group)
		}
		if !u.opt.Shard.Owns(j.Group) {
			continue
		}
		t := task{job: j, inputs: map[string]string{}}
		for _, k := range j.Kinds {
			if !slices.Contains(u.kinds, k) {
				continue
			}
			t.inputs[k] = u.sums.For(k, j.Inputs...).String()
			if u.opt.Force || !u.upToDate(groupKind{j.Group, k}, t.inputs[k]) {
				t.kinds = append(t.kinds, k)
				continue
			}
			for _, e := range u.prev[groupKind{j.Group, k}] {
				u.next[e.Path] = e
				u.res.Unchanged++
			}
		}
		if len(t.kinds) > 0 {
			u.tasks = append(u.tasks, t)
		} else if len(t.inputs) > 0 {
			u.progress(j.Group)
		}
	}
	return nil
}

// upToDate reports whether the previous build made the files of k from
// the same inputs and they are all still there.
func (u *update) upToDate(k groupKind, inputs string) bool {
	es := u.prev[k]
	for _, e := range es {
		if e.Inputs != inputs || !u.out.Holds(e.Path, e.Size) {
			return false
		}
	}
	return len(es) > 0
}

func (u *update) progress(group string) {
	if u.opt.Progress != nil {
		u.opt.Progress(group)
	}
}
