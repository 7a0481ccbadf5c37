package branding

import "github.com/blueprint-tools/blueprint/blueprints"

// Apply returns a personalized deep copy of set; set itself is left
// untouched, so one loaded set serves every brand of a build.
//
// In the copy, roles, systems and documents the brand renames (in every
// catalogue and among each module's own entries) carry the brand's name as
// it wrote it. The brand's vocabulary is applied to every other
// human-readable text: titles, summaries, descriptions, labels, benefits,
// objectives, conditions, KPI names, definitions, formulas and targets,
// phase titles, guide titles and bodies, and the names of entries the brand
// does not rename. Ids and references are never changed; prose keeps its
// {kind:id} tokens, which renderers resolve against the copy (see
// ExpandRefs), where the names are already the brand's.
//
// A nil brand gives a plain copy; a nil set gives nil.
func Apply(set *blueprints.Set, b *blueprints.Brand) *blueprints.Set {
	if set == nil {
		return nil
	}
	out := copySet(set)
	if b != nil {
		p := &personalizer{brand: b, vocab: newVocabulary(b.Vocabulary)}
		p.set(out)
	}
	return out
}

// personalizer rewrites a copied set in place for one brand.
type personalizer struct {
	brand *blueprints.Brand
	vocab vocabulary
}

func (p *personalizer) set(s *blueprints.Set) {
	for _, sr := range nonNil(s.Series) {
		p.series(sr)
	}
	for _, c := range nonNil(s.Catalogues) {
		p.entries(&c.Entries)
	}
	for _, m := range nonNil(s.Modules) {
		p.module(m)
	}
	for _, g := range nonNil(s.Guides) {
		p.text(&g.Title)
		p.prose(&g.Body)
	}
}

func (p *personalizer) series(s *blueprints.Series) {
	p.text(&s.Title)
	p.text(&s.Summary)
	p.prose(&s.Description)
	for _, ph := range nonNil(s.Phases) {
		p.text(&ph.Title)
		p.text(&ph.Summary)
		for _, pm := range nonNil(ph.Modules) {
			p.text(&pm.Title)
		}
	}
}

func (p *personalizer) module(m *blueprints.Module) {
	p.text(&m.Title)
	p.text(&m.Summary)
	p.prose(&m.Description)
	p.texts(m.Benefits)
	p.texts(m.Objectives)
	p.texts(m.Entry)
	for _, e := range nonNil(m.Exits) {
		p.text(&e.Label)
		p.texts(e.Conditions)
	}
	p.entries(&m.Own)
	for _, sp := range nonNil(m.Subprocesses) {
		p.subprocess(sp)
	}
}

func (p *personalizer) subprocess(sp *blueprints.Subprocess) {
	p.text(&sp.Title)
	p.prose(&sp.Description)
	for _, t := range nonNil(sp.Tasks) {
		p.text(&t.Label)
		p.prose(&t.Description)
		for i := range t.Next {
			p.text(&t.Next[i].Label)
		}
	}
}

// text applies the vocabulary to one text in place.
func (p *personalizer) text(s *string) { *s = p.vocab.replace(*s) }

// texts applies the vocabulary to each text of a copied list in place.
func (p *personalizer) texts(list []string) {
	for i := range list {
		p.text(&list[i])
	}
}

func (p *personalizer) prose(pr *blueprints.Prose) { p.text(&pr.Text) }

// nonNil returns the list without nil entries, which a malformed input may
// hold.
func nonNil[T any](list []*T) []*T {
	out := list[:0:0]
	for _, v := range list {
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}
