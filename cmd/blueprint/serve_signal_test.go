//go:build unix

package main

import (
	"path/filepath"
	"regexp"
	"syscall"
	"testing"
	"time"
)

// TestServeStopsOnInterrupt runs serve as the command line does, through
// run, and interrupts the test process as Ctrl-C would: serve must catch
// the signal and return 0. The signal goes only after serve has printed
// its address, which it does once it listens for the signal.
func TestServeStopsOnInterrupt(t *testing.T) {
	stdout, stderr := &syncBuffer{}, &syncBuffer{}
	args := []string{"serve", "--port", "0", "--out", t.TempDir(), "--brands", filepath.Join(t.TempDir(), "none"), "--formats", "svg", contentCopy(t)}
	done := make(chan int, 1)
	go func() { done <- run(args, stdout, stderr, func(string) string { return "" }) }()
	listening := regexp.MustCompile(`serving .* at http://127\.0\.0\.1:\d+/`)
	deadline := time.Now().Add(waitFor)
	for !listening.MatchString(stdout.String()) {
		select {
		case code := <-done:
			t.Fatalf("serve returned %d before listening\n%s", code, stderr)
		case <-time.After(20 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not start within %s\n%s", waitFor, stderr)
		}
	}
	if err := syscall.Kill(syscall.Getpid(), syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve returned %d on SIGINT, want 0\n%s", code, stderr)
		}
	case <-time.After(waitFor):
		t.Fatal("serve did not stop on SIGINT")
	}
}
