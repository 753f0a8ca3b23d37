#!/usr/bin/env bash
# What watched saved searches cost a reporter's save (#16): logs N reports through the real form, first with no
# watched searches, then with WATCHED (default 1,000) of them spread over every demo officer and reporter, on the
# benchmark's data (default 1,000,000 reports, loaded once like bench/run.sh). The app logs, for each new report, how
# long trying every watched search and writing the notifications took (SavedSearchWatch at DEBUG); this script prints
# p50/p95/max of those figures and of the whole POST, with and without the searches.
#   bench/watched-searches.sh
#   REPORTS=100000 N=50 bench/watched-searches.sh   # a quick try
# Results: target/bench/watched-searches.txt
set -euo pipefail
cd "$(dirname "$0")/.."

REPORTS=${REPORTS:-1000000}
PORT=${PORT:-18080}
N=${N:-100}
WATCHED=${WATCHED:-1000}
DATA=${BENCH_DATA_DIR:-target/bench/data-$REPORTS}
OUT=target/bench
mkdir -p "$OUT"
APP_ARGS="${APP_ARGS:-} --logging.level.id.timpora.notification.SavedSearchWatch=DEBUG"
source bench/app.sh

VILLAGE=61.06.01.2004 # Pala Pulau, Kapuas Hulu: inside pelapor.kapuashulu's jurisdiction
session=$(sign_in pelapor.kapuashulu)

post_reports() { # label: logs N reports, prints the POST times in ms, one per line
  local token
  token=$(curl -fs -b "TIMPORA_SESSION=$session" "http://localhost:$PORT/laporan/baru" \
    | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
  for i in $(seq 1 "$N"); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -b "TIMPORA_SESSION=$session" \
      -F "_csrf=$token" -F "fullName=Bench Watch $1 $i" -F "nationality=CN" -F "sex=LAKI_LAKI" \
      -F "observedDate=$(date -u -d 'yesterday' +%d/%m/%Y)" -F "observedTime=09:30" -F "regionCode=$VILLAGE" \
      -F "placeType=TEMPAT_KERJA" -F "activities=BEKERJA" -F "source=PATROLI" -F "permitType=TIDAK_DIKETAHUI" \
      "http://localhost:$PORT/laporan/baru"
  done | awk '$1 != 302 { bad++ } { printf "%.1f\n", $2 * 1000 } END { if (bad) print "not saved: " bad > "/dev/stderr" }'
}

stats() { # name, file of numbers: p50 p95 max
  sort -g "$2" | awk -v name="$1" '{ v[NR] = $1 } END {
    printf "%-44s n=%d p50=%s p95=%s max=%s\n", name, NR, v[int(NR * 0.5 + 0.5)], v[int(NR * 0.95 + 0.5)], v[NR] }'
}

watch_lines() { grep -o 'watched searches: [0-9]* tried, [0-9]* matched, in [0-9]* µs' "$OUT/app.log" || true; }

psql_like "delete from saved_search where name like 'bench-watch-%'" >/dev/null
before=$(watch_lines | wc -l)
post_reports none > "$OUT/post-none.txt"

psql_like "insert into saved_search (owner_id, name, query, watched)
  select u.id, 'bench-watch-' || g, (array['nationality=CN', 'activity=BEKERJA', 'wilayah=61.06', 'status=BARU&activity=WISATA',
         'q=Li+Wei', 'permit=ITAS&nationality=MY', 'from=2026-10-01&to=2026-11-30', 'source=PATROLI&wilayah=61.06.01',
         'nationality=MY&wilayah=51.03', 'indication=OVERSTAY'])[1 + g % 10], true
    from generate_series(1, $WATCHED) g
    join lateral (select id from app_user where enabled and role <> 'ADMIN' and username <> 'pelapor.kapuashulu'
                   order by id offset (g % (select count(*) from app_user where enabled and role <> 'ADMIN'
                                                 and username <> 'pelapor.kapuashulu')) limit 1) u on true" >/dev/null
echo "watched searches: $(psql_like "select count(*) from saved_search where watched")"
post_reports watched > "$OUT/post-watched.txt"
watch_lines | tail -n +"$((before + N + 1))" | awk '{ printf "%.2f\n", $8 / 1000 }' > "$OUT/match-watched.txt"
watch_lines | tail -n +"$((before + N + 1))" | awk '{ print $5 }' | sort | uniq -c | sort -rn | head -n 1 \
  | awk '{ print "matches per report: " $2 " (" $1 " of the reports)" }' > "$OUT/match-count.txt"
psql_like "delete from saved_search where name like 'bench-watch-%'" >/dev/null

{
  echo "watched-searches reports=$REPORTS n=$N watched=$WATCHED $(nproc) cores $(date -u +%FT%TZ)"
  stats "POST /laporan/baru, no watched search (ms)" "$OUT/post-none.txt"
  stats "POST /laporan/baru, $WATCHED watched (ms)" "$OUT/post-watched.txt"
  stats "matching + notifications, $WATCHED watched (ms)" "$OUT/match-watched.txt"
  cat "$OUT/match-count.txt"
} | tee "$OUT/watched-searches.txt"
