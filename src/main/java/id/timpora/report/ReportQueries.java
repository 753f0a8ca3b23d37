package id.timpora.report;

import id.timpora.infrastructure.persistence.CappedCount;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.infrastructure.persistence.TimeBudget;
import java.time.ZoneId;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The report list: one query for the page's rows (names of place and agency joined in) and one for the count. */
@Service
public class ReportQueries {

    /** Up to this many text matches are sorted in memory by PostgreSQL rather than found along the date index. */
    static final int FEW_TEXT_MATCHES = 2_000;

    /** How long collecting a text search's matches may take before they count as many. */
    static final int TEXT_PROBE_TIME_BUDGET_MS = 15;

    /** How long walking the date index for dense text matches may take before the planner gets its own way. */
    static final int DATE_WALK_TIME_BUDGET_MS = 40;

    private static final String LIST_COLUMNS =
            """
            select r.id, r.observed_at, r.full_name, r.nationality, r.passport_number, r.permit_type, r.status,
                   r.activities, r.created_at, village.name as village, regency.name as regency, agency.name as agency,\s""";

    private static final SqlFragment NO_HIGHLIGHT = SqlFragment.of("null::text");

    private static final String LIST_FROM = " as highlight"
            + """

              from report r
              join region village on village.code = r.region_code
              join region regency on regency.code = r.regency_code
              join agency on agency.id = r.reporting_agency_id""";

    private static final SqlFragment FROM_REPORT = SqlFragment.of(" from report r");

    private static final RowMapper<ReportListItem> ROW = (rs, i) -> new ReportListItem(
            rs.getLong("id"),
            Rows.instant(rs, "observed_at"),
            rs.getString("full_name"),
            rs.getString("nationality"),
            PassportMask.mask(rs.getString("passport_number")),
            PermitType.valueOf(rs.getString("permit_type")),
            ReportStatus.valueOf(rs.getString("status")),
            rs.getString("village"),
            rs.getString("regency"),
            rs.getString("agency"),
            Rows.enumList(rs, "activities", Activity.class),
            Rows.instant(rs, "created_at"),
            rs.getString("highlight"));

    private final JdbcClient jdbc;
    private final CappedCount cappedCount;
    private final TimeBudget budget;

    ReportQueries(JdbcClient jdbc, CappedCount cappedCount, TimeBudget budget) {
        this.jdbc = jdbc;
        this.cappedCount = cappedCount;
        this.budget = budget;
    }

    /**
     * The reports inside the scope that match the filter, one page in the given order. Filter dates are days in the
     * given zone. The page's total is at most {@link CappedCount#LIMIT}.
     */
    @Transactional(readOnly = true)
    public Page<ReportListItem> search(
            ReportFilter filter, ReportScope scope, ZoneId zone, ReportSort sort, Pageable pageable) {
        return search(filter, scope, zone, sort, pageable, null);
    }

    /**
     * The same, with each row's {@link ReportListItem#highlight()} from the given expression ({@link
     * ReportHighlights}), evaluated in the same query; null for none.
     */
    @Transactional(readOnly = true)
    public Page<ReportListItem> search(
            ReportFilter filter,
            ReportScope scope,
            ZoneId zone,
            ReportSort sort,
            Pageable pageable,
            SqlFragment highlight) {
        SqlFragment select = SqlFragment.of(LIST_COLUMNS)
                .plus(highlight == null ? NO_HIGHLIGHT : highlight)
                .plus(LIST_FROM);
        if (scope.isEmpty()) {
            return Page.empty(pageable);
        }
        SqlFragment where = ReportConditions.where(filter, scope, zone);
        boolean text = ReportConditions.hasText(filter.query());
        List<ReportListItem> rows = null;
        if (text) {
            Page<ReportListItem> fewMatches = fewTextMatches(select, filter, where, sort, pageable);
            if (fewMatches != null) {
                return fewMatches;
            }
            rows = denseTextMatches(select, where, sort, pageable);
        }
        if (rows == null) {
            rows = page(select, where, sort, pageable);
        }
        // Skips the count when the page itself shows there are no more rows. Text that gets here is common: it has
        // thousands of matches nationally, and counting them in the jurisdiction would mostly run out of time, so
        // the page says "many".
        return PageableExecutionUtils.getPage(
                rows,
                pageable,
                () -> text
                        ? CappedCount.LIMIT
                        : cappedCount.countWithinBudget("report_count", FROM_REPORT.plus(where)));
    }

    /** One page of the reports that meet the conditions, in the given order. */
    private List<ReportListItem> page(SqlFragment select, SqlFragment where, ReportSort sort, Pageable pageable) {
        return select.plus(where)
                .plus(orderAndPage(sort, pageable))
                .on(jdbc)
                .query(ROW)
                .list();
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
            SqlFragment select, ReportFilter filter, SqlFragment where, ReportSort sort, Pageable pageable) {
        SqlFragment probe = SqlFragment.of("select r.id")
                .plus(FROM_REPORT)
                .plus(ReportConditions.textOnly(filter.query()))
                .plus(" limit " + (FEW_TEXT_MATCHES + 1));
        List<Long> candidates = budget.within("text_probe", TEXT_PROBE_TIME_BUDGET_MS, () -> probe.on(jdbc)
                .query(Long.class)
                .list());
        if (candidates == null || candidates.size() > FEW_TEXT_MATCHES) {
            return null;
        }
        SqlFragment among = where.plus(SqlFragment.of(" and r.id = any(:ids)", "ids", candidates.toArray(Long[]::new)));
        List<ReportListItem> rows = select.plus(among)
                .plus(orderAndPage(sort, pageable))
                .on(jdbc)
                .query(ROW)
                .list();
        return PageableExecutionUtils.getPage(rows, pageable, () -> SqlFragment.of("select count(*)")
                .plus(FROM_REPORT)
                .plus(among)
                .on(jdbc)
                .query(Long.class)
                .single());
    }

    /**
     * Many text matches: a page of them is found fastest by reading the (scope's) date index and testing each row,
     * which stops after a page. PostgreSQL's estimate of a text condition is often far too low, so it would rather
     * collect every match through the text indexes and sort them (70 ms for a common word in one kabupaten, against
     * 2 ms for the walk); bitmap scans are switched off for this one statement. Matches that are common nationally
     * but rare in the user's jurisdiction make the walk long: it gets a time budget, and after it the planner's own
     * plan. Null when the budget ran out.
     */
    private List<ReportListItem> denseTextMatches(
            SqlFragment select, SqlFragment where, ReportSort sort, Pageable pageable) {
        List<ReportListItem> rows = budget.within("date_walk", DATE_WALK_TIME_BUDGET_MS, () -> {
            budget.setLocal("enable_bitmapscan = off");
            return page(select, where, sort, pageable);
        });
        if (rows != null) {
            budget.setLocal("enable_bitmapscan = on");
        }
        return rows;
    }

    private static SqlFragment orderAndPage(ReportSort sort, Pageable pageable) {
        return SqlFragment.of(" order by " + sort.orderBy()).plus(SqlFragment.page(pageable));
    }
}
