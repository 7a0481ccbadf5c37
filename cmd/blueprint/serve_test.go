package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestServeRebuildsAndReloads serves a copy of the shipped content, edits a
// task label and then breaks the content, and checks what a browser would
// see: the new label in the served SVG and a reload event; then the
// diagnostic, with its position, on the event stream and in the page, while
// the last good files are still served.
func TestServeRebuildsAndReloads(t *testing.T) {
	dir := contentCopy(t)
	out := t.TempDir()
	// Without html there is no site, whose index.html pages would take
	// the place of the listings this test reads.
	s := startServe(t, dir, "--out", out, "--brands", filepath.Join(t.TempDir(), "none"), "--formats", "svg,csv")
	svg := subprocessMap(t, s)
	events := s.subscribe(t)
	first := nextEvent(t, events, "the current state", func(sseEvent) bool { return true })
	file := filepath.Join(dir, "msp", "modules", "MSP-11b-service-deactivation.toml")
	editFile(t, file, `label = "Prepare deactivation checklist"`, `label = "Prepare Quokka checklist"`)
	nextEvent(t, events, "a reload event after the edit", func(ev sseEvent) bool {
		return ev.name == "reload" && ev.state.Gen > first.state.Gen
	})
	poll(t, "the new label in "+svg, func() bool {
		_, body := s.get(t, svg)
		return strings.Contains(body, "Quokka")
	})
	breakContent(t, s, events, dir, file)
	if _, body := s.get(t, svg); !strings.Contains(body, "Quokka") {
		t.Errorf("GET %s while the content is broken does not serve the last good build", svg)
	}
	refusesEscapes(t, s, out)
}

// subprocessMap finds the map of sub-process 11b.01 through the listings
// and checks that it is served as built.
func subprocessMap(t *testing.T, s *served) string {
	t.Helper()
	code, top := s.get(t, "/")
	if code != 200 || !strings.Contains(top, `<a href="./MSP-11b/">MSP-11b/</a>`) || !strings.Contains(top, liveScriptPath) {
		t.Fatalf("GET / = %d, want a listing with the live script:\n%s", code, top)
	}
	_, listing := s.get(t, "/MSP-11b/")
	link := regexp.MustCompile(`href="\./(11b\.01-[a-z0-9.-]+\.svg)"`).FindStringSubmatch(listing)
	if link == nil {
		t.Fatalf("GET /MSP-11b/ lists no 11b.01 map:\n%s", listing)
	}
	svg := "/MSP-11b/" + link[1]
	if code, body := s.get(t, svg); code != 200 || !strings.HasPrefix(body, "<?xml") && !strings.HasPrefix(body, "<svg") || strings.Contains(body, "Quokka") {
		t.Fatalf("GET %s = %d, want the SVG as built:\n%.200s", svg, code, body)
	}
	return svg
}

// breakContent misspells a role and expects the diagnostic, positioned, on
// the event stream, on the terminal and in the pages.
func breakContent(t *testing.T, s *served, events <-chan sseEvent, dir, file string) {
	t.Helper()
	line := editFile(t, file, `role = "noc-engineer"`, `role = "noc-enginer"`)
	shown := filepath.ToSlash(filepath.Clean(dir)) + "/msp/modules/MSP-11b-service-deactivation.toml:" + strconv.Itoa(line) + ":"
	want := regexp.MustCompile(`^` + regexp.QuoteMeta(shown) + `\d+: task "11b\.[0-9.]+": role "noc-enginer" is not defined \(did you mean "noc-engineer"\?\)$`)
	broken := nextEvent(t, events, "the diagnostic on the event stream", func(ev sseEvent) bool {
		return ev.name == "diagnostics"
	})
	if broken.state.Errors != 1 || len(broken.state.Lines) != 2 || !want.MatchString(broken.state.Lines[0]) || broken.state.Lines[1] != "1 error" {
		t.Fatalf("diagnostics event = %+v, want the one error at %s", broken.state, shown)
	}
	if !strings.Contains(s.stderr.String(), broken.state.Lines[0]+"\n1 error\n") {
		t.Errorf("terminal shows:\n%s\nwant the diagnostic as check prints it", s.stderr)
	}
	_, page := s.get(t, "/MSP-11b/")
	if !strings.Contains(page, `"errors":1`) || !strings.Contains(page, `role \"noc-enginer\" is not defined`) || !strings.Contains(page, "11b.01-") {
		t.Errorf("GET /MSP-11b/ while the content is broken: want the listing with the problems for the overlay:\n%s", page)
	}
}

