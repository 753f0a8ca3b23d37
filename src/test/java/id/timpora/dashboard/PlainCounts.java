package id.timpora.dashboard;

import id.timpora.report.ReportScope;
import id.timpora.subject.Overstay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's figures counted the plain way, straight from the report table, written independently of the
 * rollups: regions by code prefix, days by converting each sighting to its province's zone, arrays by unnesting.
 * Each figure of {@link DashboardQueries} must equal these.
 */
final class PlainCounts {

    private final JdbcTemplate jdbc;
    private final String scopeAndArea;
    private final List<Object> scopeAndAreaArgs;
    private final LocalDate from;
    private final LocalDate to;

    /**
     * @param areaCodes the regions counted (any level), or null for everything in scope
     */
    PlainCounts(JdbcTemplate jdbc, ReportScope scope, List<String> areaCodes, LocalDate from, LocalDate to) {
        this.jdbc = jdbc;
        this.from = from;
        this.to = to;
        List<Object> args = new ArrayList<>(List.of(scope.parameters()));
        String area = "true";
        if (areaCodes != null) {
            List<String> parts = new ArrayList<>();
            for (String code : areaCodes) {
                parts.add("(r.region_code = ? or r.region_code like ?)");
                args.add(code);
                args.add(code + ".%");
            }
            area = parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")";
        }
        this.scopeAndArea = scope.condition("r") + " and " + area;
        this.scopeAndAreaArgs = args;
    }

    private String inPeriod() {
        return " from report r join region z on z.code = r.province_code where " + scopeAndArea
                + " and (r.observed_at at time zone z.time_zone)::date between ? and ?";
    }

    private Object[] periodArgs(Object... before) {
        List<Object> args = new ArrayList<>(List.of(before));
        args.addAll(scopeAndAreaArgs);
        args.add(from);
        args.add(to);
        return args.toArray();
    }

    long total() {
        return jdbc.queryForObject("select count(*)" + inPeriod(), Long.class, periodArgs());
    }

    /** Reports per value of a column (status, nationality, permit_type, source). */
    Map<String, Long> by(String column) {
        return grouped(
                "select r." + column + "::varchar as k, count(*) as n" + inPeriod() + " group by 1", periodArgs());
    }

    /** Reports per element of an array column, a report counting once however often the element repeats. */
    Map<String, Long> byElement(String column) {
        return grouped(
                "select e.k, count(distinct r.id) as n from report r join region z on z.code = r.province_code"
                        + " cross join unnest(r." + column + ") as e(k) where " + scopeAndArea
                        + " and (r.observed_at at time zone z.time_zone)::date between ? and ? group by e.k",
                periodArgs());
    }

    /** Per week (Monday) or month of the local day. */
    Map<LocalDate, Long> trend(String unit) {
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(
                "select date_trunc(?, (r.observed_at at time zone z.time_zone)::date::timestamp)::date as k,"
                        + " count(*) as n" + inPeriod() + " group by 1",
                rs -> {
                    counts.put(rs.getObject("k", LocalDate.class), rs.getLong("n"));
                },
                periodArgs(unit));
        return counts;
    }

    /**
     * The median, by percentile_disc, of the hours from submission to verification of the period's verified reports,
     * whole hours below 48 and whole days (in hours) from there.
     */
    Integer medianVerificationHours() {
        return jdbc.queryForObject(
                "select percentile_disc(0.5) within group (order by case when h < 48 then greatest(h, 0)"
                        + " else h / 24 * 24 end) from (select floor(extract(epoch from s.changed_at - r.created_at)"
                        + " / 3600)::int as h from report r join region z on z.code = r.province_code"
                        + " join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI' where "
                        + scopeAndArea + " and (r.observed_at at time zone z.time_zone)::date between ? and ?) x",
                Integer.class,
                periodArgs());
    }

    long verified() {
        return jdbc.queryForObject(
                "select count(*) from report r join region z on z.code = r.province_code"
                        + " join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI' where "
                        + scopeAndArea + " and (r.observed_at at time zone z.time_zone)::date between ? and ?",
                Long.class,
                periodArgs());
    }

    /** Reports with this status, whatever their day. */
    long allTime(String status) {
        List<Object> args = new ArrayList<>(scopeAndAreaArgs);
        args.add(status);
        return jdbc.queryForObject(
                "select count(*) from report r where " + scopeAndArea + " and r.status = ?",
                Long.class,
                args.toArray());
    }

    /**
     * People with the registry's overstay signal whose latest sighting (the latest report linked to them) lies in the
     * area and the period.
     */
    long overstay() {
        return jdbc.queryForObject(
                "select count(*) from subject s cross join lateral (select r2.* from report r2 where r2.subject_id = s.id"
                        + " order by r2.observed_at desc, r2.id desc limit 1) r join region z on z.code = r.province_code"
                        + " where " + Overstay.SQL + " and " + scopeAndArea
                        + " and (r.observed_at at time zone z.time_zone)::date between ? and ?",
                Long.class,
                periodArgs());
    }

    private Map<String, Long> grouped(String sql, Object[] args) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(
                sql,
                rs -> {
                    counts.put(rs.getString("k"), rs.getLong("n"));
                },
                args);
        return counts;
    }
}
