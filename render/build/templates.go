package build

import (
	"fmt"
	"io/fs"
)

// withTemplates adds PartTemplates to s: the path and bytes of every file
// of the user's templates folder, in the sorted order fs.WalkDir gives,
// so renaming a file changes it as editing one does. Without a folder
// the part is empty; the embedded templates are part of the tool.
func withTemplates(s *Sums, fsys fs.FS) (*Sums, error) {
	var data [][]byte
	if fsys != nil {
		err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(fsys, p)
			if err != nil {
				return err
			}
			data = append(data, []byte(p), b)
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("site templates: %w", err)
		}
	}
	return s.With(PartTemplates, data...), nil
}
