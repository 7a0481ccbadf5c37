// Package build turns a personalized content set into the files of one
// brand's output, in memory: per series its life-cycle SVG; per module its
// overview and sub-process SVGs, its diagram PDFs on 11x17, US Legal and
// A3 paper, and its Detail and Task Reports as PDF, HTML and CSV; and the
// brand's logo, which the HTML reports show.
//
// Writing is left to render/publish, so a build can be tested, compared and
// served without touching disk. Series and Module each build one unit and
// share nothing mutable, so a caller may run them in parallel; Build runs
// them all and sorts the files by path. The package may import every stage
// before it (model, layout, renderers) but never reads content files or
// brand rename tables: the set it gets is already personalized.
package build
