package main

import (
	"strings"
	"testing"
)

func TestGoBuildID(t *testing.T) {
	head := []byte("junk\xff Go build ID: \"abc/def/ghi\"\n \xffmore")
	if got := goBuildID(head); got != "abc/def/ghi" {
		t.Errorf("goBuildID = %q", got)
	}
	for _, bad := range []string{"", "no id here", "\xff Go build ID: \"unterminated", "\xff Go build ID: \"\""} {
		if got := goBuildID([]byte(bad)); got != "" {
			t.Errorf("goBuildID(%q) = %q, want empty", bad, got)
		}
	}
}

// TestToolIDNamesTheExecutable checks that the test binary's own build ID
// is found, so a build never falls back to hashing the whole executable.
func TestToolIDNamesTheExecutable(t *testing.T) {
	id := toolID()
	parts := strings.Fields(id)
	if len(parts) != 4 || !strings.Contains(parts[3], "/") {
		t.Errorf("toolID() = %q, want version, Go release and a build ID", id)
	}
}
