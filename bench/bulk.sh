#!/usr/bin/env bash
# Re-runnable bulk-upload benchmark (#13 item 3): builds a ROWS-row guest XLSX (default 10,000), uploads, checks and
# imports it through the real mechanism (infrastructure/bulk) and the partner notice service — each row a notice, a
# report linked to the registry, audit rows and a receipt number — and, in the same run and database, times a plain
# PostgreSQL COPY of the same rows into a table without indexes. A Java harness (partner/BulkImportBenchmark, skipped
# in the normal build) against the tests' embedded PostgreSQL (fsync off), or the server in TIMPORA_TEST_DATABASE_URL.
#   bench/bulk.sh                      # 10,000 rows, 20 rows per import transaction
#   ROWS=2000 BATCH=1 bench/bulk.sh    # quicker, one row per transaction
# Results: target/bench/bulk.txt (appended), also printed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-10000}
BATCH=${BATCH:-20}
./mvnw -o -q test -Dtest=BulkImportBenchmark -Dtimpora.bench=true -Dtimpora.bench.rows="$ROWS" \
  -Dtimpora.bench.batch="$BATCH" -Dspotless.skip=true -Dspotbugs.skip=true -Dsurefire.failIfNoSpecifiedTests=false \
  | grep -v '^OpenJDK' || true
tail -n 8 target/bench/bulk.txt
