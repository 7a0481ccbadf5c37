package build

import (
	"bytes"
	"fmt"
	"sort"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/layout"
	"github.com/blueprint-tools/blueprint/render/measure"
	"github.com/blueprint-tools/blueprint/render/svg"
)

// File is one output file, its path relative to the brand's output folder.
type File struct {
	Path string
	Data []byte
}

// Input is what a build needs: the personalized set, the brand's theme and
// the ruler that measures text in the brand's fonts.
type Input struct {
	Set   *blueprints.Set
	Theme geom.Theme
	Ruler *measure.Ruler
}

// Diagrams lays out and renders every diagram of the set as SVG: per
// series its life cycle, per module its overview and one map per
// sub-process. Files come back sorted by path.
func Diagrams(in Input) ([]File, error) {
	opt := layout.Options{Brand: in.Theme.Name}
	var files []File
	add := func(path string, p geom.Page) error {
		var buf bytes.Buffer
		if err := svg.Render(&buf, p, in.Theme, svg.Options{}); err != nil {
			return fmt.Errorf("render %s: %w", path, err)
		}
		files = append(files, File{Path: path, Data: buf.Bytes()})
		return nil
	}
	for _, s := range in.Set.Series {
		if err := add(LifecyclePath(s), layout.Lifecycle(in.Set, s, in.Ruler, opt)); err != nil {
			return nil, err
		}
	}
	for _, m := range in.Set.Modules {
		sc := blueprints.NewScope(in.Set, m)
		if err := add(OverviewPath(m), layout.Overview(sc, m, in.Ruler, opt)); err != nil {
			return nil, err
		}
		for _, sp := range m.Subprocesses {
			if err := add(SubprocessPath(m, sp), layout.Subprocess(sc, m, sp, in.Ruler, opt)); err != nil {
				return nil, err
			}
		}
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Path < files[j].Path })
	return files, nil
}