// refusesEscapes asks for a file beside the served folder in every way a
// path can leave it, by hand on a raw connection so that no client cleans
// the path first, and through a symbolic link inside the folder.
func refusesEscapes(t *testing.T, s *served, out string) {
	t.Helper()
	const secret = "not for the browser"
	if err := os.WriteFile(filepath.Join(out, "secret.txt"), []byte(secret), 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{"/../secret.txt", "/%2e%2e/secret.txt", "/MSP-11b/../../secret.txt", "/MSP-11b/..%2f..%2fsecret.txt", `/..\secret.txt`, "/..%5csecret.txt"}
	if os.Symlink(filepath.Join("..", "secret.txt"), filepath.Join(out, "default", "link.txt")) == nil {
		paths = append(paths, "/link.txt")
	}
	for _, p := range paths {
		status, body := rawGet(t, s.url, p)
		if strings.Contains(body, secret) || strings.HasPrefix(status, "HTTP/1.1 200") {
			t.Errorf("GET %s: %s, body %q: want it refused", p, status, body)
		}
	}
}

// rawGet sends one GET with the path exactly as given and returns the
// status line and the body.
func rawGet(t *testing.T, base, path string) (string, string) {
	t.Helper()
	conn, err := net.DialTimeout("tcp", strings.TrimPrefix(base, "http://"), waitFor)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	_ = conn.SetDeadline(time.Now().Add(waitFor))
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", path)
	r := bufio.NewReader(conn)
	status, _ := r.ReadString('\n')
	rest, _ := io.ReadAll(r)
	return strings.TrimSpace(status), string(rest)
}

// TestServeStartsWithBrokenContent checks that content broken from the
// start does not stop the server: the page says nothing is built yet and
// carries the problems, and fixing the content builds and reloads.
func TestServeStartsWithBrokenContent(t *testing.T) {
	dir := contentCopy(t)
	file := filepath.Join(dir, "msp", "modules", "MSP-05h-software-upgrades.toml")
	editFile(t, file, `role = "noc-engineer"`, `role = "noc-enginer"`)
	s := startServe(t, dir, "--out", t.TempDir(), "--brands", filepath.Join(t.TempDir(), "none"), "--formats", "svg")
	code, page := s.get(t, "/")
	if code != 503 || !strings.Contains(page, "Nothing built yet") || !strings.Contains(page, `noc-enginer`) {
		t.Fatalf("GET / = %d, want 503 with the problems:\n%s", code, page)
	}
	events := s.subscribe(t)
	editFile(t, file, `role = "noc-enginer"`, `role = "noc-engineer"`)
	nextEvent(t, events, "a reload event after the fix", func(ev sseEvent) bool { return ev.name == "reload" })
	if code, page := s.get(t, "/"); code != 200 || !strings.Contains(page, "MSP-05h/") {
		t.Errorf("GET / after the fix = %d:\n%s", code, page)
	}
}

func TestServeUsageErrors(t *testing.T) {
	tests := []struct {
		args []string
		err  string
	}{
		{[]string{"serve", "a", "b"}, "blueprint serve: too many arguments: give one content folder\n"},
		{[]string{"serve", "--port", "70000"}, "blueprint serve: --port 70000 is not a port number (0 to 65535)\n"},
		{[]string{"serve", "--port", "0", "no-such-folder"}, "blueprint serve: content folder \"no-such-folder\" does not exist\n"},
		{[]string{"serve", "--port", "0", "--brand", "nope", "../../blueprints"}, "blueprint serve: brand \"nope\" not found in branding or among the built-in brands"},
	}
	for _, tt := range tests {
		code, _, errOut := runCLI(t, tt.args...)
		if code != exitUsage || !strings.HasPrefix(errOut, tt.err) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tt.args, code, errOut, tt.err)
		}
	}
}

