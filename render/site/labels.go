package site

import (
	"strings"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func kindOf(t *blueprints.Task) string {
	if t.Kind == "" {
		return string(blueprints.KindTask)
	}
	return string(t.Kind)
}

func kindLabel(t *blueprints.Task) string {
	switch t.Kind {
	case blueprints.KindStart:
		return "Start"
	case blueprints.KindEnd:
		return "End"
	case blueprints.KindDecision:
		return "Decision"
	case blueprints.KindConnector:
		return "Connector"
	}
	return "Task"
}

// effortText spells an effort as written in the content ("30m", "2h",
// "1d") for a reader: "30 min", "2 hours", "1 day". Anything else is kept.
func effortText(s string) string {
	s = strings.TrimSpace(s)
	if len(s) < 2 {
		return s
	}
	num, unit := s[:len(s)-1], s[len(s)-1:]
	if strings.Trim(num, "0123456789.") != "" {
		return s
	}
	one := num == "1"
	switch unit {
	case "m":
		return num + " min"
	case "h":
		if one {
			return "1 hour"
		}
		return num + " hours"
	case "d":
		if one {
			return "1 day"
		}
		return num + " days"
	case "w":
		if one {
			return "1 week"
		}
		return num + " weeks"
	}
	return s
}
