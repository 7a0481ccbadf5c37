package site

import (
	"errors"
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/markdown"
	"github.com/blueprint-tools/blueprint/render/measure"
)

// Input is what the site is built from.
type Input struct {
	// Set is the personalized content set.
	Set *blueprints.Set
	// Theme is the brand's resolved theme: colours, name and logos.
	Theme geom.Theme
	// Ruler measures text in the brand's fonts; nil means the default
	// fonts.
	Ruler *measure.Ruler
	// Templates is a folder laid out like templates/site whose files
	// replace the embedded ones by path; nil uses only the embedded ones.
	Templates fs.FS
	// BrandName is the provider's display name; empty means Theme.Name.
	BrandName string
	// Assessment is the brand's recorded self-assessment, which the
	// maturity pages score and their form starts from; nil records none.
	Assessment *blueprints.Assessment
	// Downloads lists the files the build writes for a module, linked from
	// its page; nil means DefaultDownloads.
	Downloads func(m *blueprints.Module) []Download
}

// File is one file of the site, its path relative to the brand's output
// folder, slash-separated.
type File struct {
	Path string
	Data []byte
}

// Build makes every file of the site: the pages, the search index, and
// the style sheets, scripts and logo they use. Files come back sorted by
// path. The same input gives the same bytes.
func Build(in Input) ([]File, error) {
	s, err := newSite(in)
	if err != nil {
		return nil, err
	}
	steps := []func() error{s.homePage, s.searchPage, s.modulePages, s.rolePages, s.systemPages, s.kpiPages, s.guidePages, s.maturityPages, s.curriculumPages, s.assets, s.searchIndex}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return s.result()
}

// site is one build in progress.
type site struct {
	in     Input
	set    *blueprints.Set
	brand  string
	fsys   fs.FS
	tmpl   tmplSet
	cat    *catalog
	logo   string // the logo's path from the root, "" when there is none
	files  []File
	search []searchItem
	scopes map[*blueprints.Module]*blueprints.Scope
	// plainMD renders plain text, one renderer per scope (nil: the
	// catalog).
	plainMD map[*blueprints.Scope]*markdown.Renderer
}

func newSite(in Input) (*site, error) {
	if in.Set == nil {
		return nil, errors.New("site: no content set")
	}
	if in.Ruler == nil {
		in.Ruler = measure.Default()
	}
	if in.Downloads == nil {
		in.Downloads = DefaultDownloads
	}
	fsys, err := siteFS(in.Templates)
	if err != nil {
		return nil, err
	}
	tmpl, err := parseTemplates(fsys)
	if err != nil {
		return nil, err
	}
	brand := strings.TrimSpace(in.BrandName)
	if brand == "" {
		brand = strings.TrimSpace(in.Theme.Name)
	}
	s := &site{in: in, set: in.Set, brand: brand, fsys: fsys, tmpl: tmpl, cat: newCatalog(in.Set)}
	s.logo = s.addLogo()
	return s, nil
}

// add records a file of the site.
func (s *site) add(path string, data []byte) { s.files = append(s.files, File{Path: path, Data: data}) }

// result sorts the files and refuses two files at one path, which would
// mean an id that clashes with one of the site's own folders.
func (s *site) result() ([]File, error) {
	slices.SortStableFunc(s.files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	for i := 1; i < len(s.files); i++ {
		if s.files[i].Path == s.files[i-1].Path {
			return nil, fmt.Errorf("site: two files at %s (an id clashes with another page or folder)", s.files[i].Path)
		}
	}
	return s.files, nil
}

// frame is what the layout template sees: the page's place in the site,
// its titles and the page's own view.
type frame struct {
	Path  string
	Root  string // "" or "../": the way back to the site's root
	Title string
	// Description is the page's summary for search engines and previews.
	Description string
	Nav         string // the section of the site the page belongs to
	Brand       string
	Logo        string // the logo's URL from this page, "" for none
	Home        string // the home page's URL from this page
	// Maturity and Curricula say whether the site has those sections, for
	// the navigation.
	Maturity, Curricula bool
	Page                any
}

// render executes a page template and records the page.
func (s *site) render(tmpl string, p page, f frame) error {
	f.Path, f.Root, f.Brand, f.Home = p.path, p.root, s.brand, p.url(homePath)
	f.Maturity, f.Curricula = len(s.set.Maturity) > 0, len(s.set.Curricula) > 0
	if s.logo != "" {
		f.Logo = p.url(s.logo)
	}
	data, err := s.tmpl.execute(tmpl, &f)
	if err != nil {
		return err
	}
	s.add(p.path, data)
	return nil
}
