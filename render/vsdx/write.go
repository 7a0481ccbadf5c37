package vsdx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/palette"
)

// Options tune the package; the zero value gives the defaults.
type Options struct {
	// Title names the document in its properties; empty means the first
	// page's module id, or its title.
	Title string
	// Date stamps the zip entries and the document properties. The zero
	// value stamps entries 1980-01-01 (the zip format's first day) and
	// leaves the date out of the properties, so builds are reproducible.
	Date time.Time
}

// zipEpoch is the earliest time a zip entry can hold.
func zipEpoch() time.Time { return time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC) }

// Write writes pages as one Visio document, a page per geom page named by
// its title, drawn in th's colours with th's raster logo. Output is
// byte-identical for the same inputs. Nothing is written when pages is
// empty, which is an error: Visio refuses a document without a page.
func Write(w io.Writer, pages []geom.Page, th geom.Theme, opt Options) error {
	if len(pages) == 0 {
		return errors.New("write vsdx: no pages")
	}
	var buf bytes.Buffer
	if err := writeZip(&buf, packageParts(pages, th, opt), opt.Date); err != nil {
		return fmt.Errorf("write vsdx: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("write vsdx: %w", err)
	}
	return nil
}

// packageParts lays out the whole package in its fixed order: the content
// types first (OPC readers look for them there), the package and document
// plumbing, then the pages, their relationships and the picture.
func packageParts(pages []geom.Page, th geom.Theme, opt Options) []part {
	names := pageNames(pages)
	pic := readLogo(th.Logo)
	pageParts, pageRels, usesPic := drawPages(pages, names, th, pic)
	if !usesPic {
		pic = nil
	}
	parts := []part{
		{"[Content_Types].xml", contentTypes(overrides(len(pages)), pic)},
		{"_rels/.rels", relsPart([]rel{
			{"rId1", relDocument, "visio/document.xml"},
			{"rId2", relCore, "docProps/core.xml"},
			{"rId3", relApp, "docProps/app.xml"},
		})},
		{"docProps/core.xml", coreProps(docTitle(opt, pages), th.Name, opt.Date)},
		{"docProps/app.xml", appProps(names)},
		{"visio/document.xml", documentPart()},
		{"visio/_rels/document.xml.rels", relsPart([]rel{{"rId1", relPages, "pages/pages.xml"}})},
		{"visio/pages/pages.xml", pagesPart(pages, names)},
		{"visio/pages/_rels/pages.xml.rels", relsPart(pageList(len(pages)))},
	}
	parts = append(parts, pageParts...)
	parts = append(parts, pageRels...)
	if pic != nil {
		parts = append(parts, part{pic.partName(), pic.data})
	}
	return parts
}

// drawPages builds every page part, and a relationships part for each page
// that shows the logo; it reports whether any does.
func drawPages(pages []geom.Page, names []string, th geom.Theme, pic *picture) (parts, rels []part, usesPic bool) {
	// The palette resolves the theme the way the PDF renderer does, so the
	// hand-off looks like the printed diagram. Its tints are solid colours:
	// Visio could blend with FillForegndTrans, but a solid colour prints the
	// same everywhere and stays what the user sees in the colour picker.
	pal := palette.New(th)
	links := linkTargets(pages, names)
	for i, p := range pages {
		pb := &pageBuilder{p: p, pal: pal, name: names[i], links: links, logo: pic}
		pb.build()
		name := fmt.Sprintf("page%d.xml", i+1)
		parts = append(parts, part{"visio/pages/" + name, pb.contents()})
		if pb.usesLogo {
			usesPic = true
			rels = append(rels, part{"visio/pages/_rels/" + name + ".rels",
				relsPart([]rel{{logoRel, relImage, "../media/image1." + pic.ext}})})
		}
	}
	return parts, rels, usesPic
}

// overrides name the content type of every part that is not plain XML.
func overrides(pages int) []override {
	list := []override{
		{"docProps/core.xml", ctCore}, {"docProps/app.xml", ctApp},
		{"visio/document.xml", ctDocument}, {"visio/pages/pages.xml", ctPages},
	}
	for i := range pages {
		list = append(list, override{fmt.Sprintf("visio/pages/page%d.xml", i+1), ctPage})
	}
	return list
}

// pageList relates the page list to each page part, rId<n> to page n.
func pageList(pages int) []rel {
	rs := make([]rel, pages)
	for i := range rs {
		rs[i] = rel{"rId" + itoa(i+1), relPage, fmt.Sprintf("page%d.xml", i+1)}
	}
	return rs
}

// writeZip stores the parts deflated, in order, every entry stamped with
// the same time, so the same parts always give the same bytes.
func writeZip(w io.Writer, parts []part, date time.Time) error {
	if date.Before(zipEpoch()) {
		date = zipEpoch()
	}
	zw := zip.NewWriter(w)
	for _, p := range parts {
		h := &zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: date.UTC()}
		f, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := f.Write(p.data); err != nil {
			return err
		}
	}
	return zw.Close()
}
