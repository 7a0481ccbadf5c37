// Package templates holds the files of the static site that ship inside
// the binary, under site/: the HTML templates, the style sheets and the
// scripts. render/site reads them through FS; a user folder laid out like
// site/ overrides any of them by path, and may add assets.
//
// The files of site/:
//
//   - layout.html defines "layout.html", the frame of every page (header,
//     search, theme toggle, footer), which calls "content";
//   - partials.html defines the pieces pages share ("taskTable",
//     "moduleGroups", "moduleCard", "diagram", "pageData");
//   - home.html, module.html, role.html, system.html, kpi.html,
//     guide.html, list.html and search.html each define "content" for
//     their kind of page; the layout's data is render/site's frame, with
//     the page's own view in .Page;
//   - assets/ is copied to the site as it is: site.css and pages.css (the
//     themes, from the brand's colours in the generated brand.css),
//     print.css, theme.js (the saved theme, before the page paints),
//     site.js (diagram links and zoom), tasks.js (the task details panel)
//     and search.js.
//
// The package owns these files and nothing else: it has no code besides
// the embed and must not import any package of the project.
package templates

import "embed"

// FS holds the site's templates and assets under "site/". An embed.FS is
// read-only, so this is no mutable state.
//
//go:embed all:site
var FS embed.FS
