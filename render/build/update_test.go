package build

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/blueprint-tools/blueprint/render/publish"
)

// svgInput is the shipped content for brand, SVGs only: the cheap kind,
// enough for what does not depend on the format.
func svgInput(t *testing.T, brand string) Input {
	in := shippedInput(t, brand)
	in.Formats = []string{"svg"}
	return in
}

// mustUpdate runs Update into root and fails the test on an error.
func mustUpdate(t *testing.T, in Input, root string, opt Options) Result {
	t.Helper()
	res, err := Update(context.Background(), in, publish.New(root), opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// tree reads every file below root, by slash-separated relative path.
func tree(t *testing.T, root string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		out[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func names(files map[string][]byte) []string {
	var ns []string
	for n := range files {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

// sameTree fails unless two folders hold the same files with the same bytes.
func sameTree(t *testing.T, a, b string) {
	t.Helper()
	x, y := tree(t, a), tree(t, b)
	if !slices.Equal(names(x), names(y)) {
		t.Fatalf("folders differ:\n%v\n%v", names(x), names(y))
	}
	for n, data := range x {
		if !bytes.Equal(data, y[n]) {
			t.Errorf("%s differs", n)
		}
	}
}

func TestSecondUpdateDoesNothing(t *testing.T) {
	in := shippedInput(t, "northwind")
	all, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	first := mustUpdate(t, in, root, Options{})
	if want := (Counters{Rendered: len(all), Written: len(all)}); first.Counters != want {
		t.Errorf("first build %+v, want %+v", first.Counters, want)
	}
	manifest, _ := os.Stat(filepath.Join(root, publish.ManifestName))
	second := mustUpdate(t, in, root, Options{})
	if want := (Counters{Unchanged: len(all)}); second.Counters != want {
		t.Errorf("second build %+v, want %+v", second.Counters, want)
	}
	if after, _ := os.Stat(filepath.Join(root, publish.ManifestName)); !os.SameFile(manifest, after) {
		t.Error("an unchanged build rewrote the manifest")
	}
	for _, f := range all {
		if got := tree(t, root)[f.Path]; !bytes.Equal(got, f.Data) {
			t.Errorf("%s on disk differs from Build's", f.Path)
		}
	}
}

// moduleFiles counts the files of a module's job in a manifest.
func moduleFiles(t *testing.T, root, group string) []string {
	t.Helper()
	m, err := publish.New(root).ReadManifest()
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, e := range m.Files {
		if e.Group == group {
			paths = append(paths, e.Path)
		}
	}
	return paths
}

func TestEditRebuildsOneModule(t *testing.T) {
	root := t.TempDir()
	mustUpdate(t, shippedInput(t, "default"), root, Options{})
	in := shippedInput(t, "default")
	in.Set.Modules[2].Subprocesses[1].Tasks[1].Label = "Confirm the end date"
	var done []string
	res := mustUpdate(t, in, root, Options{Progress: func(g string) { done = append(done, g) }})
	// The module's files are made again, and those of the jobs that read
	// the whole set: the site and the syllabus.
	own := moduleFiles(t, root, "module/MSP-11b")
	again := len(own)
	for _, j := range Jobs(in) {
		if readsWholeSet(j.Group) {
			again += len(moduleFiles(t, root, j.Group))
		}
	}
	if res.Rendered != again || res.Removed != 0 {
		t.Errorf("%+v: want the %d files of MSP-11b and the site made again, nothing removed", res.Counters, again)
	}
	if res.Written == 0 || res.Written+res.Unchanged != len(tree(t, root))-1 {
		t.Errorf("%+v: want some written, the rest unchanged", res.Counters)
	}
	if len(done) != len(Jobs(in)) || !slices.Contains(done, "module/MSP-11b") {
		t.Errorf("progress %v: want every job", done)
	}
}

func TestRenamedOutputsAreReplaced(t *testing.T) {
	root := t.TempDir()
	mustUpdate(t, svgInput(t, "default"), root, Options{})
	in := svgInput(t, "default")
	sp := in.Set.Modules[0].Subprocesses[0]
	old := SubprocessPath(in.Set.Modules[0], sp)
	sp.Title = "Renamed"
	res := mustUpdate(t, in, root, Options{})
	files := tree(t, root)
	if _, ok := files[old]; ok || res.Removed != 1 {
		t.Errorf("%+v: %s should be gone", res.Counters, old)
	}
	if _, ok := files[SubprocessPath(in.Set.Modules[0], sp)]; !ok {
		t.Errorf("renamed map not written")
	}
}

func TestDeletedModuleIsRemovedAndNothingElse(t *testing.T) {
	root := t.TempDir()
	mustUpdate(t, svgInput(t, "default"), root, Options{})
	mine := map[string]string{"notes.txt": "mine", "MSP-01g/my-notes.txt": "mine too", publish.ManifestName + ".bak": "x"}
	for name, data := range mine {
		if err := os.WriteFile(filepath.Join(root, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in := svgInput(t, "default")
	gone := moduleFiles(t, root, "module/MSP-11b")
	in.Set.Modules = in.Set.Modules[:2]
	res := mustUpdate(t, in, root, Options{})
	files := tree(t, root)
	if res.Removed != len(gone) {
		t.Errorf("%+v: want the %d files of MSP-11b removed", res.Counters, len(gone))
	}
	for _, p := range gone {
		if _, ok := files[p]; ok {
			t.Errorf("%s is still there", p)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "MSP-11b")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("the emptied folder MSP-11b is still there: %v", err)
	}
	for name, data := range mine {
		if string(files[name]) != data {
			t.Errorf("the user's %s was touched", name)
		}
	}
}

func TestEditedOutputIsKept(t *testing.T) {
	root := t.TempDir()
	mustUpdate(t, svgInput(t, "default"), root, Options{})
	in := svgInput(t, "default")
	path := LifecyclePath(in.Set.Series[0])
	if err := os.WriteFile(filepath.Join(root, path), []byte("<svg>mine</svg>"), 0o644); err != nil {
		t.Fatal(err)
	}
	in.Set.Series = nil
	res := mustUpdate(t, in, root, Options{})
	if !slices.Equal(res.Kept, []string{path}) || res.Removed != 0 {
		t.Errorf("%+v, kept %v: want the edited %s kept", res.Counters, res.Kept, path)
	}
	if string(tree(t, root)[path]) != "<svg>mine</svg>" {
		t.Error("the edited file was changed")
	}
}

// failing is an output whose writes fail after the first n.
type failing struct {
	*publish.Dir
	n int
}

func (f *failing) Write(rel string, data []byte) (bool, error) {
	if f.n == 0 {
		return false, errors.New("no space left on device")
	}
	f.n--
	return f.Dir.Write(rel, data)
}

// TestKilledBuildLeavesOutputsWhole fails the writes part-way through a
// build that changes every file, then checks that each file holds either
// its old bytes or its new ones, and that the next build finishes the
// work without making again what was done.
func TestKilledBuildLeavesOutputsWhole(t *testing.T) {
	root := t.TempDir()
	old := svgInput(t, "default")
	mustUpdate(t, old, root, Options{})
	in := svgInput(t, "default")
	in.Theme.Colors["primary"] = "#000000"
	before, after := buildMap(t, old), buildMap(t, in)
	_, err := Update(context.Background(), in, &failing{Dir: publish.New(root), n: 12}, Options{Pool: NewPool(3)})
	if err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("err = %v", err)
	}
	for name, data := range tree(t, root) {
		if name != publish.ManifestName && !bytes.Equal(data, before[name]) && !bytes.Equal(data, after[name]) {
			t.Errorf("%s is neither old nor new", name)
		}
		if strings.Contains(name, ".tmp-") {
			t.Errorf("temporary file %s left", name)
		}
	}
	res := mustUpdate(t, in, root, Options{})
	if res.Rendered == 0 || res.Rendered >= len(after) {
		t.Errorf("%+v: want only the unfinished jobs made again", res.Counters)
	}
	fresh := t.TempDir()
	mustUpdate(t, in, fresh, Options{})
	sameTree(t, root, fresh)
}

func buildMap(t *testing.T, in Input) map[string][]byte {
	t.Helper()
	files, err := Build(in)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, f := range files {
		out[f.Path] = f.Data
	}
	return out
}

func TestShardsAddUpToTheWholeBuild(t *testing.T) {
	in := svgInput(t, "northwind")
	split, whole := t.TempDir(), t.TempDir()
	sizes := 0
	for i := 1; i <= 3; i++ {
		res := mustUpdate(t, in, split, Options{Shard: Shard{i, 3}})
		if res.Removed != 0 || res.Unchanged != 0 {
			t.Errorf("shard %d/3: %+v, want nothing of the other shards touched", i, res.Counters)
		}
		sizes += res.Rendered
	}
	all := mustUpdate(t, in, whole, Options{})
	if sizes != all.Rendered {
		t.Errorf("shards made %d files, the whole build %d", sizes, all.Rendered)
	}
	sameTree(t, split, whole)
	again := mustUpdate(t, in, split, Options{Shard: Shard{2, 3}})
	if again.Rendered != 0 || again.Removed != 0 {
		t.Errorf("shard 2/3 again: %+v", again.Counters)
	}
}

func TestFormatsLeaveOtherKindsAlone(t *testing.T) {
	root := t.TempDir()
	in := shippedInput(t, "default")
	in.Formats = []string{"svg", "csv"}
	mustUpdate(t, in, root, Options{})
	in.Formats = []string{"svg"}
	res := mustUpdate(t, in, root, Options{})
	if res.Rendered != 0 || res.Removed != 0 {
		t.Errorf("svg after svg,csv: %+v, want nothing made or removed", res.Counters)
	}
	in.Formats = nil
	res = mustUpdate(t, in, root, Options{})
	if res.Rendered == 0 || res.Unchanged == 0 {
		t.Errorf("every kind after svg,csv: %+v, want the other kinds made, svg and csv unchanged", res.Counters)
	}
}

func TestForceMakesAllWritesNothing(t *testing.T) {
	root := t.TempDir()
	in := svgInput(t, "default")
	first := mustUpdate(t, in, root, Options{})
	res := mustUpdate(t, in, root, Options{Force: true})
	if want := (Counters{Rendered: first.Rendered, Unchanged: first.Rendered}); res.Counters != want {
		t.Errorf("forced: %+v, want %+v", res.Counters, want)
	}
}

func TestMissingOutputIsMadeAgain(t *testing.T) {
	root := t.TempDir()
	in := svgInput(t, "default")
	mustUpdate(t, in, root, Options{})
	path := OverviewPath(in.Set.Modules[1])
	if err := os.Remove(filepath.Join(root, path)); err != nil {
		t.Fatal(err)
	}
	res := mustUpdate(t, in, root, Options{})
	if res.Written != 1 || res.Rendered != len(moduleFiles(t, root, "module/MSP-05h")) {
		t.Errorf("%+v: want MSP-05h made again and its missing overview written", res.Counters)
	}
}

func TestBadManifestRebuildsAndRemovesNothing(t *testing.T) {
	root := t.TempDir()
	in := svgInput(t, "default")
	mustUpdate(t, in, root, Options{})
	if err := os.WriteFile(filepath.Join(root, publish.ManifestName), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	kept := OverviewPath(in.Set.Modules[2])
	in.Set.Modules = in.Set.Modules[:2]
	res := mustUpdate(t, in, root, Options{})
	if res.Warning == "" || res.Removed != 0 || res.Rendered != res.Written+res.Unchanged {
		t.Errorf("%+v %q: want a warning, everything made, nothing removed", res.Counters, res.Warning)
	}
	if _, ok := tree(t, root)[kept]; !ok {
		t.Errorf("%s was removed, though no readable manifest lists it", kept)
	}
}

// TestWritesDoNotDependOnScheduling builds with one worker and with many
// and compares the folders, manifest included.
func TestWritesDoNotDependOnScheduling(t *testing.T) {
	in := svgInput(t, "northwind")
	a, b := t.TempDir(), t.TempDir()
	mustUpdate(t, in, a, Options{Pool: NewPool(1)})
	mustUpdate(t, in, b, Options{Pool: NewPool(8)})
	sameTree(t, a, b)
}

func TestParseShard(t *testing.T) {
	for s, want := range map[string]Shard{"1/1": {1, 1}, "2/4": {2, 4}, " 3 / 3 ": {3, 3}} {
		if got, err := ParseShard(s); err != nil || got != want {
			t.Errorf("ParseShard(%q) = %v, %v", s, got, err)
		}
	}
	for _, s := range []string{"", "1", "0/2", "3/2", "1/0", "a/b", "1/2/3", "-1/2"} {
		if _, err := ParseShard(s); err == nil {
			t.Errorf("ParseShard(%q): no error", s)
		}
	}
	var owners []int
	for _, g := range []string{"module/A", "module/B", "series/x", "brand"} {
		n := 0
		for i := 1; i <= 4; i++ {
			if (Shard{i, 4}).Owns(g) {
				n++
			}
		}
		owners = append(owners, n)
	}
	if !slices.Equal(owners, []int{1, 1, 1, 1}) {
		t.Errorf("each group must belong to exactly one shard: %v", owners)
	}
}

// TestCancelledBuildSavesItsWork cancels a build after its first module:
// Update stops, records what it wrote, and the next build makes only the
// rest.
func TestCancelledBuildSavesItsWork(t *testing.T) {
	in, root := svgInput(t, "northwind"), t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	progress := func(g string) {
		if IsModuleGroup(g) {
			cancel()
		}
	}
	res, err := Update(ctx, in, publish.New(root), Options{Pool: NewPool(1), Progress: progress})
	if !errors.Is(err, context.Canceled) || res.Rendered == 0 {
		t.Fatalf("%+v, %v: want some files made, then context.Canceled", res.Counters, err)
	}
	again := mustUpdate(t, in, root, Options{})
	all, _ := Build(in)
	if again.Rendered+res.Rendered != len(all) || again.Removed != 0 {
		t.Errorf("first %+v, then %+v: want the %d files made once in all", res.Counters, again.Counters, len(all))
	}
}
