package validate

// warnUnused warns of catalogue entries that no module refers to (in a
// task, its KPIs or its prose). They are not wrong, but often a typo's
// other half or a leftover, and they still fill the reports.
func (c *checker) warnUnused() {
	if c.unsure {
		return
	}
	for _, cat := range c.set.Catalogues {
		for k := range numKinds {
			seen := map[string]bool{}
			for _, x := range entries(&cat.Entries, k) {
				if x.id == "" || seen[x.id] || c.used[usage{cat, k, x.id}] {
					continue
				}
				seen[x.id] = true
				c.diags.Warnf(x.pos, "%s: no module uses it", subject(k.String(), x.id))
			}
		}
	}
}
