package id.timpora.dashboard;

import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.region.Region;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures of areas with a kecamatan, counted from the reports themselves (the rollups stop at kabupaten/kota, and a
 * kecamatan holds few reports). They count the same entries as the rollups (the SQL function {@code
 * dashboard_entries}) by the same day, the date where the report was seen.
 */
@Component
class DirectCounts {

    private final JdbcClient jdbc;
    private final Provinces provinces;

    DirectCounts(JdbcClient jdbc, Provinces provinces) {
        this.jdbc = jdbc;
        this.provinces = provinces;
    }

    /** The period's reports of the area, by dimension and value, with the people last seen there with an overstay. */
    Map<String, Map<String, Long>> counts(DashboardArea area, DashboardPeriod period) {
        SqlFragment reports = reportsOf(area.codes(), area, period);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        SqlFragment.of(
                        """
                        select d.dimension, d.value, count(*) as n
                          from report r
                         cross join lateral dashboard_entries(r.status, r.nationality, r.permit_type, r.source,
                                                              r.activities, r.indications) d
                         where\s""")
                .plus(reports)
                .plus(
                        """

                         group by 1, 2
                        union all
                        select 'VERIFY', dashboard_verify_bucket(s.changed_at - r.created_at), count(*)
                          from report r
                          join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI'
                         where\s""")
                .plus(reports)
                .plus("\n group by 2")
                .on(jdbc)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("n"));
                });
        // People are counted where and when they were last seen, as migration V12 keeps them.
        long overstay = SqlFragment.of("select count(*) from dashboard_overstay r where ")
                .plus(areaCondition(area.codes()))
                .plus(SqlFragment.of(" and r.day between :from and :to", "from", period.from(), "to", period.to()))
                .on(jdbc)
                .query(Long.class)
                .single();
        counts.computeIfAbsent("OVERSTAY", d -> new HashMap<>()).put("", overstay);
        return counts;
    }

    /** The period's reports of the area, by the first day of each week (or month) where they were seen. */
    Map<LocalDate, Long> trend(DashboardArea area, DashboardPeriod period) {
        Map<LocalDate, Long> counts = new HashMap<>();
        SqlFragment.of(
                        "select date_trunc(:unit, (r.observed_at at time zone z.time_zone)::date::timestamp)::date"
                                + " as start, count(*) as n from report r join region z on z.code = r.province_code"
                                + " where ",
                        "unit",
                        period.trendUnit() == TrendUnit.WEEK ? "week" : "month")
                .plus(reportsOf(area.codes(), area, period))
                .plus(" group by 1")
                .on(jdbc)
                .query(rs -> {
                    counts.put(rs.getObject("start", LocalDate.class), rs.getLong("n"));
                });
        return counts;
    }

    /** All time, not only the period: the area's reports in each of these statuses, however old. */
    Map<String, Long> byStatus(DashboardArea area, List<String> statuses) {
        requireInside(area.codes(), area);
        Map<String, Long> queue = new HashMap<>();
        SqlFragment.of("select r.status, count(*) as n from report r where ")
                .plus(areaCondition(area.codes()))
                .plus(SqlFragment.of(
                        " and r.status = any(:statuses::varchar[]) group by r.status",
                        "statuses",
                        statuses.toArray(String[]::new)))
                .on(jdbc)
                .query(rs -> {
                    queue.put(rs.getString("status"), rs.getLong("n"));
                });
        return queue;
    }

    /** The period's reports of each of these kecamatan (inside the area's jurisdiction). */
    Map<String, Long> totals(List<String> districts, DashboardArea area, DashboardPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        // Without a second scope condition (see reportsOf) this is an index-only scan of the kecamatan-and-time index.
        SqlFragment.of("select r.district_code, count(*) as n from report r where ")
                .plus(reportsOf(districts, area, period))
                .plus(" group by r.district_code")
                .on(jdbc)
                .query(rs -> {
                    counts.put(rs.getString("district_code"), rs.getLong("n"));
                });
        return counts;
    }

    /**
     * The reports of these regions seen during the period, as a condition on {@code report r}. The period's days are
     * taken in each province's zone, with plain ranges of observed_at that the region-and-time indexes serve. The
     * regions come from {@link DashboardAreas}, inside the user's jurisdiction, and are checked against it here once
     * more, in Java: the same check as a second SQL condition made PostgreSQL combine the kabupaten index with the
     * kecamatan one, reading every report of the kabupaten to count those of one kecamatan.
     */
    private SqlFragment reportsOf(List<String> codes, DashboardArea area, DashboardPeriod period) {
        requireInside(codes, area);
        return areaCondition(codes).plus(" and ").plus(timeCondition(codes, period));
    }

    private static void requireInside(List<String> codes, DashboardArea area) {
        for (String code : codes) {
            if (!area.scope().covers(code)) {
                throw new IllegalStateException("region " + code + " lies outside the jurisdiction");
            }
        }
    }

    private static SqlFragment areaCondition(List<String> codes) {
        List<SqlFragment> parts = new ArrayList<>();
        for (AreaLevel level : AreaLevel.values()) {
            String[] ofLevel = codes.stream()
                    .filter(code -> code.length() == level.codeLength)
                    .toArray(String[]::new);
            if (ofLevel.length > 0) {
                parts.add(SqlFragment.of(
                        "r." + level.column + " = any(:" + level.parameter + "::varchar[])", level.parameter, ofLevel));
            }
        }
        return parts.isEmpty()
                ? SqlFragment.of("false")
                : SqlFragment.join(" or ", parts).parenthesised();
    }

    private SqlFragment timeCondition(Collection<String> codes, DashboardPeriod period) {
        Map<ZoneId, List<String>> byZone = new LinkedHashMap<>();
        for (String province :
                new TreeSet<>(codes.stream().map(code -> code.substring(0, 2)).toList())) {
            Region region = provinces.byCode().get(province);
            if (region != null) {
                byZone.computeIfAbsent(region.timeZone(), zone -> new ArrayList<>())
                        .add(province);
            }
        }
        if (byZone.isEmpty()) {
            return SqlFragment.of("false");
        }
        List<SqlFragment> parts = new ArrayList<>();
        int i = 0;
        for (Map.Entry<ZoneId, List<String>> zone : byZone.entrySet()) {
            String from = "zone" + i + "_from";
            String to = "zone" + i + "_to";
            SqlFragment range = SqlFragment.of(
                    "r.observed_at >= :" + from + " and r.observed_at < :" + to,
                    from,
                    startOf(period.from(), zone.getKey()),
                    to,
                    startOf(period.to().plusDays(1), zone.getKey()));
            if (byZone.size() > 1) {
                String provincesOfZone = "zone" + i + "_provinces";
                range = SqlFragment.of(
                                "(r.province_code = any(:" + provincesOfZone + "::varchar[]) and ",
                                provincesOfZone,
                                zone.getValue().toArray(String[]::new))
                        .plus(range)
                        .plus(")");
            }
            parts.add(range);
            i++;
        }
        return SqlFragment.join(" or ", parts).parenthesised();
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    /** The report's copied ancestor columns, by the length of the codes they hold. */
    private enum AreaLevel {
        PROVINCE(2, "province_code", "area_provinces"),
        REGENCY(5, "regency_code", "area_regencies"),
        DISTRICT(8, "district_code", "area_districts");

        final int codeLength;
        final String column;
        final String parameter;

        AreaLevel(int codeLength, String column, String parameter) {
            this.codeLength = codeLength;
            this.column = column;
            this.parameter = parameter;
        }
    }
}
