package id.timpora.report;

import id.timpora.infrastructure.persistence.SqlFragment;
import java.sql.ResultSet;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

    /** The keys of the candidates the report matches. */
    public Set<Long> matching(long reportId, List<Candidate> candidates) {
        Set<Long> matches = new LinkedHashSet<>();
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            List<Candidate> chunk = candidates.subList(from, Math.min(candidates.size(), from + CHUNK));
            List<SqlFragment> columns = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                Candidate candidate = chunk.get(i);
                if (candidate.scope().isEmpty()) {
                    columns.add(SqlFragment.of("false"));
                    continue;
                }
                columns.add(ReportConditions.condition(candidate.filter(), candidate.scope(), candidate.zone())
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
                    matches.add(chunk.get(i).key());
                }
            }
        }
        return matches;
    }
}
