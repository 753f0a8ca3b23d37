#!/usr/bin/env bash
# Two TIMPORA nodes on one PostgreSQL behind HAProxy (round robin), and a user who loses the node they signed in on.
#   bench/two-nodes.sh                     # embedded PostgreSQL started from the app's jar (java -jar ... database)
#   SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/timpora_two SPRING_DATASOURCE_USERNAME=... bench/two-nodes.sh
#                                          # an external server instead (an empty database or a demo one)
# Needs: Java 17, curl, haproxy (apt-get install -y haproxy). Logs and the HAProxy config: target/two-nodes/.
#
# What it checks, through the balancer (port $LB_PORT) as a client on 127.0.0.3:
#   1. sign-in is served by node 1, the next page by node 2 (one session, kept in PostgreSQL);
#   2. node 1 is killed (kill -9) in the middle of the session; the next page and a form POST (a new report) succeed;
#   3. the audit log shows the real client's address (127.0.0.3), not the proxy's (HAProxy connects from 127.0.0.2),
#      and a forged X-Forwarded-For is ignored, both through the proxy and sent straight to a node;
#   4. the scheduled jobs' locks (ShedLock) in the database.
set -euo pipefail
cd "$(dirname "$0")/.."

LB_PORT=${LB_PORT:-18080}
NODE1_PORT=${NODE1_PORT:-18081}
NODE2_PORT=${NODE2_PORT:-18082}
DB_PORT=${DB_PORT:-18032}
CLIENT=127.0.0.3   # the user's machine
PROXY=127.0.0.2    # the balancer's address towards the nodes; the only one the nodes trust for X-Forwarded-For
OUT=target/two-nodes
PASSWORD=Demo-TIMPORA-2026
USER_NAME=pelapor.kapuashulu
rm -rf "$OUT" && mkdir -p "$OUT"

command -v haproxy >/dev/null || { echo "haproxy is needed: apt-get install -y haproxy" >&2; exit 1; }
JAR=$(ls target/timpora-*.jar 2>/dev/null | head -n 1 || true)
if [ -z "$JAR" ] || [ -n "$(find src pom.xml -newer "$JAR" -print -quit)" ]; then
  ./mvnw -B -q -ntp package -DskipTests
  JAR=$(ls target/timpora-*.jar | head -n 1)
fi

PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; echo "logs: $OUT/" >&2; exit 1; }
ok() { echo "ok   $*"; }

if [ -z "${SPRING_DATASOURCE_URL:-}" ]; then
  TIMPORA_DATA_DIR="$OUT/db" java -Xmx128m -jar "$JAR" database --port="$DB_PORT" > "$OUT/db.log" 2>&1 &
  PIDS+=($!)
  export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$DB_PORT/postgres" SPRING_DATASOURCE_USERNAME=postgres
  export SPRING_DATASOURCE_PASSWORD=""
  until grep -q "SPRING_DATASOURCE_URL" "$OUT/db.log" 2>/dev/null; do sleep 1; done
  ok "PostgreSQL (embedded, from the jar) on port $DB_PORT"
fi

start_node() { # name port
  # timpora.proxy.trusted-addresses: X-Forwarded-For is believed only from the balancer's address.
  java -Xms256m -Xmx512m -jar "$JAR" --server.port="$2" --spring.profiles.active=demo --timpora.demo.reports=300 \
    --timpora.proxy.trusted-addresses=127.0.0.2 --logging.level.root=WARN --logging.level.id.timpora=INFO \
    > "$OUT/$1.log" 2>&1 &
  PIDS+=($!)
  eval "${1^^}_PID=$!"
  until curl -fs "http://127.0.0.1:$2/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "${PIDS[-1]}" 2>/dev/null || fail "$1 stopped; see $OUT/$1.log"
    sleep 2
  done
  ok "$1 ready on port $2"
}
start_node node1 "$NODE1_PORT"   # the first start fills the empty database with the demo data
start_node node2 "$NODE2_PORT"

