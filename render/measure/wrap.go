package measure

import "strings"

// Wrap breaks s into lines no wider than width at the given size. It breaks
// at white space, which it collapses to single spaces; a word wider than
// width on its own is broken between runes, keeping at least one rune per
// line. Empty or blank text gives no lines.
func (r *Ruler) Wrap(s string, size float64, bold bool, width float64) []string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return nil
	}
	// Work in integer units, as Width does, so that every line Wrap
	// returns measures no wider than width with Width.
	fits := func(units int) bool { return float64(units)*size/1000 <= width }
	space := r.Units(" ", bold)
	var lines []string
	var line strings.Builder
	lineU := 0
	for _, w := range words {
		wu := r.Units(w, bold)
		if line.Len() > 0 && fits(lineU+space+wu) {
			line.WriteByte(' ')
			line.WriteString(w)
			lineU += space + wu
			continue
		}
		if line.Len() > 0 {
			lines = append(lines, line.String())
			line.Reset()
		}
		if !fits(wu) {
			parts := r.breakWord(w, bold, fits)
			lines = append(lines, parts[:len(parts)-1]...)
			w = parts[len(parts)-1]
			wu = r.Units(w, bold)
		}
		line.WriteString(w)
		lineU = wu
	}
	return append(lines, line.String())
}

// breakWord splits a word too wide for a line into pieces that fit, each
// holding at least one rune.
func (r *Ruler) breakWord(w string, bold bool, fits func(int) bool) []string {
	var parts []string
	f := r.face(bold)
	start, units := 0, 0
	for i, c := range w {
		cw := f.runeWidth(c)
		if i > start && !fits(units+cw) {
			parts = append(parts, w[start:i])
			start, units = i, 0
		}
		units += cw
	}
	return append(parts, w[start:])
}

// Fit returns s when it fits the width, and otherwise its longest prefix
// that fits followed by an ellipsis.
func (r *Ruler) Fit(s string, size float64, bold bool, width float64) string {
	if r.Width(s, size, bold) <= width {
		return s
	}
	const ellipsis = "…"
	limit := width - r.Width(ellipsis, size, bold)
	f := r.face(bold)
	units := 0
	for i, c := range s {
		units += f.runeWidth(c)
		if float64(units)*size/1000 > limit {
			return strings.TrimRight(s[:i], " ") + ellipsis
		}
	}
	return s
}
