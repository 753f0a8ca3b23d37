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
