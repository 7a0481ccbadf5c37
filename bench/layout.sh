#!/usr/bin/env bash
# Compares our layout with Graphviz on the same synthetic sub-process:
# whole-process time (hyperfine, one run comparing both commands), and
# crossings, bends and edges through tasks of both drawings (bench/cmd/count).
# See bench/README.md for what each number means.
#
# Usage: bench/layout.sh
# Environment: TASKS (200), LANES (8), SEED (1), RUNS (hyperfine --runs;
# default: hyperfine decides), KEEP=1 keeps the temp folder, GOBENCH=0 skips
# the in-process go test -bench at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

TASKS=${TASKS:-200}
LANES=${LANES:-8}
SEED=${SEED:-1}

# need installs the apt packages whose command is missing, updating the
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
need dot graphviz
need hyperfine hyperfine

tmp=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then
  echo "keeping $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi

go build -o "$tmp/synthlib" ./bench/cmd/synthlib
go build -o "$tmp/count" ./bench/cmd/count
"$tmp/synthlib" -tasks "$TASKS" -lanes "$LANES" -seed "$SEED" -out "$tmp"
dot -Gnewrank=true -Tjson "$tmp/graph.dot" -o "$tmp/graph.json"

# Ours is the whole blueprint build process, SVG only as dot draws SVG: load,
# validate, personalize,
# lay out, render and write every diagram.
go build -o "$tmp/blueprint" ./cmd/blueprint
"$tmp/blueprint" check "$tmp/content" >/dev/null
ours=("$tmp/blueprint" build --formats svg --out "$tmp/out" "$tmp/content")
echo "content: $TASKS tasks, $LANES lanes, seed $SEED"
echo

runs=()
if [ -n "${RUNS:-}" ]; then runs=(--runs "$RUNS"); fi
# Each run starts with no output, so both tools write their files every time.
hyperfine -N --warmup 5 "${runs[@]}" --export-json "$tmp/times.json" \
  --prepare "rm -rf $tmp/out" "${ours[*]}" \
  --prepare "rm -f $tmp/out.svg" "dot -Tsvg -Gnewrank=true $tmp/graph.dot -o $tmp/out.svg"

echo
"$tmp/count" -dir "$tmp/content" -dot "$tmp/graph.json" -times "$tmp/times.json"

if [ "${GOBENCH:-1}" != 0 ]; then
  echo
  go test -run '^$' -bench . -benchtime 20x ./render/layout
fi
