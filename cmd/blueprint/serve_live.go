package main

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// Paths of the server's own endpoints. They start with "__" so that no
// output of a build (whose names are ids and slugs) can shadow them.
const (
	liveEventsPath = "/__blueprint/events"
	liveScriptPath = "/__blueprint/live.js"
)

// liveScript keeps a page in step with the builds: it shows the problems of
// a failed build over the page, and reloads the page when a newer build
// succeeds or when the server comes back after a restart. It builds the
// overlay with textContent only, so no diagnostic text is ever parsed as
// HTML. The page's own state comes from the JSON the server injects.
const liveScript = `(function () {
  "use strict";
  var state = JSON.parse(document.getElementById("blueprint-live").textContent);
  var lost = false;
  function show(s) {
    var old = document.getElementById("blueprint-live-overlay");
    if (old) old.remove();
    if (!s.lines || !s.lines.length) return;
    var box = document.createElement("div");
    box.id = "blueprint-live-overlay";
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2em;" +
      "background:rgba(24,28,36,.97);color:#f4f4f4;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace";
    var head = document.createElement("strong");
    head.textContent = "blueprint serve: the content has errors; this page shows the last good build.";
    var pre = document.createElement("pre");
    pre.style.cssText = "white-space:pre-wrap;color:#ffb4a8";
    pre.textContent = s.lines.join("\n");
    var close = document.createElement("button");
    close.type = "button";
    close.textContent = "Hide until the next build";
    close.onclick = function () { box.remove(); };
    box.append(head, pre, close);
    document.body.append(box);
  }
  show(state);
  var events = new EventSource("` + liveEventsPath + `");
  events.addEventListener("reload", function (e) {
    if (JSON.parse(e.data).gen !== state.gen) location.reload();
  });
  events.addEventListener("diagnostics", function (e) {
    state = JSON.parse(e.data);
    show(state);
  });
  events.onerror = function () { lost = true; };
  events.onopen = function () { if (lost) location.reload(); };
})();
`

// serveLiveScript serves the script every HTML page loads.
func serveLiveScript(w http.ResponseWriter, _ *http.Request) {
	w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = w.Write([]byte(liveScript))
}

// inject puts the page's live state and the live script into an HTML page,
// before its </body> or at its end when it has none. It changes the
// response only, never the file on disk. The state is JSON, which
// encoding/json writes with <, > and & escaped, so no content text can
// close the script element.
func inject(page []byte, s liveState) []byte {
	data, _ := json.Marshal(s) // a struct of strings and ints cannot fail
	var snippet bytes.Buffer
	snippet.WriteString(`<script id="blueprint-live" type="application/json">`)
	snippet.Write(data)
	snippet.WriteString(`</script><script src="` + liveScriptPath + `"></script>`)
	at := lastBodyEnd(page)
	out := make([]byte, 0, len(page)+snippet.Len())
	out = append(out, page[:at]...)
	out = append(out, snippet.Bytes()...)
	return append(out, page[at:]...)
}

// lastBodyEnd is where the last </body> tag (in any case) starts, or the
// end of the page. It compares ASCII only, so that indexes stay those of
// the page whatever else it holds.
func lastBodyEnd(page []byte) int {
	const tag = "</body"
	for i := len(page) - len(tag); i >= 0; i-- {
		if page[i] == '<' && asciiEqualFold(page[i:i+len(tag)], tag) {
			return i
		}
	}
	return len(page)
}

func asciiEqualFold(b []byte, s string) bool {
	for i := range len(s) {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != s[i] {
			return false
		}
	}
	return true
}
