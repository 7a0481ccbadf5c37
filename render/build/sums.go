package build

import (
	"encoding/hex"
	"reflect"
	"runtime"
	"slices"
	"sync"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"

	"github.com/blueprint-tools/blueprint/render/layout"
)

// Sum is a SHA-256 fingerprint.
type Sum [32]byte

// String is the fingerprint in hex, as the manifest stores it.
func (s Sum) String() string { return hex.EncodeToString(s[:]) }

// Part names one input that a job's files may be made from. A job
// declares the parts it reads (Job.Inputs), and its fingerprint is the
// hash of those parts, so it is rebuilt when one of them changes and only
// then. A site page that lists every module declares PartTitles; a module
// page declares its module, catalogue and series.
type Part string

// The parts of a build's input that are not one value of the set.
const (
	// PartTool is the program that makes the files (Input.Tool).
	PartTool Part = "tool"
	// PartBrand is everything of the brand besides names, which are in
	// the set already: theme (name, colours, logos), fonts, report paper,
	// the PDFs' date, and the layout's choices.
	PartBrand Part = "brand"
	// PartTitles is the id, title and summary of every module, in the
	// set's order: what a list of modules shows.
	PartTitles Part = "titles"
	// PartSeries is every series: titles, phases and planned modules.
	PartSeries Part = "series"
	// PartGuides is every guide.
	PartGuides Part = "guides"
	// PartMaturity is every maturity model.
	PartMaturity Part = "maturity"
	// PartCurricula is every curriculum.
	PartCurricula Part = "curricula"
	// PartTemplates is the user's site templates (Input.Templates),
	// added by NewSums with With.
	PartTemplates Part = "templates"
	// PartAssessment is the brand's self-assessment.
	PartAssessment Part = "assessment"
	// PartFormats is the kinds of file the build makes, which decide
	// what the site offers for download.
	PartFormats Part = "formats"
	// PartSet is the whole personalized set, fields added later included:
	// the safe choice for an output that reads all of it, such as a
	// search index. It is hashed only when a job declares it.
	PartSet Part = "set"
)

// ModulePart is all of one module, as personalized.
func ModulePart(id string) Part { return Part("module/" + id) }

// TitlePart is one module's id, title and summary.
func TitlePart(id string) Part { return Part("title/" + id) }

// SeriesPart is one series.
func SeriesPart(id string) Part { return Part("series/" + id) }

// CataloguePart is the catalogue of one series.
func CataloguePart(series string) Part { return Part("catalogue/" + series) }

// GuidePart is one guide.
func GuidePart(id string) Part { return Part("guide/" + id) }

// Sums holds the fingerprint of every part of one brand's input, each
// hashed once. Its parts do not change after NewSums (With makes a copy),
// so workers may read it at once.
type Sums struct {
	parts map[Part]Sum
	// set is hashed on first use, for PartSet, as few jobs read it all.
	set     *blueprints.Set
	setOnce sync.Once
	setSum  Sum
	setErr  error
}

// NewSums fingerprints every part of in: the set's series, catalogues,
// modules, titles and guides from their values in a canonical encoding
// (see canon), the brand from its theme, fonts and settings, and the tool
// from in.Tool. Parts are hashed on every core: on a no-op rebuild of a
// large library this is, after loading, most of the work.
func NewSums(in Input) (*Sums, error) {
	values := partValues(in)
	parts := make([]Part, 0, len(values))
	for p := range values {
		parts = append(parts, p)
	}
	sums := make([]Sum, len(parts))
	errs := make([]error, len(parts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				c := newCanon()
				errs[i] = c.value(reflect.ValueOf(values[parts[i]]), 0)
				sums[i] = c.sum()
			}
		})
	}
	for i := range parts {
		next <- i
	}
	close(next)
	wg.Wait()
	s := &Sums{parts: make(map[Part]Sum, len(parts)), set: in.Set}
	for i, p := range parts {
		if errs[i] != nil {
			return nil, errs[i]
		}
		s.parts[p] = sums[i]
	}
	return withTemplates(s, in.Templates)
}

