package build

import (
	"strings"

	"github.com/blueprint-tools/blueprint/render/kit"
)

// kit writes the module's deployment kit under its folder's kit/: the
// workshop agenda, the project plan and a checklist per role.
func (mb *moduleBuild) kit() ([]File, error) {
	ks, err := kit.Files(mb.in.Set, mb.m, mb.in.brandName())
	if err != nil {
		return nil, err
	}
	files := make([]File, 0, len(ks))
	for _, k := range ks {
		files = append(files, File{Path: k.Path, Data: k.Data, Kind: "kit"})
	}
	return files, nil
}

// brandName is the provider's display name, as documents address it.
func (in Input) brandName() string {
	if n := strings.TrimSpace(in.BrandName); n != "" {
		return n
	}
	return in.Theme.Name
}
