package main

import (
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/blueprints/load"
	"github.com/blueprint-tools/blueprint/render/naming"
)

// defaultModuleTitle is the title of a new module that names none and that
// its series does not plan under a title of its own.
const defaultModuleTitle = "New Module"

func runNewModule(args []string, e *env) int {
	const cmd = "new module"
	fs := newFlags(cmd, "ID [DIR]")
	seriesID := fs.String("series", "", "add the module to the series `ID` (needed when the content has several)")
	title := fs.String("title", "", "the module's `TITLE` (default: its planned title in the series, or \""+defaultModuleTitle+"\")")
	args, code, ok := parseFlags(fs, args, e)
	if !ok {
		return code
	}
	if len(args) == 0 || len(args) > 2 {
		return usageError(e, cmd, "give the new module's ID (such as MSP-12a) and at most one content folder")
	}
	id, dir := args[0], defaultContent
	if len(args) == 2 {
		dir = args[1]
	}
	if !validModuleID(id) {
		return usageError(e, cmd, "module ID %q is not valid: use letters and digits in groups joined by hyphens, starting with a letter (such as MSP-12a)", id)
	}
	if err := checkTitle(*title); err != nil {
		return usageError(e, cmd, "%v", err)
	}
	if !isDir(dir) {
		return usageError(e, cmd, "content folder %q does not exist", dir)
	}
	// Problems of the content are check's to report; new needs only the
	// series, its catalogue and the ids already taken.
	set, _ := load.Dir(os.DirFS(dir), ".")
	s, code := pickSeries(e, set, dir, *seriesID)
	if s == nil {
		return code
	}
	return writeModule(e, dir, set, planModule(set, s, id, *title))
}

// pickSeries finds the series a new module joins: the one --series names,
// else the only one there is. A nil series comes with the exit status.
func pickSeries(e *env, set *blueprints.Set, dir, id string) (*blueprints.Series, int) {
	var ids []string
	for _, s := range set.Series {
		ids = append(ids, s.ID)
	}
	switch {
	case id != "" && set.SeriesByID(id) != nil:
		return set.SeriesByID(id), exitOK
	case id != "":
		return nil, usageError(e, "new module", "series %q not found in %s (series: %s)", id, dir, strings.Join(ids, ", "))
	case len(ids) == 1:
		return set.Series[0], exitOK
	case len(ids) > 1:
		return nil, usageError(e, "new module", "give --series: %s holds several (%s)", dir, strings.Join(ids, ", "))
	}
	fmt.Fprintf(e.stderr, "blueprint new module: %s holds no series: a module belongs to one (see the [series] table in docs/FORMAT.md)\n", dir)
	return nil, exitInvalid
}

// writeModule writes the planned module unless its id or file is taken,
// and says what to do next.
func writeModule(e *env, dir string, set *blueprints.Set, p modulePlan) int {
	for _, m := range set.Modules {
		// Ids differing in case only would share an output folder on
		// case-insensitive disks.
		if strings.EqualFold(m.ID, p.ID) {
			fmt.Fprintf(e.stderr, "blueprint new module: module %q already exists in %s\n", m.ID, filepath.ToSlash(filepath.Join(dir, m.File)))
			return exitInvalid
		}
	}
	data, err := skeletonFile("module.toml.tmpl", p)
	file := filepath.Join(dir, filepath.FromSlash(p.file))
	if err == nil {
		err = createFiles(map[string][]byte{file: data})
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint new module: %v\n", err)
		return exitInvalid
	}
	fmt.Fprintf(e.stdout, "created %s\n", filepath.ToSlash(file))
	if p.hint != "" {
		fmt.Fprintf(e.stdout, "next: in %s, %s\n", filepath.ToSlash(filepath.Join(dir, p.seriesFile)), p.hint)
	}
	return exitOK
}

// planModule decides what the new module holds: where it goes, its title,
// its id prefix, and the roles of its lanes.
func planModule(set *blueprints.Set, s *blueprints.Series, id, title string) modulePlan {
	planned, listed := phaseEntry(s, id)
	if title == "" {
		title = planned.Title
	}
	if title == "" {
		title = defaultModuleTitle
	}
	p := modulePlan{ID: id, Series: s.ID, Title: title, Prefix: idPrefix(set, id)}
	p.Customer, p.Onstage, p.Backstage, p.Own = laneRoles(set, s, p.Prefix)
	p.Lanes = appendNew(appendNew(appendNew(nil, p.Customer), p.Onstage), p.Backstage)
	p.seriesFile = s.Pos.File
	name := id
	if slug := naming.Slug(title); slug != "" {
		name += "-" + slug
	}
	p.file = path.Join(path.Dir(s.Pos.File), "modules", name+".toml")
	switch {
	case !listed:
		p.hint = fmt.Sprintf("list module %q in a phase (a [[phase.module]] table), so the life cycle shows it", id)
	case planned.Planned:
		p.hint = fmt.Sprintf("remove planned = true from module %q", id)
	}
	return p
}

// phaseEntry finds the module id among the series' phases.
func phaseEntry(s *blueprints.Series, id string) (blueprints.PhaseModule, bool) {
	for _, ph := range s.Phases {
		for _, pm := range ph.Modules {
			if pm.Module.ID == id {
				return *pm, true
			}
		}
	}
	return blueprints.PhaseModule{}, false
}

// idPrefix is what the module's sub-process and task ids start with: the
// part of its id after the last hyphen ("MSP-12a" gives "12a", so tasks
// are "12a.01.01"), as the shipped modules do, or the whole id in lower
// case when another module's ids already start that way.
func idPrefix(set *blueprints.Set, id string) string {
	short := id[strings.LastIndex(id, "-")+1:]
	taken := func(x string) bool { return x == short || strings.HasPrefix(x, short+".") }
	for _, m := range set.Modules {
		for _, sp := range m.Subprocesses {
			if taken(sp.ID) {
				return strings.ToLower(id)
			}
			for _, t := range sp.Tasks {
				if taken(t.ID) {
					return strings.ToLower(id)
				}
			}
		}
	}
	return short
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
