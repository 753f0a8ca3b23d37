package id.timpora.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The report list: one query for the page's rows (names of place and agency joined in) and one for the count. */
@Service
public class ReportQueries {

    /**
     * Counting every match of a loose filter at national scale would read millions of rows on each page view: the
     * count stops here, and the page says "at least" instead.
     */
    public static final int COUNT_LIMIT = 10_000;

    /** Up to this many text matches are sorted in memory by PostgreSQL rather than found along the date index. */
    static final int FEW_TEXT_MATCHES = 2_000;

    /** How long the list may spend counting before it shows "many" instead of a number. */
    static final int COUNT_TIME_BUDGET_MS = 30;

    /** How long collecting a text search's matches may take before they count as many. */
    static final int TEXT_PROBE_TIME_BUDGET_MS = 15;

    /** How long walking the date index for dense text matches may take before the planner gets its own way. */
    static final int DATE_WALK_TIME_BUDGET_MS = 40;

    private static final String LIST_SELECT =
            """
            select r.id, r.observed_at, r.full_name, r.nationality, r.passport_number, r.permit_type, r.status,
                   r.activities, village.name as village, regency.name as regency, agency.name as agency
              from report r
              join region village on village.code = r.region_code
              join region regency on regency.code = r.regency_code
              join agency on agency.id = r.reporting_agency_id""";

    private static final RowMapper<ReportListItem> ROW = (rs, i) -> new ReportListItem(
            rs.getLong("id"),
            rs.getTimestamp("observed_at").toInstant(),
            rs.getString("full_name"),
            rs.getString("nationality"),
            PassportMask.mask(rs.getString("passport_number")),
            PermitType.valueOf(rs.getString("permit_type")),
            ReportStatus.valueOf(rs.getString("status")),
            rs.getString("village"),
            rs.getString("regency"),
            rs.getString("agency"),
            activities(rs));

    private final JdbcTemplate jdbc;

    ReportQueries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The reports inside the scope that match the filter, one page in the given order. Filter dates are days in the
     * given zone. The page's total is at most {@link #COUNT_LIMIT}.
     */
    @Transactional(readOnly = true)
    public Page<ReportListItem> search(
            ReportFilter filter, ReportScope scope, ZoneId zone, ReportSort sort, Pageable pageable) {
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        ReportConditions conditions = ReportConditions.of(filter, scope, zone);
        boolean text = filter.query() != null && !filter.query().isBlank();
        List<ReportListItem> rows = null;
        if (text) {
            Page<ReportListItem> fewMatches = fewTextMatches(filter, conditions, sort, pageable);
            if (fewMatches != null) {
                return fewMatches;
            }
            rows = denseTextMatches(conditions, sort, pageable);
        }
        if (rows == null) {
            rows = page(conditions, sort, pageable);
        }
        // Skips the count when the page itself shows there are no more rows. Text that gets here is common: it has
        // thousands of matches nationally, and counting them in the jurisdiction would mostly run out of time, so
        // the page says "many".
        return PageableExecutionUtils.getPage(rows, pageable, () -> text ? COUNT_LIMIT : count(conditions));
    }

    /** One page of the reports that meet the conditions, in the given order. */
    private List<ReportListItem> page(ReportConditions conditions, ReportSort sort, Pageable pageable) {
        return jdbc.query(
                LIST_SELECT + conditions.where() + " order by " + sort.orderBy() + " limit ? offset ?",
                ROW,
                conditions.argumentsWith(pageable.getPageSize(), pageable.getOffset()));
    }

