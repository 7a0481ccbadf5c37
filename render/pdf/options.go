package pdf

import (
	"fmt"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Options set the paper and the document's metadata; the zero value gives
// the defaults.
type Options struct {
	// Paper names the paper size. Diagrams print landscape on "tabloid"
	// (11x17 in, the default), "legal" or "a3"; reports print portrait on
	// "letter" (the default) or "a4". Case does not matter.
	Paper string
	// Landscape turns a report's sheet sideways, for reports whose tables
	// have many columns (the Task Report). Diagrams always print landscape.
	Landscape bool
	// Title and Author go into the document's information dictionary;
	// an empty Title falls back to the first page's or the report's title.
	Title  string
	Author string
	// Date is the creation and modification date written into the file.
	// The caller derives it from SOURCE_DATE_EPOCH or a fixed epoch; the
	// zero value means 2000-01-01T00:00:00Z, never the clock, so the same
	// inputs give the same bytes.
	Date time.Time
	// Fonts is the ruler the layout measured the text with; its regular
	// and bold TrueType files are embedded, so every line is exactly as
	// wide as measured. Nil means measure.Default(), the Go fonts.
	Fonts *measure.Ruler
}

// paper is a sheet size in points, as it lies: width across, height down.
type paper struct {
	name string
	w, h float64
}

// diagramPapers are the landscape sheets diagrams print on, the default
// first: geom's list, which layout paginates for.
func diagramPapers() []paper {
	var out []paper
	for _, p := range geom.DiagramPapers() {
		out = append(out, paper{p.Name, p.W, p.H})
	}
	return out
}

// reportPapers are the portrait sheets reports print on, the default first.
func reportPapers() []paper {
	return []paper{{"letter", 612, 792}, {"a4", 595.28, 841.89}}
}

// findPaper looks name up in papers; an empty name is the first of them.
func findPaper(name string, papers []paper) (paper, error) {
	name = strings.ToLower(strings.TrimSpace(name))
	if name == "" {
		return papers[0], nil
	}
	names := make([]string, 0, len(papers))
	for _, p := range papers {
		if p.name == name {
			return p, nil
		}
		names = append(names, fmt.Sprintf("%q", p.name))
	}
	return paper{}, fmt.Errorf("unknown paper %q (want %s)", name, strings.Join(names, ", "))
}

// date is the fixed date written into the file, in UTC so the text of the
// date does not depend on the machine's time zone.
func (o Options) date() time.Time {
	if o.Date.IsZero() {
		return time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	}
	return o.Date.UTC()
}

// ruler is the ruler whose fonts are embedded.
func (o Options) ruler() *measure.Ruler {
	if o.Fonts != nil {
		return o.Fonts
	}
	return measure.Default()
}
