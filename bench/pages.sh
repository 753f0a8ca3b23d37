# The pages measured by bench/run.sh (sourced by it). Each scenario: a name, a demo user, and a file of paths.
# petugas.pusat sees all reports (the worst case for sorting); petugas.putussibau sees one kabupaten.
P="$OUT/paths"; mkdir -p "$P"

ids_in() { # up to 500 random report ids inside a region prefix ('' for all)
  psql_like "select id from report where region_code like '$1%' order by random() limit 500"
}

ids_in '' | sed 's|^|/laporan/|' > "$P/detail-national"
ids_in '61.06' | sed 's|^|/laporan/|' > "$P/detail-kapuashulu"
measure "detail (national officer)" petugas.pusat "$P/detail-national"
measure "detail (kabupaten officer)" petugas.putussibau "$P/detail-kapuashulu"
