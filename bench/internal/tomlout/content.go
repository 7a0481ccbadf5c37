package tomlout

import (
	"fmt"
	"os"
	"path/filepath"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// File is one content file: its path inside the content folder and text.
type File struct {
	Path string
	Text string
}

// Files renders every series, catalogue and module of the set.
func Files(set *blueprints.Set) []File {
	var out []File
	for _, s := range set.Series {
		out = append(out, File{filepath.Join(s.ID, "series.toml"), series(s)})
	}
	for _, c := range set.Catalogues {
		out = append(out, File{filepath.Join(c.Series.ID, "catalogue.toml"), catalogue(c)})
	}
	for _, m := range set.Modules {
		out = append(out, File{filepath.Join(m.Series.ID, "modules", m.ID+".toml"), module(m)})
	}
	return out
}

// Write writes the set's files below dir, creating folders as needed.
func Write(dir string, set *blueprints.Set) error {
	for _, f := range Files(set) {
		p := filepath.Join(dir, f.Path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, []byte(f.Text), 0o644); err != nil {
			return fmt.Errorf("write %s: %w", p, err)
		}
	}
	return nil
}

func series(s *blueprints.Series) string {
	var w writer
	w.header("[series]")
	w.str("id", s.ID)
	w.str("title", s.Title)
	w.str("summary", s.Summary)
	w.str("description", s.Description.Text)
	w.strs("tiers", s.Tiers)
	for _, p := range s.Phases {
		w.header("[[phase]]")
		w.str("id", p.ID)
		w.str("title", p.Title)
		w.str("summary", p.Summary)
		for _, pm := range p.Modules {
			w.header("[[phase.module]]")
			w.str("id", pm.Module.ID)
			w.str("title", pm.Title)
			w.boolean("planned", pm.Planned)
		}
	}
	return w.String()
}

func catalogue(c *blueprints.Catalogue) string {
	var w writer
	w.header("[catalogue]")
	w.str("series", c.Series.ID)
	entries(&w, &c.Entries)
	return w.String()
}

func ids(refs []blueprints.Ref) []string {
	out := make([]string, len(refs))
	for i, r := range refs {
		out[i] = r.ID
	}
	return out
}
