package dotout

import (
	"reflect"
	"testing"
)

func TestQuote(t *testing.T) {
	if got, want := quote(`a "b" \n`), `"a \"b\" \\n"`; got != want {
		t.Errorf("quote = %s, want %s", got, want)
	}
	if got, want := quoteLabel(`Escalate the "change request" in the PSA`), `"Escalate the \"change\nrequest\" in the PSA"`; got != want {
		t.Errorf("quoteLabel = %s, want %s", got, want)
	}
}

func TestWrap(t *testing.T) {
	got := wrap("Hand over the statement of work and record it", 24)
	want := []string{"Hand over the statement", "of work and record it"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("wrap = %q, want %q", got, want)
	}
	if got := wrap("", 24); !reflect.DeepEqual(got, []string{""}) {
		t.Errorf("wrap of nothing = %q", got)
	}
}
