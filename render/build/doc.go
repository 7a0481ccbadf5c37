// Package build turns a personalized content set into the files of one
// brand's output: per series its life-cycle SVG; per module its overview
// and sub-process SVGs, its diagram PDFs on 11x17, US Legal and A3 paper,
// and its Detail and Task Reports as PDF, HTML and CSV; and the brand's
// logo, which the HTML reports show.
//
// The work is cut into jobs (Jobs), one per module, series and brand, each
// declaring the parts of the input it reads (Part). Build makes every
// job's files in memory, so a build can be tested, compared and served
// without touching disk. Update is the incremental build CI runs: each
// file's fingerprint (the hash of its job's parts, see Sums) is recorded
// in the output folder's manifest, a job whose fingerprints are unchanged
// is not run, the others run on a bounded pool and are written in order,
// and outputs no job makes any more are removed; counters say what it did.
//
// Writing and deleting are left to render/publish, whose Dir is the
// Output that Update updates. The package may import every stage before
// it (model, layout, renderers) but never reads content files or brand
// rename tables: the set it gets is already personalized.
package build
