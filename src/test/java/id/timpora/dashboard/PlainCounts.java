package id.timpora.dashboard;

import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportScope;
import id.timpora.subject.Overstay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dashboard's figures counted the plain way, straight from the report table, written independently of the
 * rollups: regions by code prefix, days by converting each sighting to its province's zone, arrays by unnesting.
 * Each figure of {@link DashboardQueries} must equal these.
 */
final class PlainCounts {

    private final JdbcClient jdbc;
    private final SqlFragment scopeAndArea;
    private final SqlFragment inPeriodDays;

    /**
     * @param areaCodes the regions counted (any level), or null for everything in scope
     */
    PlainCounts(JdbcTemplate jdbc, ReportScope scope, List<String> areaCodes, LocalDate from, LocalDate to) {
        this.jdbc = JdbcClient.create(jdbc);
        SqlFragment area = SqlFragment.of("true");
        if (areaCodes != null) {
            List<SqlFragment> parts = new ArrayList<>();
            for (int i = 0; i < areaCodes.size(); i++) {
                String code = areaCodes.get(i);
                parts.add(SqlFragment.of(
                        "(r.region_code = :area" + i + " or r.region_code like :below" + i + ")",
                        "area" + i,
                        code,
                        "below" + i,
                        code + ".%"));
            }
            area = parts.isEmpty()
                    ? SqlFragment.of("false")
                    : SqlFragment.join(" or ", parts).parenthesised();
        }
        this.scopeAndArea = scope.sql("r").plus(" and ").plus(area);
        this.inPeriodDays = scopeAndArea.plus(SqlFragment.of(
                " and (r.observed_at at time zone z.time_zone)::date between :from and :to", "from", from, "to", to));
    }

    private SqlFragment inPeriod() {
        return SqlFragment.of(" from report r join region z on z.code = r.province_code where ")
                .plus(inPeriodDays);
    }

    long total() {
        return SqlFragment.of("select count(*)")
                .plus(inPeriod())
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    /** Reports per value of a column (status, nationality, permit_type, source). */
    Map<String, Long> by(String column) {
        return grouped(SqlFragment.of("select r." + column + "::varchar as k, count(*) as n")
                .plus(inPeriod())
                .plus(" group by 1"));
    }

    /** Reports per element of an array column, a report counting once however often the element repeats. */
    Map<String, Long> byElement(String column) {
        return grouped(SqlFragment.of("select e.k, count(distinct r.id) as n from report r join region z on z.code"
                        + " = r.province_code cross join unnest(r." + column + ") as e(k) where ")
                .plus(inPeriodDays)
                .plus(" group by e.k"));
    }

    /** Per week (Monday) or month of the local day. */
    Map<LocalDate, Long> trend(String unit) {
        Map<LocalDate, Long> counts = new HashMap<>();
        SqlFragment.of(
                        "select date_trunc(:unit, (r.observed_at at time zone z.time_zone)::date::timestamp)::date as k,"
                                + " count(*) as n",
                        "unit",
                        unit)
                .plus(inPeriod())
                .plus(" group by 1")
                .on(jdbc)
                .query(rs -> {
                    counts.put(rs.getObject("k", LocalDate.class), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * The median, by percentile_disc, of the hours from submission to verification of the period's verified reports,
     * whole hours below 48 and whole days (in hours) from there.
     */
    Integer medianVerificationHours() {
        return SqlFragment.of("select percentile_disc(0.5) within group (order by case when h < 48 then greatest(h, 0)"
                        + " else h / 24 * 24 end) from (select floor(extract(epoch from s.changed_at - r.created_at)"
                        + " / 3600)::int as h from report r join region z on z.code = r.province_code"
                        + " join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI' where ")
                .plus(inPeriodDays)
                .plus(") x")
                .on(jdbc)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    long verified() {
        return SqlFragment.of("select count(*) from report r join region z on z.code = r.province_code"
                        + " join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI' where ")
                .plus(inPeriodDays)
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    /** Reports with this status, whatever their day. */
    long allTime(String status) {
        return SqlFragment.of("select count(*) from report r where ")
                .plus(scopeAndArea)
                .plus(SqlFragment.of(" and r.status = :status", "status", status))
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    /**
     * People with the registry's overstay signal whose latest sighting (the latest report linked to them) lies in the
     * area and the period.
     */
    long overstay() {
        return SqlFragment.of("select count(*) from subject s cross join lateral (select r2.* from report r2 where"
                        + " r2.subject_id = s.id order by r2.observed_at desc, r2.id desc limit 1) r join region z"
                        + " on z.code = r.province_code where " + Overstay.SQL + " and ")
                .plus(inPeriodDays)
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> grouped(SqlFragment sql) {
        Map<String, Long> counts = new HashMap<>();
        sql.on(jdbc).query(rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        });
        return counts;
    }
}