    /**
     * A text search that matches few reports (a passport number, a rare name) would, in date order, make PostgreSQL
     * walk the whole date index looking for matches that are not there: seconds at a million rows. So the text alone
     * is looked up first, without order and without the jurisdiction, which the text indexes answer at once for rare
     * text (intersecting it with a kabupaten's 90,000 reports would cost more than the lookup). When there are few,
     * the page and its exact count come from those reports, with every condition applied. Common text (many matches,
     * or a lookup that runs out of time) returns null and takes a plan that finds a page of them in date order.
     */
    private Page<ReportListItem> fewTextMatches(
            ReportFilter filter, ReportConditions conditions, ReportSort sort, Pageable pageable) {
        ReportConditions text = ReportConditions.textOf(filter.query());
        List<Long> candidates = withinBudget(
                "text_probe",
                TEXT_PROBE_TIME_BUDGET_MS,
                () -> jdbc.queryForList(
                        "select r.id from report r" + text.where() + " limit " + (FEW_TEXT_MATCHES + 1),
                        Long.class,
                        text.argumentsWith()));
        if (candidates == null || candidates.size() > FEW_TEXT_MATCHES) {
            return null;
        }
        Long[] ids = candidates.toArray(Long[]::new);
        String among = conditions.where() + " and r.id = any(?)";
        List<ReportListItem> rows = jdbc.query(
                LIST_SELECT + among + " order by " + sort.orderBy() + " limit ? offset ?",
                ROW,
                conditions.argumentsWith(ids, pageable.getPageSize(), pageable.getOffset()));
        return PageableExecutionUtils.getPage(
                rows,
                pageable,
                () -> jdbc.queryForObject(
                        "select count(*) from report r" + among, Long.class, conditions.argumentsWith((Object) ids)));
    }

    /**
     * Many text matches: a page of them is found fastest by reading the (scope's) date index and testing each row,
     * which stops after a page. PostgreSQL's estimate of a text condition is often far too low, so it would rather
     * collect every match through the text indexes and sort them (70 ms for a common word in one kabupaten, against
     * 2 ms for the walk); bitmap scans are switched off for this one statement. Matches that are common nationally
     * but rare in the user's jurisdiction make the walk long: it gets a time budget, and after it the planner's own
     * plan. Null when the budget ran out.
     */
    private List<ReportListItem> denseTextMatches(ReportConditions conditions, ReportSort sort, Pageable pageable) {
        List<ReportListItem> rows = withinBudget("date_walk", DATE_WALK_TIME_BUDGET_MS, () -> {
            jdbc.execute("set local enable_bitmapscan = off");
            return page(conditions, sort, pageable);
        });
        if (rows != null) {
            jdbc.execute("set local enable_bitmapscan = on");
        }
        return rows;
    }

    /**
     * Counts up to {@link #COUNT_LIMIT}, but only for as long as the page may wait: a loose filter over millions of
     * rows can need seconds to count even a capped number of matches. A count that runs out of time answers the cap,
     * which the page shows as "many", not as a number. The savepoint keeps the timed-out statement from aborting the
     * surrounding read-only transaction.
     */
    private long count(ReportConditions conditions) {
        Long count = withinBudget(
                "report_count",
                COUNT_TIME_BUDGET_MS,
                () -> jdbc.queryForObject(
                        "select count(*) from (select 1 from report r" + conditions.where() + " limit ?) capped",
                        Long.class,
                        conditions.argumentsWith(COUNT_LIMIT)));
        return count == null ? COUNT_LIMIT : count;
    }

    /**
     * Runs a statement under a time limit; null when PostgreSQL cancelled it. The savepoint keeps the cancelled
     * statement from aborting the surrounding read-only transaction.
     */
    private <T> T withinBudget(String savepoint, int milliseconds, Supplier<T> statement) {
        jdbc.execute("savepoint " + savepoint);
        jdbc.execute("set local statement_timeout = " + milliseconds);
        T result;
        try {
            result = statement.get();
        } catch (DataAccessException e) {
            if (!cancelled(e)) {
                throw e;
            }
            // Also undoes any setting the statement made with SET LOCAL.
            jdbc.execute("rollback to savepoint " + savepoint);
            jdbc.execute("set local statement_timeout = 0");
            return null;
        }
        jdbc.execute("release savepoint " + savepoint);
        jdbc.execute("set local statement_timeout = 0");
        return result;
    }

    /** PostgreSQL's "canceling statement due to statement timeout" (SQLSTATE 57014), however Spring wrapped it. */
    private static boolean cancelled(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static List<Activity> activities(ResultSet rs) throws SQLException {
        return enumList(rs.getArray("activities"), Activity.class);
    }

    static <E extends Enum<E>> List<E> enumList(Array array, Class<E> type) throws SQLException {
        List<E> values = new ArrayList<>();
        if (array == null) {
            return values;
        }
        for (Object name : (Object[]) array.getArray()) {
            values.add(Enum.valueOf(type, name.toString()));
        }
        return values;
    }
}
