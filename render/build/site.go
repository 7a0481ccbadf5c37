package build

import (
	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/site"
)

// siteGroup is the job of the static site.
const siteGroup = "site"

// siteJob makes the static site: home, module, role, system, KPI, guide,
// maturity and curriculum pages, the search index and their assets. The
// site lists everything, so it reads the whole set, and it is one job: an
// edit anywhere renders every page again, and only pages whose bytes
// changed are written.
func siteJob(in Input) Job {
	return Job{
		Group: siteGroup, Kinds: []string{"html"},
		Inputs: []Part{PartTool, PartBrand, PartSet, PartTemplates, PartAssessment, PartFormats},
		Make: func([]string) ([]File, error) {
			fs, err := site.Build(site.Input{
				Set: in.Set, Theme: in.Theme, Ruler: in.Ruler, Templates: in.Templates,
				BrandName: in.BrandName, Assessment: in.Assessment,
				Downloads: func(m *blueprints.Module) []site.Download { return Downloads(in, m) },
			})
			if err != nil {
				return nil, err
			}
			files := make([]File, 0, len(fs))
			for _, f := range fs {
				files = append(files, File{Path: f.Path, Data: f.Data, Kind: "html"})
			}
			return files, nil
		},
	}
}
