package vsdx

import (
	"fmt"
	"strings"

	"github.com/blueprint-tools/blueprint/render/geom"
)

// pageNames gives every page the name Visio shows on its tab: its title,
// with "(n of m)" when a map runs over several pages, made unique because
// Visio refuses two pages of one name.
func pageNames(pages []geom.Page) []string {
	names := make([]string, len(pages))
	taken := map[string]bool{}
	for i, p := range pages {
		base := strings.Join(strings.Fields(p.Title), " ")
		if base == "" {
			base = strings.TrimSpace(p.ID)
		}
		if base == "" {
			base = "Page"
		}
		if p.Of > 1 {
			base += fmt.Sprintf(" (%d of %d)", p.Number, p.Of)
		}
		name := base
		for n := 2; taken[strings.ToLower(name)]; n++ {
			name = fmt.Sprintf("%s (%d)", base, n)
		}
		taken[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}

// linkTargets maps what a box's Link may name to the page it leads to: a
// page id wins over a sub-process id (its first page), which wins over a
// module id (its overview), as in the PDF.
func linkTargets(pages []geom.Page, names []string) map[string]string {
	t := map[string]string{}
	add := func(key, name string) {
		if _, taken := t[key]; key != "" && !taken {
			t[key] = name
		}
	}
	for i, p := range pages {
		add(p.ID, names[i])
	}
	for i, p := range pages {
		if p.Kind == geom.KindSubprocess {
			add(p.Subprocess, names[i])
		}
	}
	for i, p := range pages {
		if p.Kind == geom.KindOverview {
			add(p.Module, names[i])
		}
	}
	return t
}

// pagesPart lists the pages with their size and layers; each page's
// shapes live in its own part, reached through relationship rId<n>.
func pagesPart(pages []geom.Page, names []string) []byte {
	x := newXW()
	x.open("Pages", attr{"xmlns", nsVisio}, attr{"xmlns:r", nsRel}, attr{"xml:space", "preserve"})
	for i, p := range pages {
		w, h := inch(p.Width), inch(p.Height)
		x.open("Page", attr{"ID", itoa(i)}, attr{"NameU", names[i]}, attr{"Name", names[i]},
			attr{"ViewScale", "-1"}, attr{"ViewCenterX", num(w / 2)}, attr{"ViewCenterY", num(h / 2)})
		x.open("PageSheet", attr{"LineStyle", "0"}, attr{"FillStyle", "0"}, attr{"TextStyle", "0"})
		x.writeCells(pageCells(w, h))
		x.writeSection(layerSection())
		x.close("PageSheet")
		x.leaf("Rel", attr{"r:id", "rId" + itoa(i+1)})
		x.close("Page")
	}
	x.close("Pages")
	return x.b
}

// pageCells size a page to its drawing, one inch per 72 points, printed
// landscape at scale 1.
func pageCells(w, h float64) []cell {
	return []cell{
		numCell("PageWidth", w), numCell("PageHeight", h),
		ptCell("ShdwOffsetX", 0), ptCell("ShdwOffsetY", 0),
		{n: "PageScale", v: "1", u: "IN_F"}, {n: "DrawingScale", v: "1", u: "IN_F"},
		val("DrawingSizeType", "3"), val("DrawingScaleType", "0"),
		val("InhibitSnap", "0"), val("PrintPageOrientation", "2"),
		val("RouteStyle", "1"), val("LineRouteExt", "1"),
	}
}

// layerSection declares the page's layers, all visible, printed and
// unlocked.
func layerSection() section {
	sec := section{n: "Layer", ix: -1}
	for i, name := range layerNames() {
		sec.rows = append(sec.rows, row{ix: i, cells: []cell{
			val("Name", name), val("NameUniv", name), val("Color", "255"), val("Status", "0"),
			val("Visible", "1"), val("Print", "1"), val("Active", "0"), val("Lock", "0"),
			val("Snap", "1"), val("Glue", "1"), val("ColorTrans", "0"),
		}})
	}
	return sec
}
