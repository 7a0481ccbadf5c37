package vsdx

import (
	"time"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// part is one entry of the package: its name inside the zip and its bytes.
type part struct {
	name string
	data []byte
}

// Relationship types and content types of the parts.
const (
	relDocument = "http://schemas.microsoft.com/visio/2010/relationships/document"
	relPages    = "http://schemas.microsoft.com/visio/2010/relationships/pages"
	relPage     = "http://schemas.microsoft.com/visio/2010/relationships/page"
	relCore     = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relImage    = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

	ctDocument = "application/vnd.ms-visio.drawing.main+xml"
	ctPages    = "application/vnd.ms-visio.pages+xml"
	ctPage     = "application/vnd.ms-visio.page+xml"
	ctCore     = "application/vnd.openxmlformats-package.core-properties+xml"
	ctApp      = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	ctRels     = "application/vnd.openxmlformats-package.relationships+xml"
)

// rel is one relationship: its id, type and target, relative to the
// source part's folder.
type rel struct{ id, typ, target string }

func relsPart(rels []rel) []byte {
	x := newXW()
	x.open("Relationships", attr{"xmlns", "http://schemas.openxmlformats.org/package/2006/relationships"})
	for _, r := range rels {
		x.leaf("Relationship", attr{"Id", r.id}, attr{"Type", r.typ}, attr{"Target", r.target})
	}
	x.close("Relationships")
	return x.b
}

// override gives one part its content type by name.
type override struct{ part, contentType string }

// contentTypes declares a type for every part: by extension for the
// relationships, plain XML and the picture, by name for the rest.
func contentTypes(overrides []override, pic *picture) []byte {
	x := newXW()
	x.open("Types", attr{"xmlns", "http://schemas.openxmlformats.org/package/2006/content-types"})
	x.leaf("Default", attr{"Extension", "rels"}, attr{"ContentType", ctRels})
	x.leaf("Default", attr{"Extension", "xml"}, attr{"ContentType", "application/xml"})
	if pic != nil {
		x.leaf("Default", attr{"Extension", pic.ext}, attr{"ContentType", pic.contentType()})
	}
	for _, o := range overrides {
		x.leaf("Override", attr{"PartName", "/" + o.part}, attr{"ContentType", o.contentType})
	}
	x.close("Types")
	return x.b
}

// coreProps names the document and its author (the brand); the date goes
// in only when the caller gives one, so builds stay reproducible.
func coreProps(title, creator string, date time.Time) []byte {
	x := newXW()
	x.open("cp:coreProperties",
		attr{"xmlns:cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"},
		attr{"xmlns:dc", "http://purl.org/dc/elements/1.1/"},
		attr{"xmlns:dcterms", "http://purl.org/dc/terms/"},
		attr{"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"})
	x.elem("dc:title", title)
	if creator != "" {
		x.elem("dc:creator", creator)
	}
	if !date.IsZero() {
		stamp := date.UTC().Format(time.RFC3339)
		x.elem("dcterms:created", stamp, attr{"xsi:type", "dcterms:W3CDTF"})
		x.elem("dcterms:modified", stamp, attr{"xsi:type", "dcterms:W3CDTF"})
	}
	x.close("cp:coreProperties")
	return x.b
}

// appProps says which program wrote the file and lists the page names.
func appProps(names []string) []byte {
	x := newXW()
	x.open("Properties", attr{"xmlns", "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"},
		attr{"xmlns:vt", "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"})
	x.elem("Application", "blueprint")
	x.open("TitlesOfParts")
	x.open("vt:vector", attr{"size", itoa(len(names))}, attr{"baseType", "lpstr"})
	for _, n := range names {
		x.elem("vt:lpstr", n)
	}
	x.close("vt:vector")
	x.close("TitlesOfParts")
	x.close("Properties")
	return x.b
}

// documentPart holds the document-wide settings and the one stylesheet
// every shape names: "No Style", with complete defaults so a shape that
// sets nothing still draws a thin black line and Arial text.
func documentPart() []byte {
	x := newXW()
	x.open("VisioDocument", attr{"xmlns", nsVisio}, attr{"xmlns:r", nsRel}, attr{"xml:space", "preserve"})
	x.open("DocumentSettings", attr{"TopPage", "0"}, attr{"DefaultTextStyle", "0"},
		attr{"DefaultLineStyle", "0"}, attr{"DefaultFillStyle", "0"}, attr{"DefaultGuideStyle", "0"})
	x.elem("GlueSettings", "9")
	x.elem("SnapSettings", "65847")
	x.elem("SnapExtensions", "34")
	x.elem("DynamicGridEnabled", "1")
	x.close("DocumentSettings")
	x.open("Colors")
	x.leaf("ColorEntry", attr{"IX", "0"}, attr{"RGB", "#000000"})
	x.leaf("ColorEntry", attr{"IX", "1"}, attr{"RGB", "#FFFFFF"})
	x.close("Colors")
	x.open("FaceNames")
	x.leaf("FaceName", attr{"NameU", fontName}, attr{"Name", fontName})
	x.close("FaceNames")
	x.open("StyleSheets")
	x.open("StyleSheet", attr{"ID", "0"}, attr{"NameU", "No Style"}, attr{"Name", "No Style"})
	x.writeCells(noStyleCells())
	x.writeSection(section{n: "Character", ix: -1, rows: []row{{ix: 0, cells: []cell{
		val("Font", fontName), val("Color", "#000000"), val("Style", "0"), ptCell("Size", 8),
	}}}})
	x.writeSection(section{n: "Paragraph", ix: -1, rows: []row{{ix: 0, cells: []cell{val("HorzAlign", "1")}}}})
	x.close("StyleSheet")
	x.close("StyleSheets")
	x.close("VisioDocument")
	return x.b
}

func noStyleCells() []cell {
	return []cell{
		val("EnableLineProps", "1"), val("EnableFillProps", "1"), val("EnableTextProps", "1"),
		ptCell("LineWeight", 0.75), val("LineColor", "#000000"), val("LinePattern", "1"),
		val("FillForegnd", "#FFFFFF"), val("FillBkgnd", "#FFFFFF"), val("FillPattern", "1"),
		val("ShdwPattern", "0"), val("VerticalAlign", "1"),
		ptCell("LeftMargin", 2), ptCell("RightMargin", 2), ptCell("TopMargin", 2), ptCell("BottomMargin", 2),
	}
}

// docTitle is what the document is called: the caller's title, else the
// first page's module, else its title.
func docTitle(opt Options, pages []geom.Page) string {
	if opt.Title != "" {
		return opt.Title
	}
	if len(pages) > 0 && pages[0].Module != "" {
		return pages[0].Module
	}
	if len(pages) > 0 {
		return pages[0].Title
	}
	return ""
}
