package report

import (
	"testing"
	"time"

	"github.com/blueprint-tools/blueprint/blueprints"
)

func TestEffortText(t *testing.T) {
	tests := []struct {
		e    blueprints.Effort
		want string
	}{
		{blueprints.Effort{}, ""},
		{blueprints.Effort{Text: "15m", Duration: 15 * time.Minute}, "15 min"},
		{blueprints.Effort{Text: "1h30m", Duration: 90 * time.Minute}, "1.5 h"},
		{blueprints.Effort{Text: "1d", Duration: 8 * time.Hour}, "8 h"},
		{blueprints.Effort{Text: "20m", Duration: 20 * time.Minute}, "20 min"},
		{blueprints.Effort{Text: "1h20m", Duration: 80 * time.Minute}, "1.33 h"},
	}
	for _, tt := range tests {
		if got := effortText(tt.e); got != tt.want {
			t.Errorf("effortText(%q) = %q, want %q", tt.e.Text, got, tt.want)
		}
	}
}

func TestNames(t *testing.T) {
	if got := directionName(blueprints.LowerIsBetter); got != "lower is better" {
		t.Errorf("directionName = %q", got)
	}
	if got := plural(1, "task", "tasks") + ", " + plural(0, "task", "tasks"); got != "1 task, 0 tasks" {
		t.Errorf("plural = %q", got)
	}
}
