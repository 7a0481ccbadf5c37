package build

import (
	"bytes"
	"fmt"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/pdf"
)

// diagramPDFs draws the module's diagrams as one PDF per diagram paper
// (geom.DiagramPapers: tabloid, legal and A3).
func (mb *moduleBuild) diagramPDFs() ([]File, error) {
	var files []File
	for _, p := range geom.DiagramPapers() {
		path := DiagramPDFPath(mb.m, p.Name)
		var buf bytes.Buffer
		if err := pdf.Diagrams(&buf, mb.printPages(p), mb.in.Theme, mb.pdfOptions(p.Name)); err != nil {
			return nil, fmt.Errorf("render %s: %w", path, err)
		}
		files = append(files, File{Path: path, Data: buf.Bytes(), Kind: "pdf"})
	}
	return files, nil
}

// pdfOptions are the document settings of every PDF of the module: the
// module's id and title as its title, the brand as its author.
func (mb *moduleBuild) pdfOptions(paper string) pdf.Options {
	return pdf.Options{
		Paper:  paper,
		Title:  mb.title(),
		Author: mb.in.Theme.Name,
		Date:   mb.in.Date,
		Fonts:  mb.in.Ruler,
	}
}
