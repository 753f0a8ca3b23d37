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

if ! ls target/timpora-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -ntp package -DskipTests
fi
JAR=$(ls target/timpora-*.jar | head -n 1)

# The data folder is kept: a second run with the same REPORTS reuses the loaded database.
TIMPORA_DATA_DIR="$DATA" java -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --spring.profiles.active=demo \
  --timpora.demo.reports="$REPORTS" --timpora.backup.enabled=false --logging.level.root=WARN --logging.level.id.timpora=INFO \
  > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

echo "Starting the app and loading $REPORTS reports (first run only; see $OUT/app.log)..."
until curl -fs "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
  kill -0 $APP 2>/dev/null || { echo "the app stopped; see $OUT/app.log" >&2; exit 1; }
  sleep 5
done
grep -h "Generated" "$OUT/app.log" || true

sign_in() { # prints the session cookie of a signed-in demo user
  local jar; jar=$(mktemp)
  local token
  token=$(curl -fs -c "$jar" "http://localhost:$PORT/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//;s/"//')
  curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$1" --data-urlencode "password=Demo-TIMPORA-2026" \
    --data-urlencode "_csrf=$token" "http://localhost:$PORT/login"
  awk '$6 == "TIMPORA_SESSION" { print $7 }' "$jar"
  rm -f "$jar"
}

psql_like() { # runs SQL against the embedded database through the app's JDBC URL printed in the log
  local port; port=$(grep -o 'Embedded PostgreSQL on port [0-9]*' "$OUT/app.log" | head -n 1 | awk '{print $5}')
  psql -h localhost -p "$port" -U postgres -d postgres -Atc "$1"
}

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

# A bulk load leaves the visibility map empty until autovacuum comes by; index-only counts need it.
psql_like "vacuum analyze" >/dev/null
: > "$OUT/results.txt"
echo "reports=$REPORTS connections=$CONNECTIONS duration=$DURATION $(nproc) cores $(date -u +%FT%TZ)" | tee -a "$OUT/results.txt"
source bench/pages.sh
