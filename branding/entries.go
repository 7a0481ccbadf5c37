package branding

import "github.com/blueprint-tools/blueprint/blueprints"

// entries personalizes catalogue entries, a catalogue's or a module's own.
func (p *personalizer) entries(e *blueprints.Entries) {
	for _, r := range nonNil(e.Roles) {
		p.name(&r.Name, p.brand.Roles[r.ID])
		p.prose(&r.Description)
	}
	for _, s := range nonNil(e.Systems) {
		p.name(&s.Name, p.brand.Systems[s.ID])
		p.text(&s.Category)
		p.prose(&s.Description)
	}
	for _, d := range nonNil(e.Documents) {
		p.name(&d.Name, p.brand.Documents[d.ID])
		p.prose(&d.Description)
	}
	for _, k := range nonNil(e.KPIs) {
		p.text(&k.Name)
		p.prose(&k.Definition)
		p.text(&k.Formula)
		p.text(&k.Target)
	}
}

// name sets an entry's name: the brand's rename as written, since the brand
// chose those words, or else the name with the vocabulary applied.
func (p *personalizer) name(name *string, r blueprints.Rename) {
	if r.Name != "" {
		*name = r.Name
		return
	}
	p.text(name)
}