// TestServeWatchesNewFolders adds a module with new while serving, then
// makes a folder and a broken file inside it: the folder must be watched
// as soon as it appears.
func TestServeWatchesNewFolders(t *testing.T) {
	dir := contentCopy(t)
	s := startServe(t, dir, "--out", t.TempDir(), "--brands", filepath.Join(t.TempDir(), "none"), "--formats", "svg")
	events := s.subscribe(t)
	first := nextEvent(t, events, "the current state", func(sseEvent) bool { return true })
	if code, _, errOut := runCLI(t, "new", "module", "MSP-12a", dir); code != exitOK {
		t.Fatalf("new module: exit %d\n%s", code, errOut)
	}
	added := nextEvent(t, events, "a reload event after new module", func(ev sseEvent) bool {
		return ev.name == "reload" && ev.state.Gen > first.state.Gen
	})
	if code, page := s.get(t, "/MSP-12a/"); code != 200 || !strings.Contains(page, "12a.01-new-module.svg") {
		t.Fatalf("GET /MSP-12a/ = %d:\n%s", code, page)
	}
	more := filepath.Join(dir, "msp", "more")
	if err := os.Mkdir(more, 0o755); err != nil {
		t.Fatal(err)
	}
	nextEvent(t, events, "a build after the new folder", func(ev sseEvent) bool { return ev.state.Gen > added.state.Gen })
	writeFiles(t, more, map[string]string{"broken.toml": "[module\n"})
	nextEvent(t, events, "the problem in the new folder", func(ev sseEvent) bool {
		return ev.name == "diagnostics" && strings.HasPrefix(ev.state.Lines[0], filepath.ToSlash(more)+"/broken.toml:")
	})
}

// TestServeWatchesTheBrand serves a brand folder of the user's and breaks
// one of its colours: the brand is watched like the content.
func TestServeWatchesTheBrand(t *testing.T) {
	brands := t.TempDir()
	if code, _, errOut := runCLI(t, "new", "brand", "acme", "--brands", brands); code != exitOK {
		t.Fatalf("new brand: exit %d\n%s", code, errOut)
	}
	s := startServe(t, contentCopy(t), "--out", t.TempDir(), "--brands", brands, "--brand", "acme", "--formats", "svg")
	events := s.subscribe(t)
	file := filepath.Join(brands, "acme", "brand.toml")
	line := editFile(t, file, `primary = "#1f4e8c"`, `primary = "#1f4e8"`)
	at := filepath.ToSlash(file) + ":" + strconv.Itoa(line) + ":"
	nextEvent(t, events, "the brand's problem at "+at, func(ev sseEvent) bool {
		return ev.name == "diagnostics" && strings.HasPrefix(ev.state.Lines[0], at)
	})
	if code, page := s.get(t, "/"); code != 200 || !strings.Contains(page, `not #rrggbb`) {
		t.Errorf("GET / = %d, want the last good build with the brand's problem:\n%s", code, page)
	}
}

func TestServeStopsOnBadFormats(t *testing.T) {
	code, _, errOut := runCLI(t, "serve", "--port", "0", "--out", t.TempDir(), "--formats", "bogus", shippedContent(t))
	if code != exitUsage || !strings.Contains(errOut, `"bogus"`) {
		t.Errorf("serve --formats bogus: exit %d, stderr %q; want exit 2 naming the kind", code, errOut)
	}
}
