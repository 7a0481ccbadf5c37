package kit

import (
	"slices"
	"strconv"
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// Agenda is the workshop agenda of module m as Markdown: who to invite,
// the timed agenda (a session per sub-process, with breaks), then each
// session's tasks, decisions and documents to walk through. brand is the
// provider's display name. set must be personalized.
func Agenda(set *blueprints.Set, m *blueprints.Module, brand string) []byte {
	n := newNames(set, m)
	inv := newInvitees(n, m)
	plan := schedule(m, inv)
	var b strings.Builder
	b.WriteString("# Deployment workshop: " + md(m.ID+" "+m.Title) + "\n\n")
	if brand != "" {
		b.WriteString("**" + md(brand) + "** · ")
	}
	days := plan[len(plan)-1].day
	b.WriteString(plural(days, "day") + " · " + plural(len(m.Subprocesses), "session") + "\n\n")
	b.WriteString("Date: ____________  Place: ____________  Facilitator: ____________\n\n")
	agendaPurpose(&b, m, brand)
	agendaInvite(&b, inv)
	agendaTable(&b, plan, days)
	for _, s := range plan {
		if s.sp != nil {
			agendaSession(&b, n, s, days)
		}
	}
	agendaClosing(&b, n, m)
	return []byte(b.String())
}

func agendaPurpose(b *strings.Builder, m *blueprints.Module, brand string) {
	b.WriteString("## Purpose\n\n")
	if m.Summary != "" {
		b.WriteString(md(m.Summary) + "\n\n")
	}
	who := "the provider"
	if brand != "" {
		who = md(brand)
	}
	b.WriteString("Walk through each process map with the people who do the work, agree how each task is done at " + who +
		", and leave with an owner for every task, the systems and documents confirmed, and a baseline for each KPI.\n\n")
	if len(m.Entry) > 0 {
		b.WriteString("Before the workshop, check that the module's entry conditions hold:\n\n")
		for _, e := range m.Entry {
			b.WriteString("- " + md(e) + "\n")
		}
		b.WriteString("\n")
	}
}

func agendaInvite(b *strings.Builder, inv invitees) {
	b.WriteString("## Who to invite\n\n")
	var rows [][]string
	for _, r := range inv.roles {
		var subs []string
		for _, sp := range inv.subs[r.ID] {
			subs = append(subs, sp.ID)
		}
		rows = append(rows, []string{r.Name, inv.side[r.ID], strings.Join(subs, ", ")})
	}
	mdTable(b, []string{"Role", "Side", "Sessions"}, rows)
}

func agendaTable(b *strings.Builder, plan []session, days int) {
	b.WriteString("## Agenda\n\n")
	var rows [][]string
	for _, s := range plan {
		rows = append(rows, []string{s.when(days), s.title, strings.Join(s.roles, ", ")})
	}
	mdTable(b, []string{"Time", "Session", "Invite"}, rows)
}

// agendaSession writes one sub-process's session: who, what to walk
// through, what to decide, which documents to bring.
func agendaSession(b *strings.Builder, n names, s session, days int) {
	sp := s.sp
	b.WriteString("## " + md(s.title) + "\n\n" + s.when(days) + "\n\n")
	if d := n.plain(sp.Description); d != "" {
		b.WriteString(md(d) + "\n\n")
	}
	b.WriteString("**Invite:** " + md(strings.Join(s.roles, ", ")) + "\n\n")
	b.WriteString("**Walk through** each task: who owns it here, in which system, and how long it takes.\n\n")
	i := 0
	var decide []string
	for _, t := range sp.Tasks {
		if t == nil || !isWork(t) {
			continue
		}
		i++
		line := strconv.Itoa(i) + ". " + md(t.Label) + " — " + md(n.role(t.Role.ID)) + " (" + md(t.ID)
		if t.Effort.Text != "" {
			line += ", " + md(t.Effort.Text)
		}
		b.WriteString(line + ")\n")
		if t.Kind == blueprints.KindDecision {
			decide = append(decide, md(t.Label)+" "+branches(t))
		}
	}
	b.WriteString("\n")
	if len(decide) > 0 {
		b.WriteString("**Decide** how each decision is made here, and by whom:\n\n")
		for _, d := range decide {
			b.WriteString("- " + d + "\n")
		}
		b.WriteString("\n")
	}
	sessionDocuments(b, n, sp)
}

// branches lists a decision's branch labels: "(Yes / No)".
func branches(t *blueprints.Task) string {
	var labels []string
	for _, f := range t.Next {
		if f.Label != "" {
			labels = append(labels, md(f.Label))
		}
	}
	if len(labels) == 0 {
		return ""
	}
	return "(" + strings.Join(labels, " / ") + ")"
}

// sessionDocuments lists the documents the sub-process reads and produces,
// once each, in the order the tasks name them.
func sessionDocuments(b *strings.Builder, n names, sp *blueprints.Subprocess) {
	var docs []string
	for _, t := range sp.Tasks {
		if t == nil {
			continue
		}
		for _, d := range n.documents(append(append([]blueprints.Ref(nil), t.Reads...), t.Produces...)) {
			if !slices.Contains(docs, d) {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		return
	}
	b.WriteString("**Bring or draft:** ")
	for i, d := range docs {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(md(d))
	}
	b.WriteString("\n\n")
}

// agendaClosing lists the KPIs to baseline and the exits to agree.
func agendaClosing(b *strings.Builder, n names, m *blueprints.Module) {
	b.WriteString("## Closing\n\n")
	if len(m.KPIs) > 0 {
		b.WriteString("Agree a baseline and a target for each KPI, and who reports it:\n\n")
		var rows [][]string
		for _, r := range m.KPIs {
			if k := n.sc.KPI(r.ID); k != nil {
				rows = append(rows, []string{k.Name, k.Target, k.Formula, "", ""})
			}
		}
		mdTable(b, []string{"KPI", "Target", "Formula", "Baseline", "Owner"}, rows)
	}
	if len(m.Exits) > 0 {
		b.WriteString("Confirm how the module ends:\n\n")
		for _, e := range m.Exits {
			b.WriteString("- **" + md(e.Label) + "**: " + md(strings.Join(e.Conditions, "; ")) + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString("Next steps: import the project plan, hand each role its checklist, and schedule a review after the first run.\n")
}

// plural says "1 day", "2 days".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
