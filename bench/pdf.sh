#!/usr/bin/env bash
# Compares our PDF output with Graphviz's and PlantUML's on the same
# synthetic sub-process: whole-process time (one hyperfine run over all
# three commands), file sizes, embedded fonts and whether each PDF is
# vector. See bench/README.md ("The PDF benchmark") for what is compared.
#
# Usage: bench/pdf.sh
# Environment: TASKS (200), LANES (8), SEED (1), RUNS (hyperfine --runs;
# default: hyperfine decides), WARMUP (2), KEEP=1 keeps the temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."

TASKS=${TASKS:-200}
LANES=${LANES:-8}
SEED=${SEED:-1}
WARMUP=${WARMUP:-2}

# need installs the apt package whose command is missing, updating the
# package lists once.
updated=0
need() {
  local cmd=$1 pkg=$2
  command -v "$cmd" >/dev/null 2>&1 && return
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  if [ "$updated" -eq 0 ]; then
    $sudo apt-get update -qq
    updated=1
  fi
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$pkg" >/dev/null
}

# timetable prints hyperfine's means side by side with each tool's time
# over ours: wall clock, and CPU (user + system, children included),
# which a busy machine disturbs less.
timetable() {
  awk -F, 'NR == 1 { next }
    { name[NR] = $1; mean[NR] = $2; sd[NR] = $3; cpu[NR] = $5 + $6; n = NR }
    END {
      printf "%-14s %10s %10s %10s %12s %12s\n", "command", "mean s", "stddev s", "cpu s", "time/ours", "cpu/ours"
      for (i = 2; i <= n; i++)
        printf "%-14s %10.3f %10.3f %10.3f %11.2fx %11.2fx\n", name[i], mean[i], sd[i], cpu[i], mean[i] / mean[2], cpu[i] / cpu[2]
    }' "$1"
}

# filetable prints, for each pair of name and file, its size, pages, page
# size, images and fonts.
filetable() {
  printf "%-14s %10s %6s %-14s %-38s %s\n" file bytes pages "page (pt)" images fonts
  while [ $# -gt 0 ]; do
    local name=$1 f=$2
    shift 2
    case $f in
    *.pdf) printf "%-14s %10d %6s %-14s %-38s %s\n" "$name" "$(stat -c %s "$f")" \
      "$(pdfinfo "$f" | awk '/^Pages:/ { print $2 }')" "$(pagesize "$f")" "$(images "$f")" "$(fonts "$f")" ;;
    *) printf "%-14s %10d %6s %-14s %-38s %s\n" "$name" "$(stat -c %s "$f")" - - - "n/a (not a PDF)" ;;
    esac
  done
}

pagesize() { pdfinfo "$1" | awk '/^Page size:/ { print $3 "x" $5; exit }'; }

# fonts tells whether every font of the PDF is embedded; pdffonts's
# emb column is the fifth from the right, as font and type names may
# have spaces.
fonts() {
  pdffonts "$1" | awk 'NR > 2 { n++; if ($(NF - 4) != "yes") { miss++; names = names " " $1 } }
    END {
      if (!n) print "no fonts (no text)"
      else if (!miss) print "all " n " embedded"
      else print miss " of " n " not embedded:" names
    }'
}

# images lists the PDF's raster images by the share of a page (the
# first page's size) the largest covers: "vector" when there is none,
# and "page-size raster" when one covers half a page or more.
images() {
  local size
  size=$(pdfinfo "$1" | awk '/^Page size:/ { print $3 * $5; exit }')
  pdfimages -list "$1" | awk -v area="$size" 'NR > 2 && $3 == "image" {
      n++; a = ($4 / $13 * 72) * ($5 / $14 * 72) / area; if (a > max) max = a }
    END {
      if (!n) print "vector (no images)"
      else printf "%d images, largest %.0f%% of a page%s\n", n, max * 100, (max >= 0.5 ? ": page-size raster" : "")
    }'
}

# oursTotal lists every PDF our build wrote, as it did more than one.
oursTotal() {
  find "$1" -name '*.pdf' -printf '%s %f\n' | sort -k2 |
    awk '{ t += $1; printf "  %10d  %s\n", $1, $2 } END { printf "  %10d  total (ours)\n", t }'
}

need dot graphviz
need plantuml plantuml
need hyperfine hyperfine
need pdffonts poppler-utils # with pdfimages, pdfinfo and pdftotext

tmp=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then
  echo "keeping $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi

go build -o "$tmp/synthlib" ./bench/cmd/synthlib
go build -o "$tmp/blueprint" ./cmd/blueprint
"$tmp/synthlib" -tasks "$TASKS" -lanes "$LANES" -seed "$SEED" -puml -out "$tmp"
"$tmp/blueprint" check "$tmp/content" >/dev/null
echo "content: $TASKS tasks, $LANES lanes, seed $SEED"

# PlantUML writes PDF through Batik and FOP, which some distributions do
# not ship with it. One trial run tells; it must also have drawn the
# diagram, not an error picture (which PlantUML writes with exit status 0).
pfmt=pdf
if ! plantuml -tpdf -o "$tmp/trial" "$tmp/graph.puml" >"$tmp/trial.log" 2>&1 ||
  ! pdftotext "$tmp/trial/graph.pdf" - 2>/dev/null | grep -q "Request received"; then
  pfmt=svg
  echo "note: this plantuml cannot write the PDF (see below); timing plantuml -tsvg instead, the closest it does"
  tail -3 "$tmp/trial.log"
  plantuml -tsvg -o "$tmp/trial" "$tmp/graph.puml"
  grep -q "Request received" "$tmp/trial/graph.svg" || {
    echo "plantuml drew no diagram" >&2
    exit 1
  }
fi
echo "our build writes 3 diagram PDFs (11x17, legal, A3) and 2 report PDFs;" \
  "it has no flag for one paper, so it does more work than dot and plantuml, which write one file"
echo

runs=()
if [ -n "${RUNS:-}" ]; then runs=(--runs "$RUNS"); fi
# One run over the three commands; each starts with no output, so every
# tool writes its files every time (our build keeps its record of the last
# build in the output folder: without it, it makes every file).
hyperfine -N --warmup "$WARMUP" "${runs[@]}" --export-csv "$tmp/times.csv" \
  -n ours --prepare "rm -rf $tmp/out" \
  "$tmp/blueprint build --formats pdf --out $tmp/out $tmp/content" \
  -n dot --prepare "rm -f $tmp/dot.pdf" \
  "dot -Tpdf -Gnewrank=true $tmp/graph.dot -o $tmp/dot.pdf" \
  -n "plantuml-$pfmt" --prepare "rm -rf $tmp/puml" \
  "plantuml -t$pfmt -o $tmp/puml $tmp/graph.puml"

echo
timetable "$tmp/times.csv"
echo
ours=$(find "$tmp/out" -name '*-11x17.pdf' | head -1)
filetable "ours (11x17)" "$ours" dot "$tmp/dot.pdf" "plantuml-$pfmt" "$tmp/puml/graph.$pfmt"
echo "every PDF of our build:"
oursTotal "$tmp/out"
