package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/blueprint-tools/blueprint/branding"
)

// serveOptions is what the command line of serve asks for.
type serveOptions struct {
	dir, brand, brands, out string
	// formats is passed to build as --formats when set; empty builds
	// every kind, as build does.
	formats string
	port    int
}

// root is the folder served: the brand's output folder.
func (o serveOptions) root() string { return filepath.Join(o.out, o.brand) }

// runServe is the serve command: it stops on SIGINT or SIGTERM, which
// cancel the context every part of the server watches.
func runServe(args []string, e *env) int {
	o, code, ok := parseServe(args, e)
	if !ok {
		return code
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serve(ctx, o, e)
}

// parseServe reads serve's flags; ok is false when the command line is
// wrong (or asks for --help), and code is then the exit status.
func parseServe(args []string, e *env) (o serveOptions, code int, ok bool) {
	fs := newFlags("serve", "[DIR]")
	brand := fs.String("brand", branding.DefaultID, "serve the brand `NAME` (a folder in --brands, or a built-in brand)")
	brands := fs.String("brands", defaultBrands, "the `DIR` holding brand folders")
	out := fs.String("out", "output", "build into `DIR`/<brand>/ and serve that folder")
	port := fs.Int("port", 8080, "listen on 127.0.0.1:`N` (0 picks a free port)")
	formats := fs.String("formats", "", "build only these `KINDS` of file, comma-separated, as build --formats (default every kind)")
	args, code, ok = parseFlags(fs, args, e)
	if !ok {
		return o, code, false
	}
	if len(args) > 1 {
		return o, usageError(e, "serve", "too many arguments: give one content folder"), false
	}
	if *port < 0 || *port > 65535 {
		return o, usageError(e, "serve", "--port %d is not a port number (0 to 65535)", *port), false
	}
	o = serveOptions{dir: defaultContent, brand: *brand, brands: *brands, out: *out, formats: *formats, port: *port}
	if len(args) == 1 {
		o.dir = args[0]
	}
	return o, exitOK, true
}

// preflight finds the problems a rebuild cannot fix: a content folder or a
// brand that is not there is a misuse of the command line.
func preflight(o serveOptions) error {
	if info, err := os.Stat(o.dir); err != nil || !info.IsDir() {
		return fmt.Errorf("content folder %q does not exist", o.dir)
	}
	_, _, err := loadBrand(o.brand, o.brands)
	return err
}
