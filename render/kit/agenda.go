package kit

import (
	"fmt"
	"strings"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

// The workshop's clock. A session walks through one sub-process: a fixed
// part to introduce the map and agree its owners, and a few minutes per
// task or decision to confirm how it is done here.
const (
	dayStart       = 9 * time.Hour
	dayEnd         = 17 * time.Hour
	recapLength    = 10 * time.Minute
	openingLength  = 20 * time.Minute
	closingLength  = 20 * time.Minute
	sessionBase    = 10 * time.Minute
	perStep        = 4 * time.Minute
	breakEvery     = 90 * time.Minute
	breakLength    = 15 * time.Minute
	lunchLength    = 45 * time.Minute
	lunchFrom      = 11*time.Hour + 45*time.Minute
	sessionRoundTo = 5 * time.Minute
)

// session is one timed block of the workshop; sp is nil for the opening,
// breaks and the closing.
type session struct {
	day        int           // from 1
	start, end time.Duration // from midnight
	title      string
	sp         *blueprints.Subprocess
	roles      []string // names of the roles to invite
}

// when is the session's time, with its day when the workshop takes more
// than one.
func (s session) when(days int) string {
	t := clock(s.start) + "–" + clock(s.end)
	if days > 1 {
		return fmt.Sprintf("Day %d, %s", s.day, t)
	}
	return t
}

func clock(d time.Duration) string {
	return fmt.Sprintf("%02d:%02d", int(d.Hours()), int(d.Minutes())%60)
}

// schedule lays the workshop out: opening, a session per sub-process with
// breaks between them, closing. A session that would run past the end of
// the day moves to the next, which opens with a recap.
func schedule(m *blueprints.Module, inv invitees) []session {
	c := &calendar{day: 1, at: dayStart}
	c.add("Opening: purpose, entry and exit conditions, KPIs", openingLength, nil, []string{"Everyone"})
	for i, sp := range m.Subprocesses {
		length := sessionLength(sp)
		pause := time.Duration(0)
		if i > 0 && c.sinceBreak+length > breakEvery {
			pause = c.pauseLength()
		}
		switch {
		case i > 0 && c.at+pause+length > dayEnd:
			c.day, c.at, c.sinceBreak, c.lunched = c.day+1, dayStart, 0, false
			c.add(fmt.Sprintf("Recap of day %d", c.day-1), recapLength, nil, []string{"Everyone"})
		case pause > 0:
			c.pause()
		}
		c.add(strings.TrimSpace(sp.ID+" "+sp.Title), length, sp, inv.of(sp))
	}
	c.add("Closing: owners, KPI baselines and next steps", closingLength, nil, []string{"Everyone"})
	return c.out
}

// calendar is the schedule being laid out.
type calendar struct {
	out        []session
	day        int
	at         time.Duration
	sinceBreak time.Duration
	lunched    bool
}

func (c *calendar) add(title string, length time.Duration, sp *blueprints.Subprocess, roles []string) {
	c.out = append(c.out, session{day: c.day, start: c.at, end: c.at + length, title: title, sp: sp, roles: roles})
	c.at += length
	c.sinceBreak += length
}

// isLunch says whether the next pause is lunch: the first one from late
// morning on.
func (c *calendar) isLunch() bool { return !c.lunched && c.at >= lunchFrom }

func (c *calendar) pauseLength() time.Duration {
	if c.isLunch() {
		return lunchLength
	}
	return breakLength
}

// pause adds a break, or lunch when it is time for it.
func (c *calendar) pause() {
	if c.isLunch() {
		c.add("Lunch", lunchLength, nil, nil)
		c.lunched = true
	} else {
		c.add("Break", breakLength, nil, nil)
	}
	c.sinceBreak = 0
}

// sessionLength is the fixed part plus a few minutes per task or decision,
// rounded up to five minutes.
func sessionLength(sp *blueprints.Subprocess) time.Duration {
	d := sessionBase
	for _, t := range sp.Tasks {
		if t != nil && isWork(t) {
			d += perStep
		}
	}
	return (d + sessionRoundTo - 1) / sessionRoundTo * sessionRoundTo
}

// invitees are the module's roles in lane order, with the side each is on
// and the sub-processes each works in.
type invitees struct {
	n     names
	roles []*blueprints.Role
	side  map[string]string
	subs  map[string][]*blueprints.Subprocess
}

func newInvitees(n names, m *blueprints.Module) invitees {
	inv := invitees{n: n, side: map[string]string{}, subs: map[string][]*blueprints.Subprocess{}}
	stages := map[string]map[blueprints.Stage]bool{}
	for _, s := range steps(m) {
		id := s.t.Role.ID
		if stages[id] == nil {
			stages[id] = map[blueprints.Stage]bool{}
		}
		stages[id][s.t.Stage] = true
		if subs := inv.subs[id]; len(subs) == 0 || subs[len(subs)-1] != s.sp {
			inv.subs[id] = append(subs, s.sp)
		}
	}
	for _, r := range n.sc.RoleOrder {
		if st := stages[r.ID]; st != nil {
			inv.roles = append(inv.roles, r)
			inv.side[r.ID] = side(st)
		}
	}
	return inv
}

// side says whose people a role is: the client's when it works in the
// customer lanes, a third party's when it only supports, else the
// provider's.
func side(st map[blueprints.Stage]bool) string {
	switch {
	case st[blueprints.StageCustomer]:
		return "Client"
	case len(st) == 1 && st[blueprints.StageSupport]:
		return "Third party"
	}
	return "Provider"
}

// of lists the names of the roles that work in sp, in lane order.
func (inv invitees) of(sp *blueprints.Subprocess) []string {
	var out []string
	for _, r := range inv.roles {
		for _, s := range inv.subs[r.ID] {
			if s == sp {
				out = append(out, r.Name)
				break
			}
		}
	}
	return out
}
