#!/usr/bin/env bash
# Times `blueprint build` on synthetic libraries of many modules: a cold
# build (empty output folder), a no-op rebuild (nothing changed), and a
# rebuild after one task label of one module changed, with peak memory
# (GNU time's "Maximum resident set size", as `/usr/bin/time -v` shows it)
# and CPU time, for SVGs only and for every format. Each library is made
# by bench/cmd/scalelib (about 100 tasks a module) outside the timing.
#
# Usage: bench/scale.sh
# Environment: SIZES ("10 100 500 1000": modules per library), FORMATS
# ("svg all"), CORES (GOMAXPROCS; default: every core), KEEP=1 keeps the
# temp folder, SHIPPED=0 skips the shipped library's row.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-10 100 500 1000}
FORMATS=${FORMATS:-svg all}
if [ -n "${CORES:-}" ]; then export GOMAXPROCS=$CORES; fi

# GNU time, for peak memory; installed with apt when missing.
if [ ! -x /usr/bin/time ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo=sudo; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq time >/dev/null
fi

tmp=$(mktemp -d)
if [ "${KEEP:-0}" = 1 ]; then
  echo "keeping $tmp"
else
  trap 'rm -rf "$tmp"' EXIT
fi
go build -o "$tmp/blueprint" ./cmd/blueprint
go build -o "$tmp/scalelib" ./bench/cmd/scalelib

# timed runs blueprint with args and prints "wall user+sys rss_mb", the
# build's own line of counts going to $tmp/last.
timed() {
  /usr/bin/time -f '%e %U %S %M' -o "$tmp/time" "$tmp/blueprint" "$@" >"$tmp/last"
  awk '{ printf "%.2f %.2f %.0f\n", $1, $2 + $3, $4 / 1024 }' "$tmp/time"
}

# edit appends to the label of the first task of the library's first
# module: the smallest change a consultant makes.
edit() {
  local f=$1/syn/modules/SYN-0001.toml
  awk 'BEGIN { t = 0; d = 0 }
    /^\[\[subprocess\.task\]\]/ { t = 1 }
    t && !d && /^label = "/ { sub(/"$/, " (edited)\""); d = 1 }
    { print }' "$f" >"$f.new" && mv "$f.new" "$f"
}

# row times one library and kind of build: cold, no-op, one-module edit.
row() {
  local name=$1 content=$2 kinds=$3
  local flag=(--formats svg)
  if [ "$kinds" = all ]; then flag=(--formats svg,pdf,html,csv); fi
  rm -rf "$tmp/out"
  read -r cw cc cm < <(timed build "${flag[@]}" --out "$tmp/out" "$content")
  local files
  files=$(sed -E 's/.*: ([0-9]+) files? rendered.*/\1/' "$tmp/last")
  read -r nw _ nm < <(timed build "${flag[@]}" --out "$tmp/out" "$content")
  local noop
  noop=$(sed -E 's/.*: ([0-9]+) files? rendered.*/\1/' "$tmp/last")
  local ew="-" em="-" er="-"
  if [ -f "$content/syn/modules/SYN-0001.toml" ]; then
    edit "$content"
    read -r ew _ em < <(timed build "${flag[@]}" --out "$tmp/out" "$content")
    er=$(sed -E 's/.*: ([0-9]+) files? rendered.*/\1/' "$tmp/last")
  fi
  local peak=$cm
  for m in $nm $em; do if [ "$m" != "-" ] && [ "$m" -gt "$peak" ]; then peak=$m; fi; done
  printf '%-9s %-4s %6s %9s %8s %8s %7s %9s %8s\n' "$name" "$kinds" "$files" "$cw" "$cc" "$nw($noop)" "$ew($er)" "$peak" "$(awk -v w="$cw" -v n="${name%% *}" 'BEGIN { if (n+0 > 0) printf "%.1f", 1000 * w / n; else print "-" }')"
}

echo "blueprint build on $(nproc) cores (GOMAXPROCS=${GOMAXPROCS:-all}), load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-9s %-4s %6s %9s %8s %8s %7s %9s %8s\n' modules kind files "cold(s)" "cpu(s)" "no-op(s)" "edit(s)" "peak(MB)" "ms/mod"
if [ "${SHIPPED:-1}" = 1 ]; then
  for kinds in $FORMATS; do row shipped blueprints "$kinds"; done
fi
for n in $SIZES; do
  "$tmp/scalelib" -out "$tmp/lib$n" -modules "$n"
  for kinds in $FORMATS; do row "$n" "$tmp/lib$n" "$kinds"; done
done
echo "no-op and edit: seconds (files rendered); ms/mod: cold wall time per module"
