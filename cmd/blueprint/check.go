package main

import (
	"fmt"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func runCheck(args []string, e *env) int {
	fs := newFlags("check", "[DIR]")
	brand := fs.String("brand", "", "also check the brand `NAME` (a folder in --brands, or a built-in brand)")
	brands := fs.String("brands", defaultBrands, "the `DIR` holding brand folders")
	format := diagFormatFlag(fs)
	args, code, ok := parseFlags(fs, args, e)
	if !ok {
		return code
	}
	asJSON, err := parseDiagFormat(*format)
	if err != nil {
		return usageError(e, "check", "%v", err)
	}
	if len(args) > 1 {
		return usageError(e, "check", "too many arguments: give one content folder")
	}
	dir := defaultContent
	if len(args) == 1 {
		dir = args[0]
	}
	set, diags, err := loadContent(dir)
	if err != nil {
		return usageError(e, "check", "%v", err)
	}
	if *brand != "" {
		b, bdiags, err := loadBrand(*brand, *brands)
		if err != nil {
			return usageError(e, "check", "%v", err)
		}
		diags = append(diags, bdiags...)
		if bdiags.Errors() == 0 && diags.Errors() == 0 {
			diags = append(diags, validateBrand(set, b)...)
		}
		diags.Sort()
	}
	if reportAs(e, diags, asJSON) > 0 {
		return exitInvalid
	}
	if !asJSON { // stdout holds only diagnostics in JSON
		fmt.Fprintln(e.stdout, summary(set))
	}
	return exitOK
}

// summary counts what the content holds, in one line.
func summary(set *blueprints.Set) string {
	subs, tasks := 0, 0
	roles, systems, kpis := 0, 0, 0
	for _, c := range set.Catalogues {
		roles, systems, kpis = roles+len(c.Roles), systems+len(c.Systems), kpis+len(c.KPIs)
	}
	for _, m := range set.Modules {
		roles, systems, kpis = roles+len(m.Own.Roles), systems+len(m.Own.Systems), kpis+len(m.Own.KPIs)
		subs += len(m.Subprocesses)
		for _, sp := range m.Subprocesses {
			tasks += len(sp.Tasks)
		}
	}
	return fmt.Sprintf("%s, %s, %s, %s, %s, %s",
		plural(len(set.Modules), "module"), plural(subs, "sub-process"), plural(tasks, "task"),
		plural(roles, "role"), plural(systems, "system"), plural(kpis, "KPI"))
}
