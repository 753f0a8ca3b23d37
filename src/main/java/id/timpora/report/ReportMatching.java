package id.timpora.report;

import id.timpora.infrastructure.persistence.SqlFragment;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which of many filters a single report matches, each within its own jurisdiction: for watched saved searches when a
 * report is logged. One statement reads the report's row by its key and evaluates every filter's condition (the same
 * conditions the list uses, {@link ReportConditions}) as a column over that one row, so a thousand watched searches
 * cost one query, not a thousand.
 */
@Component
public class ReportMatching {

    /** One filter to try, with the scope and zone of the person it belongs to; {@code key} comes back when it matches. */
    public record Candidate(long key, ReportFilter filter, ReportScope scope, ZoneId zone) {}

    /** Candidates per statement: PostgreSQL allows 1,664 columns in a select list. */
    private static final int CHUNK = 1000;

    private final JdbcClient jdbc;

    ReportMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The keys of the candidates the report matches. Before any SQL, candidates whose scope does not cover the report's
     * region are dropped (their condition could only be false), and candidates with the same filter, scope and zone
     * share one column: a thousand watched searches are mostly other regions' and repeat a few common filters.
     */
    public Set<Long> matching(long reportId, List<Candidate> candidates) {
        Set<Long> matches = new LinkedHashSet<>();
        if (candidates.isEmpty()) {
            return matches;
        }
        String region = jdbc.sql("select region_code from report where id = :id")
                .param("id", reportId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (region == null) {
            return matches;
        }
        Map<Condition, List<Long>> keysByCondition = new LinkedHashMap<>();
        for (Candidate candidate : candidates) {
            if (!candidate.scope().isEmpty() && candidate.scope().covers(region)) {
                keysByCondition
                        .computeIfAbsent(
                                new Condition(candidate.filter(), candidate.scope(), candidate.zone()),
                                condition -> new ArrayList<>())
                        .add(candidate.key());
            }
        }
        List<Condition> conditions = new ArrayList<>(keysByCondition.keySet());
        for (int from = 0; from < conditions.size(); from += CHUNK) {
            List<Condition> chunk = conditions.subList(from, Math.min(conditions.size(), from + CHUNK));
            List<SqlFragment> columns = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Condition condition = chunk.get(i);
                columns.add(ReportConditions.condition(condition.filter(), condition.scope(), condition.zone())
                        .parenthesised()
                        .withSuffix("m" + i));
            }
            List<Boolean> row = SqlFragment.of("select ")
                    .plus(SqlFragment.join(", ", columns))
                    .plus(SqlFragment.of(" from report r where r.id = :matched_report", "matched_report", reportId))
                    .on(jdbc)
                    .query((ResultSet rs, int n) -> {
                        List<Boolean> values = new ArrayList<>();
                        for (int c = 1; c <= chunk.size(); c++) {
                            values.add(rs.getBoolean(c));
                        }
                        return values;
                    })
                    .optional()
                    .orElse(List.of());
            for (int i = 0; i < row.size(); i++) {
                if (Boolean.TRUE.equals(row.get(i))) {
                    matches.addAll(keysByCondition.get(chunk.get(i)));
                }
            }
        }
        return matches;
    }

    private record Condition(ReportFilter filter, ReportScope scope, ZoneId zone) {}
}
