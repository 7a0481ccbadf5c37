package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
)

// waitFor bounds every wait of the serve tests: a rebuild of the shipped
// content's SVGs takes well under a second, even with the race detector.
const waitFor = 10 * time.Second

// syncBuffer is a buffer that the server and the test may use at once.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// served is a serve running in-process for a test.
type served struct {
	url    string // with no trailing slash
	stdout *syncBuffer
	stderr *syncBuffer
}

// startServe runs serve with args on a free port of 127.0.0.1 and waits
// for its address. The server stops when the test ends, and at the latest
// after a minute, whatever the test does.
func startServe(t *testing.T, args ...string) *served {
	t.Helper()
	s := &served{stdout: &syncBuffer{}, stderr: &syncBuffer{}}
	e := &env{stdout: s.stdout, stderr: s.stderr, getenv: func(string) string { return "" }}
	o, code, ok := parseServe(append([]string{"--port", "0"}, args...), e)
	if !ok {
		t.Fatalf("serve %v: exit %d\n%s", args, code, s.stderr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	done := make(chan int, 1)
	go func() { done <- serve(ctx, o, e) }()
	t.Cleanup(func() {
		cancel()
		select {
		case code := <-done:
			if code != exitOK {
				t.Errorf("serve stopped with exit %d\n%s", code, s.stderr)
			}
		case <-time.After(waitFor):
			t.Error("serve did not stop after its context was cancelled")
		}
	})
	addr := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+)/`)
	poll(t, "the server's address", func() bool {
		m := addr.FindStringSubmatch(s.stdout.String())
		if m != nil {
			s.url = m[1]
		}
		return m != nil
	})
	return s
}

// poll calls ok until it holds, failing the test after waitFor.
func poll(t *testing.T, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(waitFor)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s after %s", what, waitFor)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// get fetches a path of the server and returns the status and the body.
func (s *served) get(t *testing.T, path string) (int, string) {
	t.Helper()
	client := &http.Client{Timeout: waitFor}
	resp, err := client.Get(s.url + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, string(body)
}

// sseEvent is one Server-Sent Event as a client sees it.
type sseEvent struct {
	name  string
	state liveState
}

// subscribe connects an event-stream client and returns its events. It
// returns once the server has registered the client (the stream's first
// line has arrived), so no build after it can be missed.
func (s *served) subscribe(t *testing.T) <-chan sseEvent {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, s.url+liveEventsPath, nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("connect to the event stream: %v", err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("event stream Content-Type = %q", ct)
	}
	lines := bufio.NewScanner(resp.Body)
	stuck := time.AfterFunc(waitFor, cancel)
	if !lines.Scan() || !strings.HasPrefix(lines.Text(), "retry: ") {
		t.Fatalf("event stream starts with %q, want a retry line", lines.Text())
	}
	stuck.Stop()
	events := make(chan sseEvent, 64)
	go readEvents(lines, resp.Body, events)
	return events
}

// readEvents parses the stream into events until it ends.
func readEvents(lines *bufio.Scanner, body io.Closer, events chan<- sseEvent) {
	defer body.Close()
	defer close(events)
	var ev sseEvent
	for lines.Scan() {
		line := lines.Text()
		switch {
		case strings.HasPrefix(line, "event: "):
			ev.name = strings.TrimPrefix(line, "event: ")
		case strings.HasPrefix(line, "data: "):
			_ = json.Unmarshal([]byte(strings.TrimPrefix(line, "data: ")), &ev.state)
		case line == "" && ev.name != "":
			events <- ev
			ev = sseEvent{}
		}
	}
}

// nextEvent waits for an event that match accepts, skipping others.
func nextEvent(t *testing.T, events <-chan sseEvent, what string, match func(sseEvent) bool) sseEvent {
	t.Helper()
	timeout := time.After(waitFor)
	for {
		select {
		case ev, ok := <-events:
			if !ok {
				t.Fatalf("event stream ended while waiting for %s", what)
			}
			if match(ev) {
				return ev
			}
		case <-timeout:
			t.Fatalf("gave up waiting for %s after %s", what, waitFor)
		}
	}
}

// editFile replaces the first from in file with to, failing when the file
// does not hold from, and returns the 1-based line of the change.
func editFile(t *testing.T, file, from, to string) int {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	at := bytes.Index(src, []byte(from))
	if at < 0 {
		t.Fatalf("%s has no %q", file, from)
	}
	src = bytes.Replace(src, []byte(from), []byte(to), 1)
	if err := os.WriteFile(file, src, 0o644); err != nil {
		t.Fatal(err)
	}
	return bytes.Count(src[:at], []byte("\n")) + 1
}

// contentCopy copies the shipped content into a temporary folder.
func contentCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "blueprints")
	if err := os.CopyFS(dir, os.DirFS(shippedContent(t))); err != nil {
		t.Fatal(err)
	}
	return dir
}
