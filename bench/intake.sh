#!/usr/bin/env bash
# Re-runnable benchmark of the public form (#14), on an app started with the demo accounts and no reports:
#   1. GET /lapor, p95 at 2 connections (wrk, bench/intake-get.lua; every request a first visit: a new session);
#   2. POST /lapor, p95 at 2 connections: two workers, each opening the form (curl, its own session), answering the
#      question and sending it, every send from its own client address (X-Forwarded-For) so that the per-client
#      limits do not refuse it; curl's time_total of each POST is kept and sorted;
#   3. a flood from ONE client address at about 200 requests/s (wrk, bench/intake-flood.lua, fixed delay per
#      connection; the achieved rate is printed), with the default limits: how many were refused (429), how fast,
#      and what was stored.
# The app trusts 127.0.0.1 as its proxy (so X-Forwarded-For names the client) and, for step 2 only, lets a form be sent
# at once (timpora.intake.min-fill-time=0s; a person takes longer, a script sending in 0 s is what step 3 is). Every
# other intake limit is the default one. Needs: Java 17, wrk, curl, psql.
#   bench/intake.sh                       # defaults below
#   POSTS=200 FLOOD_SECONDS=20 bench/intake.sh
# Results: target/bench/intake-results.txt
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=0
PORT=${PORT:-18081}
DURATION=${DURATION:-20s}
POSTS=${POSTS:-100}                 # per worker; 2 workers; stay below the global 600 an hour
FLOOD_SECONDS=${FLOOD_SECONDS:-10}
FLOOD_CONNECTIONS=${FLOOD_CONNECTIONS:-12}
DELAY_MS=${DELAY_MS:-50}            # per connection, plus the answer's few ms: 12 connections ≈ 200 requests/s
DATA=${BENCH_DATA_DIR:-target/bench/data-intake}
OUT=target/bench
mkdir -p "$OUT"
rm -rf "$DATA" # a fresh, empty database each run: the hourly limits must not remember the previous run
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install wrk" >&2; exit 1; }
APP_ARGS="--timpora.proxy.trusted-addresses=127.0.0.1 --timpora.intake.min-fill-time=0s ${APP_ARGS:-}"

source bench/app.sh
BASE="http://localhost:$PORT"
RESULTS="$OUT/intake-results.txt"
: > "$RESULTS"
echo "intake bench $(nproc) cores $(date -u +%FT%TZ)" | tee -a "$RESULTS"

# 1. GET /lapor
wrk -t2 -c2 -d5s -s bench/intake-get.lua "$BASE" >/dev/null
printf '%-28s %s\n' "GET /lapor (2 conn)" "$(wrk -t2 -c2 -d"$DURATION" -s bench/intake-get.lua "$BASE" | grep '^RESULT')" \
  | tee -a "$RESULTS"

# 2. POST /lapor
observed_date=$(TZ=Asia/Jakarta date -d '-1 hour' +%d/%m/%Y)
observed_time=$(TZ=Asia/Jakarta date -d '-1 hour' +%H:%M)
send_one() { # worker, n: opens the form, answers, sends; prints "status seconds"
  local jar page token challenge a b
  jar=$(mktemp)
  page=$(curl -fs -c "$jar" "$BASE/lapor")
  token=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//;s/"//')
  challenge=$(grep -o 'name="challengeId"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="challengeId"' <<<"$page" \
    | grep -o 'value="[^"]*"' | sed 's/value="//;s/"//')
  read -r a b < <(grep -o 'berapa [0-9]* + [0-9]*' <<<"$page" | awk '{print $2, $4}')
  curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n' \
    -H "X-Forwarded-For: 10.77.$1.$(( $2 % 250 + 1 ))" \
    -F "_csrf=$token" -F "challengeId=$challenge" -F "answer=$((a + b))" \
    -F "description=Dua orang asing bekerja di kebun sawit, kiriman bench $1-$2-$RANDOM" -F "peopleCount=2" \
    -F "regionCode=61.06.01.2004" -F "observedDate=$observed_date" -F "observedTime=$observed_time" \
    -F "consent=true" -F "website=" "$BASE/lapor"
  rm -f "$jar"
}
workers=()
for worker in 1 2; do
  ( for n in $(seq 1 "$POSTS"); do send_one "$worker" "$n"; done > "$OUT/intake-post-$worker.txt" ) &
  workers+=($!)
done
wait "${workers[@]}" # not a bare wait: the app runs in the background too
cat "$OUT"/intake-post-[12].txt > "$OUT/intake-post.txt"
total=$(wc -l < "$OUT/intake-post.txt")
redirected=$(awk '$1 == 302' "$OUT/intake-post.txt" | wc -l)
sorted=$(awk '{print $2 * 1000}' "$OUT/intake-post.txt" | sort -n)
pct() { awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if (i<1) i=1; printf "%.1f", a[i]}' <<<"$sorted"; }
printf '%-28s RESULT requests=%d saved_302=%d p50=%s p95=%s p99=%s max=%s\n' "POST /lapor (2 workers)" \
  "$total" "$redirected" "$(pct 50)" "$(pct 95)" "$(pct 99)" "$(pct 100)" | tee -a "$RESULTS"

# 3. the flood from one address, default limits
jar=$(mktemp)
page=$(curl -fs -c "$jar" "$BASE/lapor")
csrf=$(grep -o 'name="_csrf" value="[^"]*"' <<<"$page" | head -n 1 | sed 's/.*value="//;s/"//')
challenge=$(grep -o 'name="challengeId"[^>]*value="[^"]*"\|value="[^"]*"[^>]*name="challengeId"' <<<"$page" \
  | grep -o 'value="[^"]*"' | sed 's/value="//;s/"//')
read -r a b < <(grep -o 'berapa [0-9]* + [0-9]*' <<<"$page" | awk '{print $2, $4}')
session=$(awk '$6 == "TIMPORA_SESSION" { print $7 }' "$jar")
rm -f "$jar"
client=10.99.0.1
reports_before=$(psql_like "select count(*) from public_report")
printf '%-28s %s\n' "flood, 1 address" "$(SESSION="$session" CSRF="$csrf" CHALLENGE="$challenge" ANSWER=$((a + b)) \
  OBSERVED_DATE="$observed_date" OBSERVED_TIME="$observed_time" CLIENT="$client" DELAY_MS="$DELAY_MS" \
  wrk -t"$FLOOD_CONNECTIONS" -c"$FLOOD_CONNECTIONS" -d"${FLOOD_SECONDS}s" -s bench/intake-flood.lua "$BASE" \
  | grep '^RESULT')" | tee -a "$RESULTS"
reports_after=$(psql_like "select count(*) from public_report")
stored_from_client=$(psql_like "select count(*) from public_report where client_key = '$client'")
logged=$(psql_like "select count(*) from public_submission where client_key = '$client'")
echo "flood stored: public reports $reports_before -> $reports_after (from $client: $stored_from_client);" \
  "public_submission rows for $client: $logged" | tee -a "$RESULTS"
