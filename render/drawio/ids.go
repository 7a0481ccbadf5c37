package drawio

import (
	"strconv"
	"strings"
)

// ids hands out cell ids derived from content ("task-11b.03.04",
// "edge-11b.03.03-11b.03.04"), unique within a diagram: a repeat gets
// "-2", "-3" ... in the order met, so the same page always gives the same
// ids.
type ids map[string]bool

func (u ids) make(parts ...string) string {
	base := strings.Join(parts, "-")
	id := base
	for n := 2; u[id] || id == "0" || id == "1"; n++ {
		id = base + "-" + strconv.Itoa(n)
	}
	u[id] = true
	return id
}
