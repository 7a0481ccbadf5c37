package build

import (
	"bytes"
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/assess"
	"github.com/blueprint-tools/blueprint/render/doc"
	"github.com/blueprint-tools/blueprint/render/kit"
	"github.com/blueprint-tools/blueprint/render/naming"
	"github.com/blueprint-tools/blueprint/render/pdf"
)

// printJobs are the brand's printed documents that belong to no module:
// the maturity matrix of each model when the brand recorded an
// assessment, and the syllabus of each curriculum. They name modules,
// roles and KPIs from any catalogue, so they read the whole set.
func printJobs(in Input) []Job {
	if !in.wants("pdf") {
		return nil
	}
	var jobs []Job
	if in.Assessment != nil {
		for _, m := range in.Set.Maturity {
			jobs = append(jobs, printJob(in, "maturity/"+m.ID, MatrixPath(m), func() doc.Report {
				return kit.Matrix(in.Set, assess.Score(m, assess.InPlace(in.Assessment)), in.Assessment, in.brandName())
			}))
		}
	}
	for _, c := range in.Set.Curricula {
		jobs = append(jobs, printJob(in, "curriculum/"+c.ID, SyllabusPath(c), func() doc.Report {
			return kit.Syllabus(in.Set, c, in.brandName())
		}))
	}
	return jobs
}

// printJob makes one report PDF, landscape on the brand's report paper
// as `blueprint assess --pdf` prints the matrix.
func printJob(in Input, group, path string, report func() doc.Report) Job {
	return Job{
		Group: group, Kinds: []string{"pdf"}, Inputs: []Part{PartTool, PartBrand, PartSet, PartAssessment},
		Make: func([]string) ([]File, error) {
			var buf bytes.Buffer
			opt := pdf.Options{Paper: in.Paper, Landscape: true, Author: in.Theme.Name, Date: in.Date, Fonts: in.Ruler}
			if err := pdf.Report(&buf, report(), in.Theme, opt); err != nil {
				return nil, fmt.Errorf("render %s: %w", path, err)
			}
			return []File{{Path: path, Data: buf.Bytes(), Kind: "pdf"}}, nil
		},
	}
}

// MatrixPath is where a maturity model's matrix, scored against the
// brand's assessment, goes: "msp-maturity-matrix.pdf".
func MatrixPath(m *blueprints.MaturityModel) string {
	return naming.Slug(m.ID) + "-maturity-matrix.pdf"
}

// SyllabusPath is where a curriculum's syllabus goes.
func SyllabusPath(c *blueprints.Curriculum) string { return naming.Slug(c.ID) + "-syllabus.pdf" }
