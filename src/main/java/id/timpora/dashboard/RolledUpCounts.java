package id.timpora.dashboard;

import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Figures of provinces and kabupaten/kota, read from the rollups of migration V11 ({@code dashboard_count}: per day
 * and per month, per province and per kabupaten/kota). A period reads the monthly rows of its whole months and the
 * daily rows of the days around them ({@link PeriodSlices}).
 */
@Component
class RolledUpCounts {

    private final JdbcClient jdbc;

    RolledUpCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The period's reports of these regions, by dimension and value. */
    Map<String, Map<String, Long>> counts(List<String> codes, List<String> dimensions, DashboardPeriod period) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        SqlFragment.of("select dimension, value, sum(n) as n from (")
                .plus(rows(codes, dimensions, PeriodSlices.of(period.from(), period.to())))
                .plus(") r group by dimension, value")
                .on(jdbc)
                .query(rs -> {
                    counts.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("n"));
                });
        return counts;
    }

    /** The period's reports of these regions, by the first day of each week (or month). */
    Map<LocalDate, Long> trend(List<String> codes, DashboardPeriod period) {
        boolean weekly = period.trendUnit() == TrendUnit.WEEK;
        PeriodSlices slices = weekly
                ? PeriodSlices.daysOnly(period.from(), period.to())
                : PeriodSlices.of(period.from(), period.to());
        Map<LocalDate, Long> counts = new HashMap<>();
        SqlFragment.of(
                        "select date_trunc(:unit, period::timestamp)::date as start, sum(n) as n from (",
                        "unit",
                        weekly ? "week" : "month")
                .plus(rows(codes, List.of("TOTAL"), slices))
                .plus(") r group by 1")
                .on(jdbc)
                .query(rs -> {
                    counts.put(rs.getObject("start", LocalDate.class), rs.getLong("n"));
                });
        return counts;
    }

    /** All time, not only the period: the reports of these regions in each of these statuses, however old. */
    Map<String, Long> byStatus(List<String> codes, List<String> statuses) {
        Map<String, Long> queue = new HashMap<>();
        jdbc.sql("select value, sum(n) as n from dashboard_count where region_code = any(:codes::varchar[])"
                        + " and grain = 'M' and dimension = 'STATUS' and value = any(:statuses::varchar[])"
                        + " group by value")
                .param("codes", codes.toArray(String[]::new))
                .param("statuses", statuses.toArray(String[]::new))
                .query(rs -> {
                    queue.put(rs.getString("value"), rs.getLong("n"));
                });
        return queue;
    }

    /** The period's reports of each of these regions. */
    Map<String, Long> totals(List<String> codes, DashboardPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        SqlFragment.of("select region_code, sum(n) as n from (")
                .plus(rows(codes, List.of("TOTAL"), PeriodSlices.of(period.from(), period.to())))
                .plus(") r group by region_code")
                .on(jdbc)
                .query(rs -> {
                    counts.put(rs.getString("region_code"), rs.getLong("n"));
                });
        return counts;
    }

    /** The rollup rows of these regions, dimensions and slices of a period: region_code, dimension, value, period, n. */
    private static SqlFragment rows(List<String> codes, List<String> dimensions, PeriodSlices slices) {
        List<SqlFragment> parts = new ArrayList<>();
        List<LocalDate[]> days = slices.dayRanges();
        for (int i = 0; i < days.size(); i++) {
            parts.add(slice("days" + i, "D", days.get(i)[0], days.get(i)[1]));
        }
        if (slices.firstMonth() != null) {
            parts.add(slice("months", "M", slices.firstMonth(), slices.lastMonth()));
        }
        return SqlFragment.join(" union all ", parts)
                .with("codes", codes.toArray(String[]::new))
                .with("dimensions", dimensions.toArray(String[]::new));
    }

    /** The rows of one grain (D or M) from one day (or month) to another, its parameters named after {@code name}. */
    private static SqlFragment slice(String name, String grain, LocalDate from, LocalDate to) {
        return SqlFragment.of("select region_code, dimension, value, period, n from dashboard_count"
                        + " where region_code = any(:codes::varchar[]) and dimension = any(:dimensions::varchar[])"
                        + " and grain = :" + name + "_grain and period between :" + name + "_from and :" + name + "_to")
                .with(name + "_grain", grain)
                .with(name + "_from", from)
                .with(name + "_to", to);
    }
}
