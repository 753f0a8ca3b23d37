# The pages measured by bench/run.sh (sourced by it). Each scenario: a name, a demo user, and a file of paths.
# petugas.pusat sees every report (the worst case: the whole table sorted); petugas.putussibau and
# pelapor.kapuashulu see one kabupaten (Kapuas Hulu); petugas.pontianak a Kantor Imigrasi covering four.
P="$OUT/paths"; mkdir -p "$P"

ids_in() { # up to 500 random ids of reports inside a region prefix ('' for all)
  psql_like "select id from report where region_code like '$1%' order by random() limit 500"
}
subjects_in() { # up to 200 random subjects seen inside a region prefix
  psql_like "select distinct subject_id from report where subject_id is not null and region_code like '$1%' limit 200"
}

printf '%s\n' /laporan '/laporan?page=1' '/laporan?page=5' '/laporan?sort=name' > "$P/list"
printf '%s\n' '/laporan?status=TERVERIFIKASI&nationality=CN' '/laporan?wilayah=61&activity=BEKERJA' \
  '/laporan?indication=OVERSTAY&permit=ITAS' '/laporan?from=2026-01-01&to=2026-03-31&source=APOA' \
  '/laporan?nationality=AU&status=BARU' > "$P/filtered"
printf '%s\n' '/laporan?q=Rizwan' '/laporan?q=sawit' '/laporan?q=P0001234' '/laporan?q=Tan%20Wei' \
  '/laporan?q=Hotel%20Melati' > "$P/search"
ids_in '' | sed 's|^|/laporan/|' > "$P/detail-national"
ids_in '61.06' | sed 's|^|/laporan/|' > "$P/detail-kapuashulu"
printf '%s\n' /orang-asing '/orang-asing?page=2' '/orang-asing?q=Rizwan' > "$P/subjects"
subjects_in '' | sed 's|^|/orang-asing/|' > "$P/subject-national"
sed 's|$|/kemungkinan-sama|' "$P/subject-national" > "$P/subject-candidates" # loaded by htmx after the page
# A kabupaten user's registry is computed from their own reports only (derived data never crosses jurisdictions).
printf '%s\n' /orang-asing '/orang-asing?page=2' '/orang-asing?q=Rizwan' '/orang-asing?overstay=true' > "$P/subjects-kabupaten"
subjects_in '61.06' | sed 's|^|/orang-asing/|' > "$P/subject-kapuashulu"

measure "list (national officer)"        petugas.pusat        "$P/list"
measure "list (kabupaten officer)"       petugas.putussibau   "$P/list"
measure "list (4-kabupaten Kanim)"       petugas.pontianak    "$P/list"
measure "list (kabupaten reporter)"      pelapor.kapuashulu   "$P/list"
measure "filtered list (national)"       petugas.pusat        "$P/filtered"
measure "filtered list (kabupaten)"      petugas.putussibau   "$P/filtered"
measure "search (national)"              petugas.pusat        "$P/search"
measure "search (kabupaten)"             petugas.putussibau   "$P/search"
measure "detail (national officer)"      petugas.pusat        "$P/detail-national"
measure "detail (kabupaten officer)"     petugas.putussibau   "$P/detail-kapuashulu"
measure "subjects list (national)"       petugas.pusat        "$P/subjects"
measure "subject page (national)"        petugas.pusat        "$P/subject-national"
measure "subject merge candidates"       petugas.pusat        "$P/subject-candidates"
measure "subjects list (kabupaten)"      petugas.putussibau   "$P/subjects-kabupaten"
measure "subject page (kabupaten)"       petugas.putussibau   "$P/subject-kapuashulu"

# The dashboard (reporters' and officers' home page) and the map's data, over several periods and regions. The
# national officer's year is the largest aggregation; a kecamatan (61.06.01) is counted from the reports themselves.
printf '%s\n' '/?periode=7' '/?periode=30' '/?periode=90' '/?periode=tahun' '/?periode=kustom&from=2025-06-01&to=2026-05-31' \
  '/?periode=30&wilayah=61' '/?periode=90&wilayah=35' '/?periode=tahun&wilayah=61.06' > "$P/dashboard-national"
printf '%s\n' '/?periode=7' '/?periode=30' '/?periode=90' '/?periode=tahun' '/?periode=30&wilayah=61.06.01' \
  '/?periode=tahun&wilayah=61.06.05' > "$P/dashboard-kabupaten"
printf '%s\n' '/?periode=7' '/?periode=30' '/?periode=90' '/?periode=tahun' '/?periode=30&wilayah=61.71' \
  '/?periode=90&wilayah=61' > "$P/dashboard-kanim"
printf '%s\n' '/peta/data?periode=30' '/peta/data?periode=tahun' '/peta/data?periode=90&wilayah=61' \
  '/peta/data?periode=30&wilayah=35.78' > "$P/map-national"
printf '%s\n' '/peta/data?periode=30' '/peta/data?periode=tahun' '/peta/data?periode=90&wilayah=61.06.01' > "$P/map-kabupaten"

measure "dashboard (national officer)"   petugas.pusat        "$P/dashboard-national"
measure "dashboard (kabupaten officer)"  petugas.putussibau   "$P/dashboard-kabupaten"
measure "dashboard (4-kabupaten Kanim)"  petugas.pontianak    "$P/dashboard-kanim"
measure "dashboard (kabupaten reporter)" pelapor.kapuashulu   "$P/dashboard-kabupaten"
measure "map data (national)"            petugas.pusat        "$P/map-national"
measure "map data (kabupaten)"           petugas.putussibau   "$P/map-kabupaten"
