package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strconv"
	"time"
)

// Server timeouts. There is no write timeout for the whole server: the
// event stream stays open for as long as a page does, and sets a deadline
// on each of its writes instead.
const (
	readHeaderTimeout = 10 * time.Second
	idleTimeout       = time.Minute
	shutdownTimeout   = 5 * time.Second
)

// serve builds once, then serves the brand's output folder on 127.0.0.1,
// rebuilding on every change of the content or the brand, until ctx is
// cancelled. Content errors never stop it: they are printed and shown on
// the open pages, which keep showing the last good build.
func serve(ctx context.Context, o serveOptions, e *env) int {
	if err := preflight(o); err != nil {
		return usageError(e, "serve", "%v", err)
	}
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(o.port)))
	if err != nil {
		fmt.Fprintf(e.stderr, "blueprint serve: %v (try another --port, or --port 0 for any free one)\n", err)
		return exitInvalid
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	// Watch before the first build, so a change made during it is not lost.
	changed, watching, err := watch(ctx, o, e.stderr)
	if err != nil {
		ln.Close()
		fmt.Fprintf(e.stderr, "blueprint serve: %v\n", err)
		return exitInvalid
	}
	defer func() { cancel(); <-watching }()
	h := newHub()
	if code := refresh(o, e, h); code != exitOK {
		ln.Close()
		return code
	}
	srv := newServer(ctx, o, h)
	failed := make(chan error, 1)
	go func() { failed <- srv.Serve(ln) }()
	fmt.Fprintf(e.stdout, "serving %s at http://%s/ (Ctrl-C to stop)\n", filepath.ToSlash(o.root()), ln.Addr())
	code := loop(ctx, o, e, h, changed, failed)
	cancel() // ends the event streams, which Shutdown would wait for
	stopServer(srv, failed)
	return code
}

// loop rebuilds on each change until ctx ends or the server fails.
func loop(ctx context.Context, o serveOptions, e *env, h *hub, changed <-chan struct{}, failed chan error) int {
	for {
		select {
		case <-ctx.Done():
			return exitOK
		case err := <-failed:
			failed <- err // for stopServer
			fmt.Fprintf(e.stderr, "blueprint serve: %v\n", err)
			return exitInvalid
		case <-changed:
			if code := refresh(o, e, h); code != exitOK {
				return code
			}
		}
	}
}

// newServer makes the server: the live endpoints and the output's files.
// Requests carry ctx, so that cancelling it ends the event streams.
func newServer(ctx context.Context, o serveOptions, h *hub) *http.Server {
	mux := http.NewServeMux()
	mux.Handle(liveEventsPath, h)
	mux.HandleFunc(liveScriptPath, serveLiveScript)
	mux.Handle("/", newSiteHandler(o.root(), h))
	return &http.Server{
		Handler:           mux,
		BaseContext:       func(net.Listener) context.Context { return ctx },
		ReadHeaderTimeout: readHeaderTimeout,
		IdleTimeout:       idleTimeout,
	}
}

// stopServer lets requests in flight finish, within a bound, and waits for
// Serve to return.
func stopServer(srv *http.Server, served <-chan error) {
	ctx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if srv.Shutdown(ctx) != nil {
		_ = srv.Close()
	}
	<-served
}