// partValues lists each part with the value it is the fingerprint of.
func partValues(in Input) map[Part]any {
	set := in.Set
	vs := map[Part]any{
		PartTool:      in.Tool,
		PartBrand:     brandValue(in),
		PartSeries:    set.Series,
		PartGuides:    set.Guides,
		PartMaturity:  set.Maturity,
		PartCurricula: set.Curricula,
		// A nil assessment and a missing part differ, as they should.
		PartAssessment: in.Assessment,
		PartFormats:    in.kinds(),
	}
	titles := make([]moduleTitle, 0, len(set.Modules))
	for _, m := range set.Modules {
		t := moduleTitle{m.ID, m.Title, m.Summary}
		titles = append(titles, t)
		vs[ModulePart(m.ID)] = m
		vs[TitlePart(m.ID)] = t
	}
	vs[PartTitles] = titles
	for _, s := range set.Series {
		vs[SeriesPart(s.ID)] = s
	}
	for _, c := range set.Catalogues {
		vs[CataloguePart(c.Series.ID)] = c
	}
	for _, g := range set.Guides {
		vs[GuidePart(g.ID)] = g
	}
	return vs
}

// moduleTitle is what lists of modules show of one.
type moduleTitle struct{ ID, Title, Summary string }

// brandInput is what PartBrand is the fingerprint of.
type brandInput struct {
	Name, Paper, Date string
	Colors            map[string]string
	Logo, LogoSVG     []byte
	Regular, Bold     []byte
	Layout            layout.Options
}

func brandValue(in Input) brandInput {
	b := brandInput{
		Name: in.Theme.Name, Paper: in.Paper, Colors: in.Theme.Colors,
		Logo: in.Theme.Logo, LogoSVG: in.Theme.LogoSVG, Layout: in.layoutOptions(),
	}
	if !in.Date.IsZero() {
		b.Date = in.Date.UTC().Format(time.RFC3339Nano)
	}
	if in.Ruler != nil {
		b.Regular, b.Bold = in.Ruler.RegularTTF(), in.Ruler.BoldTTF()
	}
	return b
}

// With returns a copy of s that also knows part p, the fingerprint of
// data: an input the set does not hold, such as the site's templates.
func (s *Sums) With(p Part, data ...[]byte) *Sums {
	c := newCanon()
	for _, d := range data {
		c.bytes(d)
	}
	out := &Sums{parts: make(map[Part]Sum, len(s.parts)+1), set: s.set}
	for k, v := range s.parts {
		out.parts[k] = v
	}
	out.parts[p] = c.sum()
	return out
}

// For is the fingerprint of the files of kind made from parts: the hash
// of the kind and of each part's name and fingerprint, parts sorted, so
// the order a job lists them in does not matter. A part the input lacks
// (a module not authored yet) counts as absent, which differs from every
// value it may take later.
func (s *Sums) For(kind string, parts ...Part) Sum {
	sorted := slices.Clone(parts)
	slices.Sort(sorted)
	sorted = slices.Compact(sorted)
	c := newCanon()
	c.string("blueprint fingerprint 1")
	c.string(kind)
	for _, p := range sorted {
		c.string(string(p))
		if sum, ok := s.part(p); ok {
			c.tag('p')
			c.bytes(sum[:])
		} else {
			c.tag('0')
		}
	}
	return c.sum()
}

// part is the fingerprint of p, hashing the whole set the first time
// PartSet is asked for. A set that cannot be hashed counts as absent;
// NewSums has already hashed each of its parts, so that cannot happen.
func (s *Sums) part(p Part) (Sum, bool) {
	if p != PartSet {
		sum, ok := s.parts[p]
		return sum, ok
	}
	s.setOnce.Do(func() {
		c := newCanon()
		s.setErr = c.value(reflect.ValueOf(s.set), 0)
		s.setSum = c.sum()
	})
	return s.setSum, s.setErr == nil
}