cat > "$OUT/haproxy.cfg" <<EOF
global
    nbthread 1
    log stdout format raw local0 info
defaults
    mode http
    log global
    option httplog
    timeout connect 2s
    timeout client 30s
    timeout server 30s
    # A node that refuses the connection (killed) is not the end of a request: try again, on the other node. A request
    # whose connection a dying node dropped before answering is tried again too, unless it was a POST (it may have
    # been handled: the user sends it again rather than twice).
    retries 3
    option redispatch 1
    retry-on conn-failure empty-response response-timeout
frontend web
    bind 127.0.0.1:$LB_PORT
    # The balancer is the edge: whatever X-Forwarded-For a client sends is dropped, the client's address is added.
    http-request disable-l7-retry if METH_POST
    http-request del-header X-Forwarded-For
    option forwardfor
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    http-check expect status 200
    http-response set-header X-Timpora-Node %s
    server node1 127.0.0.1:$NODE1_PORT check inter 1s fall 2 rise 2 source $PROXY
    server node2 127.0.0.1:$NODE2_PORT check inter 1s fall 2 rise 2 source $PROXY
EOF
haproxy -f "$OUT/haproxy.cfg" > "$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
until curl -fs "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1; do sleep 1; done
ok "HAProxy on port $LB_PORT, round robin over both nodes"

LB="http://127.0.0.1:$LB_PORT"
JAR_COOKIES="$OUT/cookies.txt"
# request METHOD PATH [curl args...]: prints "status node location" and leaves the body in $OUT/body.html
request() {
  local method=$1 path=$2; shift 2
  curl -s --interface "$CLIENT" -b "$JAR_COOKIES" -c "$JAR_COOKIES" -X "$method" -o "$OUT/body.html" -D "$OUT/headers.txt" \
    "$@" "$LB$path" > /dev/null || true
  local status node location
  status=$(awk 'NR==1 {print $2}' "$OUT/headers.txt")
  node=$({ grep -i '^x-timpora-node:' "$OUT/headers.txt" || true; } | awk '{print $2}' | tr -d '\r')
  location=$({ grep -i '^location:' "$OUT/headers.txt" || true; } | awk '{print $2}' | tr -d '\r')
  echo "$status ${node:--} ${location:--}"
}
csrf() { { grep -o 'name="_csrf" value="[^"]*"' "$OUT/body.html" || true; } | sed -n '1s/.*value="//;1s/"//p'; }

# 1. Sign in through node 1: round robin alternates, so ask for the form until node 2 answered it.
for _ in 1 2 3; do
  read -r status node _ <<<"$(request GET /login)"
  [ "$node" = node2 ] && break
done
[ "$node" = node2 ] || fail "could not line up the sign-in with node 1 (last node: $node)"
TOKEN=$(csrf)
read -r status node location <<<"$(request POST /login -H "X-Forwarded-For: 203.0.113.66" \
  --data-urlencode "username=$USER_NAME" --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$TOKEN")"
[ "$status" = 302 ] && [ "$node" = node1 ] && [[ "$location" != *error* ]] \
  || fail "sign-in: status $status on $node to $location"
ok "signed in as $USER_NAME through node1"
read -r status node _ <<<"$(request GET /)"
[ "$status" = 200 ] && [ "$node" = node2 ] && grep -q 'id="userMenu"' "$OUT/body.html" \
  || fail "dashboard after sign-in: status $status on $node"
ok "the next page (dashboard) served by node2 in the same session"

