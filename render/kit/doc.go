// Package kit builds the deployment kit of a module, the files a provider
// uses to put a blueprint module to work: a workshop agenda (Markdown),
// timed per sub-process with the roles to invite; a project plan (CSV) that
// Microsoft Project and spreadsheets import, one row per task grouped by
// sub-process, with its role, its predecessors from the flow and its
// duration when the task gives one; and a checklist per role (Markdown and
// CSV).
//
// It also builds the printable documents of the maturity model and the
// curriculum as doc.Reports, which render/pdf draws: the self-assessment
// matrix (Matrix) and the syllabus (Syllabus).
//
// Everything is built from the personalized set, so role, system and
// document names are the brand's. The package reads the model
// (blueprints) and the scores of blueprints/assess, and names {kind:id}
// references through render/markdown. It must not import the
// loader, the validator, layout or another renderer, and it never touches
// files: it returns bytes, which the build writes.
package kit
