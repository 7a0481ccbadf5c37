package load

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
	"github.com/blueprint-tools/blueprint/internal/suggest"
)

// oneOf checks that value is one of valid, reporting the valid values and
// the closest one otherwise.
func oneOf[T ~string](t *table, key, value string, pos blueprints.Pos, valid []T) (T, bool) {
	names := make([]string, len(valid))
	for i, v := range valid {
		if string(v) == value {
			return v, true
		}
		names[i] = string(v)
	}
	t.errorf(pos, "%s %q is not one of %s%s", key, value, strings.Join(names, ", "), suggest.Hint(value, names))
	return "", false
}

func stage(t *table, key, value string, pos blueprints.Pos) (blueprints.Stage, bool) {
	return oneOf(t, key, value, pos, blueprints.Stages)
}
