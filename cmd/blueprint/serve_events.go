package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"
)

// Server-Sent Events timing: a comment line keeps idle connections (and
// proxies) from timing out, and a client that does not take an event
// within the write timeout is dropped rather than holding the server.
const (
	eventPing         = 15 * time.Second
	eventWriteTimeout = 10 * time.Second
	eventRetryMillis  = 1000 // how soon a browser reconnects after a restart
)

// liveState is what the open pages are told after each build. Gen counts
// builds, so that a page can tell whether it shows the newest one; Lines
// are the problems, printed as check prints them, when the build failed.
type liveState struct {
	Gen     int      `json:"gen"`
	Summary string   `json:"summary,omitempty"`
	Errors  int      `json:"errors,omitempty"`
	Lines   []string `json:"lines,omitempty"`
}

// broken reports whether the last build failed.
func (s liveState) broken() bool { return len(s.Lines) > 0 }

// event is the Server-Sent Events name of the state: pages reload on
// "reload" and show an overlay on "diagnostics".
func (s liveState) event() string {
	if s.broken() {
		return "diagnostics"
	}
	return "reload"
}

// hub holds the state of the last build and hands each change to every
// connected page. Each page gets a channel holding at most one state:
// only the newest matters, so a slow page skips the ones it missed.
type hub struct {
	mu   sync.Mutex
	cur  liveState
	subs map[chan liveState]struct{}
}

func newHub() *hub { return &hub{subs: map[chan liveState]struct{}{}} }

// current is the state of the last build.
func (h *hub) current() liveState {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cur
}

// reload records a good build.
func (h *hub) reload(summary string) { h.set(liveState{Summary: summary}) }

// fail records a failed build and its problems.
func (h *hub) fail(errs int, lines []string) { h.set(liveState{Errors: errs, Lines: lines}) }

func (h *hub) set(s liveState) {
	h.mu.Lock()
	defer h.mu.Unlock()
	s.Gen = h.cur.Gen + 1
	h.cur = s
	for ch := range h.subs {
		// The hub is the only sender, so after taking a stale state out
		// the send cannot block.
		select {
		case ch <- s:
		default:
			select {
			case <-ch:
			default:
			}
			ch <- s
		}
	}
}

// subscribe registers a page. The channel starts with the current state,
// so a page that loaded before a build learns of it at once.
func (h *hub) subscribe() (<-chan liveState, func()) {
	ch := make(chan liveState, 1)
	h.mu.Lock()
	defer h.mu.Unlock()
	ch <- h.cur
	h.subs[ch] = struct{}{}
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		delete(h.subs, ch)
	}
}

// ServeHTTP streams the states as Server-Sent Events until the page goes
// away or the server stops.
func (h *hub) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	rc := http.NewResponseController(w)
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	states, unsubscribe := h.subscribe()
	defer unsubscribe()
	if !writeEvent(rc, w, fmt.Sprintf("retry: %d\n\n", eventRetryMillis)) {
		return
	}
	ping := time.NewTicker(eventPing)
	defer ping.Stop()
	for {
		var msg string
		select {
		case <-r.Context().Done():
			return
		case <-ping.C:
			msg = ": ping\n\n"
		case s := <-states:
			data, _ := json.Marshal(s) // a struct of strings and ints cannot fail
			msg = fmt.Sprintf("event: %s\ndata: %s\n\n", s.event(), data)
		}
		if !writeEvent(rc, w, msg) {
			return
		}
	}
}

// writeEvent writes and flushes one message within the write timeout.
func writeEvent(rc *http.ResponseController, w http.ResponseWriter, msg string) bool {
	_ = rc.SetWriteDeadline(time.Now().Add(eventWriteTimeout))
	if _, err := fmt.Fprint(w, msg); err != nil {
		return false
	}
	return rc.Flush() == nil
}