# 2. Node 1 dies in the middle of the session.
disown "$NODE1_PID" 2>/dev/null || true
kill -9 "$NODE1_PID"
ok "node1 killed (kill -9)"
read -r status node _ <<<"$(request GET /laporan/baru)"
[ "$status" = 200 ] && grep -q 'name="fullName"' "$OUT/body.html" || fail "report form after the kill: status $status on $node"
ok "next page (new report form) served by $node"
TOKEN=$(csrf)
NAME="Dua Simpul $(date +%s)"
read -r status node location <<<"$(request POST /laporan/baru -F "_csrf=$TOKEN" -F "fullName=$NAME" -F nationality=CN \
  -F sex=LAKI_LAKI -F permitType=ITAS -F observedDate="$(date +%F)" -F observedTime=09:30 -F regionCode=61.06.01.2004 \
  -F placeType=TEMPAT_KERJA -F activities=BEKERJA -F source=PATROLI -F "narrative=Dikirim setelah node1 mati")"
[ "$status" = 302 ] && [[ "$location" =~ /laporan/[0-9]+$ ]] || fail "form POST after the kill: status $status to $location"
ok "form POST (a new report) saved through $node: $location"
REPORT_PATH=$location
[[ "$REPORT_PATH" == /* ]] || REPORT_PATH="/${location#*://*/}"
read -r status node _ <<<"$(request GET "$REPORT_PATH")"
[ "$status" = 200 ] && grep -q "$NAME" "$OUT/body.html" || fail "the new report's page: status $status"
ok "the new report's page shows it"

# 3. The client's real address in the audit log; a forged X-Forwarded-For ignored, through the proxy and around it.
DIRECT="$OUT/direct-cookies.txt"
TOKEN=$(curl -s --interface "$CLIENT" -c "$DIRECT" "http://127.0.0.1:$NODE2_PORT/login" \
  | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
curl -s --interface "$CLIENT" -b "$DIRECT" -c "$DIRECT" -o /dev/null -H "X-Forwarded-For: 198.51.100.77" \
  --data-urlencode "username=palsu-langsung" --data-urlencode "password=salah" --data-urlencode "_csrf=$TOKEN" \
  "http://127.0.0.1:$NODE2_PORT/login" || true
rm -f "$JAR_COOKIES"
request GET /login > /dev/null
TOKEN=$(csrf)
request POST /login --data-urlencode "username=admin.demo" --data-urlencode "password=$PASSWORD" \
  --data-urlencode "_csrf=$TOKEN" > /dev/null
request GET "/admin/audit?actor=$USER_NAME&action=LOGIN_SUCCESS" > /dev/null
grep -q ">$CLIENT<" "$OUT/body.html" || fail "the audit log does not show the client address $CLIENT for the sign-in"
! grep -q "203.0.113.66\|>$PROXY<" "$OUT/body.html" || fail "the audit log shows a forged or the proxy's address"
ok "audit log: sign-in from $CLIENT (the client), not $PROXY (the proxy) nor the forged 203.0.113.66"
request GET "/admin/audit?actor=palsu-langsung" > /dev/null
grep -q "palsu-langsung" "$OUT/body.html" || fail "the failed sign-in straight at node2 is not in the audit log"
grep -q ">$CLIENT<" "$OUT/body.html" && ! grep -q "198.51.100.77" "$OUT/body.html" \
  || fail "a forged X-Forwarded-For sent straight to a node was believed"
ok "audit log: a forged X-Forwarded-For sent straight to node2 is ignored ($CLIENT recorded)"

# 4. The scheduled jobs' locks: one row per job, taken by whichever node ran it last (session clean-up runs every five
#    minutes, so a short run may show none yet; SchedulingAcrossNodesTest shows the single run with two schedulers).
if command -v psql >/dev/null; then
  LOCKS=$(PGPASSWORD="${SPRING_DATASOURCE_PASSWORD:-}" psql -w \
    "postgresql://${SPRING_DATASOURCE_USERNAME:-postgres}@${SPRING_DATASOURCE_URL#jdbc:postgresql://}" -Atc \
    "select name || ' until ' || lock_until || ' by ' || locked_by from shedlock order by name" 2>/dev/null || true)
  echo "ShedLock rows: ${LOCKS:-none yet (no job has come due during this run)}"
fi
echo "PASS: two nodes behind HAProxy, one killed mid-session, the session and the user's work carried on"
