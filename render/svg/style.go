package svg

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/blueprint-tools/blueprint/render/geom"
	"github.com/blueprint-tools/blueprint/render/internal/xmlesc"
)

// colorToken is one brand colour token and the colour used when the theme
// lacks it or gives something that is not a hex colour.
type colorToken struct{ name, fallback string }

// colorTokens lists the tokens in a fixed order (never a map walk), so the
// style block is byte-stable.
func colorTokens() []colorToken {
	return []colorToken{
		{"primary", "#1f4e79"},
		{"accent", "#d9730d"},
		{"text", "#1b1f24"},
		{"background", "#ffffff"},
		{"customer", "#d97706"},
		{"onstage", "#2563eb"},
		{"backstage", "#059669"},
		{"support", "#7c3aed"},
		{"line", "#4b5563"},
	}
}

// fontFamily is what the layout measured with (the Go fonts) and then the
// closest common fallbacks; textLength keeps widths right with any of them.
const fontFamily = "Go,'Go Regular','DejaVu Sans',Arial,sans-serif"

// cssRules style the classes the renderer writes. Every colour goes through
// a --bp-* variable, so a site theme overrides variables, not rules. Rules
// are scoped to .blueprint because an inline SVG's style applies to the
// whole HTML page. No '>' or '&' here: they would be escaped.
const cssRules = `.blueprint text{font-family:` + fontFamily + `;fill:var(--bp-text);white-space:pre}
.blueprint .bold{font-weight:bold}
.blueprint .page-bg{fill:var(--bp-background)}
.blueprint [data-stage=customer]{--bp-stage:var(--bp-customer)}
.blueprint [data-stage=onstage]{--bp-stage:var(--bp-onstage)}
.blueprint [data-stage=backstage]{--bp-stage:var(--bp-backstage)}
.blueprint [data-stage=support]{--bp-stage:var(--bp-support)}
.blueprint .lane-band{fill:var(--bp-stage,var(--bp-line));fill-opacity:.06;stroke:var(--bp-line);stroke-opacity:.3;stroke-width:.5}
.blueprint .lane:nth-child(even) .lane-band{fill-opacity:.12}
.blueprint .lane-header{fill:var(--bp-stage,var(--bp-line));fill-opacity:.2;stroke:none}
.blueprint .region-lines line,.blueprint .legend-line-sample{stroke:var(--bp-line);stroke-width:1.2;stroke-dasharray:8 4}
.blueprint .region-lines .line-of-visibility,.blueprint [data-line=line-of-visibility] line{stroke-dasharray:2 3;stroke-width:1.6}
.blueprint .region-lines .line-of-internal-interaction,.blueprint [data-line=line-of-internal-interaction] line{stroke-dasharray:12 3 2 3}
.blueprint .text-line-label{fill:var(--bp-line);font-style:italic}
.blueprint .label-bg{fill:var(--bp-background);fill-opacity:.9}
.blueprint .edge{fill:none;stroke:var(--bp-line);stroke-width:1.2;stroke-linejoin:round}
.blueprint .arrowhead{fill:var(--bp-line)}
.blueprint .edge-label{fill:var(--bp-line)}
.blueprint .shape{fill:var(--bp-background);stroke:var(--bp-primary);stroke-width:1.2}
.blueprint .shape-connector{stroke:var(--bp-accent)}
.blueprint .shape-start,.blueprint .shape-end{stroke:var(--bp-primary);stroke-width:1.5}
.blueprint .shape-end{stroke-width:3}
.blueprint .shape-block{stroke:var(--bp-primary);stroke-width:1.5}
.blueprint .shape-condition{stroke:var(--bp-line)}
.blueprint .shape-phase{fill:var(--bp-primary);fill-opacity:.05;stroke:var(--bp-primary);stroke-opacity:.35}
.blueprint .planned .shape{fill:var(--bp-line);fill-opacity:.08;stroke:var(--bp-line);stroke-dasharray:5 3}
.blueprint .planned text{fill-opacity:.65}
.blueprint .linked{cursor:pointer}
.blueprint .task:focus,.blueprint .block:focus{outline:none}
.blueprint .task:hover .shape,.blueprint .task:focus .shape,.blueprint .linked:hover .shape,.blueprint .linked:focus .shape{stroke:var(--bp-accent);stroke-width:2.5}
.blueprint .frame{fill:var(--bp-background);stroke:var(--bp-line);stroke-width:.8}
.blueprint .text-title{fill:var(--bp-primary)}
`

// style writes the document's one style block: the theme's colours as
// variables on this diagram's root, then the shared rules.
func (d *doc) style(th geom.Theme) {
	var sb strings.Builder
	// :where keeps the variables at zero specificity, so any site rule
	// (a dark theme) overrides them while each diagram keeps its own.
	sb.WriteString(":where(#")
	sb.WriteString(cssIdent(d.id(rootID)))
	sb.WriteString("){")
	for _, t := range colorTokens() {
		sb.WriteString("--bp-" + t.name + ":" + themeColor(th, t) + ";")
	}
	sb.WriteString("}\n")
	sb.WriteString(cssRules)
	// Only what XML itself needs is escaped: quotes stay quotes, so the
	// CSS reads the same to an HTML parser that embeds this inline.
	css := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(sb.String())
	d.tag("style", nil)
	d.b = append(d.b, '>')
	d.b = append(d.b, css...)
	d.close("style")
}

// themeColor returns the theme's colour for t when it is a hex colour;
// anything else could break out of the CSS, so it gets the default.
func themeColor(th geom.Theme, t colorToken) string {
	c := strings.TrimSpace(th.Colors[t.name])
	if !hexColor(c) {
		return t.fallback
	}
	return strings.ToLower(c)
}

// hexColor reports whether s is #rgb, #rgba, #rrggbb or #rrggbbaa.
func hexColor(s string) bool {
	if len(s) < 4 || s[0] != '#' {
		return false
	}
	switch len(s) - 1 {
	case 3, 4, 6, 8:
	default:
		return false
	}
	for _, c := range s[1:] {
		if !strings.ContainsRune("0123456789abcdefABCDEF", c) {
			return false
		}
	}
	return true
}

// cssIdent escapes an id for use in a CSS selector: letters, '-', '_' and
// non-ASCII pass, digits too unless they would start the identifier;
// everything else becomes a CSS hex escape. Characters XML cannot hold are
// matched as U+FFFD, which is what the id attribute holds for them.
func cssIdent(s string) string {
	var sb strings.Builder
	for i, r := range s {
		if r == utf8.RuneError || !xmlesc.Char(r) {
			r = utf8.RuneError
		}
		digit := r >= '0' && r <= '9'
		leading := i == 0 || (i == 1 && s[0] == '-')
		plain := r == '-' || r == '_' || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') ||
			(digit && !leading) || (r > 0x7f && r != utf8.RuneError)
		if plain {
			sb.WriteRune(r)
			continue
		}
		sb.WriteString(`\` + strconv.FormatInt(int64(r), 16) + " ")
	}
	return sb.String()
}
