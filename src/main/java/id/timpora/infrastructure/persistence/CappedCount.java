package id.timpora.infrastructure.persistence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the rows of a list up to a cap, and only for as long as a page may wait: counting every match of a loose
 * filter at national scale would read millions of rows on each page view. A count that reaches the cap, or runs out
 * of time, answers the cap, which pages show as "at least"/"many" rather than as a number.
 */
@Component
public class CappedCount {

    /** Counting stops here; paging still reaches every row. */
    public static final int LIMIT = 10_000;

    /** How long a list may spend counting before it shows "many". */
    public static final int TIME_BUDGET_MS = 30;

    private final JdbcClient jdbc;
    private final TimeBudget budget;

    CappedCount(JdbcClient jdbc, TimeBudget budget) {
        this.jdbc = jdbc;
        this.budget = budget;
    }

    /**
     * The number of rows, at most {@link #LIMIT}, that {@code fromWhere} ({@code " from … where …"}) selects. Without
     * a time budget: for lists whose scope keeps the count small (an audit filter, an admin list).
     */
    public long count(SqlFragment fromWhere) {
        return capped(fromWhere).on(jdbc).query(Long.class).single();
    }

    /** Like {@link #count}, but answers {@link #LIMIT} when counting takes longer than {@link #TIME_BUDGET_MS}. */
    public long countWithinBudget(String savepoint, SqlFragment fromWhere) {
        Long count = budget.within(savepoint, TIME_BUDGET_MS, () -> count(fromWhere));
        return count == null ? LIMIT : count;
    }

    private static SqlFragment capped(SqlFragment fromWhere) {
        return SqlFragment.of("select count(*) from (select 1").plus(fromWhere).plus(" limit " + LIMIT + ") capped");
    }
}
