# Starts the packaged app on the benchmark's data (sourced by bench/run.sh and bench/load.sh). Expects REPORTS, PORT,
# DATA and OUT; leaves APP (the process id) and the helpers sign_in and psql_like.
command -v curl >/dev/null || { echo "curl is needed" >&2; exit 1; }
if [ -z "${JAR:-}" ] && ! ls target/timpora-*.jar >/dev/null 2>&1; then
  ./mvnw -B -q -ntp package -DskipTests
fi
JAR=${JAR:-$(ls target/timpora-*.jar | head -n 1)} # JAR=other.jar measures another build on the same data

# The data folder is kept: a second run with the same REPORTS reuses the loaded database.
TIMPORA_DATA_DIR="$DATA" java -Xms1g -Xmx1g ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" --spring.profiles.active=demo \
  --timpora.demo.reports="$REPORTS" --timpora.backup.enabled=false --logging.level.root=WARN --logging.level.id.timpora=INFO ${APP_ARGS:-} \
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

# A bulk load leaves the visibility map empty until autovacuum comes by; index-only counts need it.
psql_like "vacuum analyze" >/dev/null
