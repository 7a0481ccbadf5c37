package build

import (
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Job makes the files of one group of outputs that share their inputs: a
// module's deliverables, a series' life cycle, the brand's logo. The
// site's pages can join as jobs of their own, each declaring the parts it
// reads.
type Job struct {
	// Group names the job, unique in a build: "module/MSP-11b",
	// "series/msp", "brand". The manifest records it with each file, and
	// shards split the work by it.
	Group string
	// Kinds are the kinds of file the job makes (see Formats).
	Kinds []string
	// Inputs are the parts its files are made from; see Part.
	Inputs []Part
	// Make makes the job's files of the given kinds, some of Kinds. It
	// reads its input and changes nothing, so jobs run in parallel.
	Make func(kinds []string) ([]File, error)
}

// moduleGroup is the group of a module's job.
const moduleGroup = "module/"

// IsModuleGroup reports whether group is a module's job, the unit that
// progress counts.
func IsModuleGroup(group string) bool { return strings.HasPrefix(group, moduleGroup) }

// Jobs lists the jobs of a build of in, sorted by group: the brand's logo
// (for the HTML reports), each series' life cycle and each module's
// deliverables, each making the kinds in.Formats asks for. A job with
// nothing to make is left out.
func Jobs(in Input) []Job {
	var jobs []Job
	if in.wants("html") && LogoPath(in.Theme) != "" {
		jobs = append(jobs, Job{
			Group: "brand", Kinds: []string{"html"}, Inputs: []Part{PartTool, PartBrand},
			Make: func([]string) ([]File, error) { return brandFiles(in.Theme), nil },
		})
	}
	for _, s := range in.Set.Series {
		if len(in.drawingKinds()) > 0 {
			jobs = append(jobs, seriesJob(in, s))
		}
	}
	for _, m := range in.Set.Modules {
		if len(in.kinds()) > 0 {
			jobs = append(jobs, moduleJob(in, m))
		}
	}
	if in.wants("html") {
		jobs = append(jobs, siteJob(in))
	}
	jobs = append(jobs, printJobs(in)...)
	slices.SortFunc(jobs, func(a, b Job) int { return strings.Compare(a.Group, b.Group) })
	return jobs
}

// seriesJob draws the life cycle, which shows the series and the title and
// summary of every module its phases list.
func seriesJob(in Input, s *blueprints.Series) Job {
	parts := []Part{PartTool, PartBrand, SeriesPart(s.ID)}
	for _, ph := range s.Phases {
		for _, pm := range ph.Modules {
			parts = append(parts, TitlePart(pm.Module.ID))
		}
	}
	return Job{
		Group: "series/" + s.ID, Kinds: in.drawingKinds(), Inputs: parts,
		Make: func(kinds []string) ([]File, error) { return Series(in.only(kinds), s) },
	}
}

// moduleJob makes a module's deliverables. Besides the module they read
// its catalogue, every series (a related module that is only planned is
// named from its phase) and the titles of the modules it names.
func moduleJob(in Input, m *blueprints.Module) Job {
	parts := []Part{PartTool, PartBrand, ModulePart(m.ID), CataloguePart(m.Series.ID), PartSeries}
	for _, r := range m.Related {
		parts = append(parts, TitlePart(r.ID))
	}
	for _, sp := range m.Subprocesses {
		for _, t := range sp.Tasks {
			if t.Target.ID != "" {
				parts = append(parts, TitlePart(t.Target.ID))
			}
		}
	}
	return Job{
		Group: moduleGroup + m.ID, Kinds: in.kinds(), Inputs: parts,
		Make: func(kinds []string) ([]File, error) { return Module(in.only(kinds), m) },
	}
}

// drawingKinds are the kinds of drawing in asks for, which a series' job
// makes of its life cycle.
func (in Input) drawingKinds() []string {
	var out []string
	for _, k := range drawingKinds {
		if in.wants(k) {
			out = append(out, k)
		}
	}
	return out
}
