#!/usr/bin/env bash
# Load with many real users: a Gatling simulation (bench/gatling) of USERS signed-in users, each with its own session
# and think time, for DURATION seconds, on the benchmark's data (default 1,000,000 reports, loaded once like
# bench/run.sh). Samples the app's heap and the connection pool's peak while it runs.
#   bench/load.sh                          # 200 users, 5 minutes, 1,000,000 reports
#   USERS=400 DURATION=120 bench/load.sh   # a step of the breaking-point search
#   REPORTS=100000 USERS=20 DURATION=60 bench/load.sh   # a quick try
# Results: target/gatling/<run>/index.html (p95 per request type, throughput, errors) and target/bench/load.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=${REPORTS:-1000000}
PORT=${PORT:-18080}
USERS=${USERS:-200}
DURATION=${DURATION:-300}
RAMP=${RAMP:-60}
DATA=${BENCH_DATA_DIR:-target/bench/data-$REPORTS}
OUT=target/bench
mkdir -p "$OUT"
# 200 users share 20 demo accounts, each with its own session; they all sign in from this machine within the ramp,
# which the per-client sign-in throttle allows (it counts failed sign-ins only).
source bench/app.sh

# One row per demo account: its role and a desa inside its jurisdiction for the reports it writes.
psql_like "copy (select u.username, u.role, coalesce((select min(d.code) from agency_region ar join region d
    on d.level = 'DESA' and (d.code like ar.region_code || '.%') where ar.agency_id = u.agency_id),
    (select min(code) from region where level = 'DESA' and code like '61.06.%')) as village
  from app_user u where u.enabled and u.role in ('REPORTER', 'OFFICER') and u.username like '%.%'
  order by u.username) to stdout with (format csv, header)" | sed '1s/.*/username,role,village/' > "$OUT/load-accounts.csv"
echo "$(($(wc -l < "$OUT/load-accounts.csv") - 1)) demo accounts for $USERS users"

admin=$(sign_in admin.demo)
metric() { # the value of an actuator metric (signed in as the demo admin)
  curl -fs -b "TIMPORA_SESSION=$admin" "http://localhost:$PORT/actuator/metrics/$1" | grep -o '"value":[0-9.E+-]*' | head -n 1 | cut -d: -f2
}
: > "$OUT/load-samples.txt"
( while kill -0 $APP 2>/dev/null; do
    echo "$(date +%s) heap=$(metric 'jvm.memory.used?tag=area:heap') pool_active=$(metric hikaricp.connections.active) pool_pending=$(metric hikaricp.connections.pending)" >> "$OUT/load-samples.txt"
    sleep 5
  done ) &
SAMPLER=$!
trap 'kill $SAMPLER 2>/dev/null; kill $APP 2>/dev/null; wait $APP 2>/dev/null || true' EXIT

status=0
./mvnw -B -q -ntp -f bench/gatling/pom.xml gatling:test -Dgatling.simulationClass=timpora.TimporaSimulation \
  -DbaseUrl="http://localhost:$PORT" -Dusers="$USERS" -Dduration="$DURATION" -Dramp="$RAMP" \
  -Daccounts="$PWD/$OUT/load-accounts.csv" | tee "$OUT/gatling.log" || status=$?

peak() { grep -o "$1=[0-9.E+-]*" "$OUT/load-samples.txt" | cut -d= -f2 | sort -g | tail -n 1; }
{
  echo "users=$USERS duration=${DURATION}s ramp=${RAMP}s reports=$REPORTS $(nproc) cores $(date -u +%FT%TZ)"
  echo "heap peak MB: $(awk "BEGIN { printf \"%.0f\", $(peak heap) / 1048576 }")"
  echo "pool active peak: $(peak pool_active)  pool pending peak: $(peak pool_pending)"
  echo "report: $(ls -td target/gatling/*/ | head -n 1)index.html"
} | tee "$OUT/load.txt"
exit $status
