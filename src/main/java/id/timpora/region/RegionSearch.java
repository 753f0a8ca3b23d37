package id.timpora.region;

import id.timpora.infrastructure.persistence.LikePatterns;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The type-to-search statement. Kept apart from {@link RegionService} so that a test can {@code EXPLAIN} exactly the
 * statement the service runs.
 *
 * <p>Names are matched in {@code search_name} (lower case, unaccented), which carries a trigram index: three or more
 * characters match anywhere in the name or, with a small typo, by word similarity ({@code <%}); two match the start
 * of a word. Digits search codes, dotted or as printed on a KTP.
 */
final class RegionSearch {

    static final int MIN_CHARACTERS = 2;
    static final int MAX_CHARACTERS = 100;
    static final int MAX_LIMIT = 50;

    /**
     * 2 for the whole name (without "Kabupaten"/"Kota [Administrasi]"), 1 for a word that starts with the query, plus
     * the word similarity; ties go to the higher level, so "Kapuas Hulu" lists the kabupaten before the kecamatan.
     */
    private static final String SCORE =
            "(case when regexp_replace(search_name, '^(kabupaten|kota)( administrasi)? ', '') = region_search_key(:typed)"
                    + " then 2 when (' ' || search_name) like region_search_key(:word_start) then 1 else 0 end)"
                    + " + word_similarity(region_search_key(:typed), search_name)";

    private static final String OUTER_START =
            """
            select m.code, m.name, m.level, m.kind,
                   p.name as province_name, k.name as regency_name, k.kind as regency_kind, d.name as district_name
            from (""";

    private static final String OUTER_END =
            """
            ) m
            left join region p on length(m.code) > 2 and p.code = left(m.code, 2)
            left join region k on length(m.code) > 5 and k.code = left(m.code, 5)
            left join region d on length(m.code) > 8 and d.code = left(m.code, 8)
            order by m.score desc, length(m.code), m.name, m.code
            """;

    private RegionSearch() {}

    /**
     * @param within only regions in these areas (codes and everything below them); null for all of Indonesia
     * @return nothing to run when the query is too short
     */
    static Optional<SqlFragment> of(String query, int limit, Collection<String> within, RegionLevel deepest) {
        String typed = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (typed.length() > MAX_CHARACTERS) {
            typed = typed.substring(0, MAX_CHARACTERS);
        }
        if (typed.length() < MIN_CHARACTERS) {
            return Optional.empty();
        }
        SqlFragment inner = SqlFragment.of("select code, name, level, kind, ");
        Optional<String> code = RegionCodes.normalise(typed);
        if (code.isPresent()) {
            inner = inner.plus(
                    SqlFragment.of("0 as score from region where code like :code", "code", code.get() + "%"));
        } else {
            String literal = LikePatterns.escape(typed);
            inner = inner.plus(SqlFragment.of(SCORE + " as score from region where ", "typed", typed)
                    .with("word_start", "% " + literal + "%"));
            if (typed.length() < 3) {
                // Two letters make no full trigram inside a word: match word starts, which the index still serves.
                inner = inner.plus(SqlFragment.of(
                        "(search_name like region_search_key(:name_start)"
                                + " or search_name like region_search_key(:word_start))",
                        "name_start",
                        literal + "%"));
            } else {
                inner = inner.plus(SqlFragment.of(
                        "(search_name like region_search_key(:anywhere) or region_search_key(:typed) <% search_name)",
                        "anywhere", "%" + literal + "%"));
            }
        }
        if (deepest != null && deepest != RegionLevel.DESA) {
            inner = inner.plus(SqlFragment.of(" and length(code) <= :deepest", "deepest", deepest.codeLength()));
        }
        if (within != null) {
            List<String> areas =
                    within.stream().filter(RegionCodes::isValid).distinct().toList();
            if (areas.isEmpty()) {
                return Optional.empty();
            }
            inner = inner.plus(SqlFragment.of(
                    " and (code = any(:areas::text[]) or code like any(:below::text[]))",
                    "areas",
                    areas.toArray(String[]::new),
                    "below",
                    areas.stream().map(area -> area + ".%").toArray(String[]::new)));
        }
        inner = inner.plus(SqlFragment.of(
                " order by score desc, length(code), name, code limit :limit",
                "limit",
                Math.max(1, Math.min(limit, MAX_LIMIT))));
        return Optional.of(SqlFragment.of(OUTER_START).plus(inner).plus(OUTER_END));
    }
}
