package id.timpora.region;

import id.timpora.infrastructure.persistence.LikePatterns;
import java.util.ArrayList;
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

    record Statement(String sql, List<Object> args) {}

    /**
     * 2 for the whole name (without "Kabupaten"/"Kota [Administrasi]"), 1 for a word that starts with the query, plus
     * the word similarity; ties go to the higher level, so "Kapuas Hulu" lists the kabupaten before the kecamatan.
     */
    private static final String SCORE =
            "(case when regexp_replace(search_name, '^(kabupaten|kota)( administrasi)? ', '') = region_search_key(?)"
                    + " then 2 when (' ' || search_name) like region_search_key(?) then 1 else 0 end)"
                    + " + word_similarity(region_search_key(?), search_name)";

    private static final String OUTER =
            """
            select m.code, m.name, m.level, m.kind,
                   p.name as province_name, k.name as regency_name, k.kind as regency_kind, d.name as district_name
            from (%s) m
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
    static Optional<Statement> of(String query, int limit, Collection<String> within, RegionLevel deepest) {
        String typed = query == null ? "" : query.strip().replaceAll("\\s+", " ");
        if (typed.length() > MAX_CHARACTERS) {
            typed = typed.substring(0, MAX_CHARACTERS);
        }
        if (typed.length() < MIN_CHARACTERS) {
            return Optional.empty();
        }
        List<Object> args = new ArrayList<>();
        StringBuilder inner = new StringBuilder("select code, name, level, kind, ");
        Optional<String> code = RegionCodes.normalise(typed);
        if (code.isPresent()) {
            inner.append("0 as score from region where code like ?");
            args.add(code.get() + "%");
        } else {
            String literal = LikePatterns.escape(typed);
            inner.append(SCORE).append(" as score from region where ");
            args.add(typed);
            args.add("% " + literal + "%");
            args.add(typed);
            if (typed.length() < 3) {
                // Two letters make no full trigram inside a word: match word starts, which the index still serves.
                inner.append("(search_name like region_search_key(?) or search_name like region_search_key(?))");
                args.add(literal + "%");
                args.add("% " + literal + "%");
            } else {
                inner.append("(search_name like region_search_key(?) or region_search_key(?) <% search_name)");
                args.add("%" + literal + "%");
                args.add(typed);
            }
        }
        if (deepest != null && deepest != RegionLevel.DESA) {
            inner.append(" and length(code) <= ?");
            args.add(deepest.codeLength());
        }
        if (within != null) {
            List<String> areas =
                    within.stream().filter(RegionCodes::isValid).distinct().toList();
            if (areas.isEmpty()) {
                return Optional.empty();
            }
            inner.append(" and (code = any(?::text[]) or code like any(?::text[]))");
            args.add(areas.toArray(String[]::new));
            args.add(areas.stream().map(area -> area + ".%").toArray(String[]::new));
        }
        inner.append(" order by score desc, length(code), name, code limit ?");
        args.add(Math.max(1, Math.min(limit, MAX_LIMIT)));
        return Optional.of(new Statement(OUTER.formatted(inner), List.copyOf(args)));
    }
}
