#!/usr/bin/env bash
# Re-runnable benchmark: loads N synthetic reports (default 1,000,000) into a fresh embedded PostgreSQL through the
# demo profile, then measures pages with wrk as signed-in users. Needs: Java 17, wrk (apt-get install wrk), curl.
#   bench/run.sh                 # 1,000,000 reports
#   REPORTS=100000 bench/run.sh  # a quicker run
#   ONLY='search|subject' bench/run.sh  # only the scenarios whose name matches (extended regex)
# Results: one line per page with p50/p95/p99 in milliseconds, also written to target/bench/results.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=${REPORTS:-1000000}
PORT=${PORT:-18080}
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
DATA=${BENCH_DATA_DIR:-target/bench/data-$REPORTS}
OUT=target/bench
mkdir -p "$OUT"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }

source bench/app.sh

measure() { # name, user, paths file
  if [ -n "${ONLY:-}" ] && ! grep -Eq "$ONLY" <<<"$1"; then return 0; fi
  local session; session=$(sign_in "$2")
  # warm up, then measure
  SESSION="$session" PATHS_FILE="$3" wrk -t2 -c"$CONNECTIONS" -d5s -s bench/latency.lua "http://localhost:$PORT" >/dev/null
  local line
  line=$(SESSION="$session" PATHS_FILE="$3" wrk -t2 -c"$CONNECTIONS" -d"$DURATION" -s bench/latency.lua \
    "http://localhost:$PORT" | grep '^RESULT')
  printf '%-34s %-20s %s\n' "$1" "$2" "$line" | tee -a "$OUT/results.txt"
}

: > "$OUT/results.txt"
echo "reports=$REPORTS connections=$CONNECTIONS duration=$DURATION $(nproc) cores $(date -u +%FT%TZ)" | tee -a "$OUT/results.txt"
source bench/pages.sh
