package id.timpora.dashboard;

import id.timpora.region.Region;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures. Areas of provinces and kabupaten/kota are answered from the rollups of migration V11
 * ({@code dashboard_count}: per day and per month, per province and per kabupaten/kota); areas with a kecamatan are
 * counted from the reports themselves, which a kecamatan has few of. Both ways count the same entries (the SQL function
 * {@code dashboard_entries}) by the same day (the date where the report was seen), and tests hold every figure against
 * a plain count over the report table.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    static final int TOP_NATIONALITIES = 10;

    private static final List<String> DIMENSIONS = List.of(
            "TOTAL", "STATUS", "NATIONALITY", "PERMIT", "SOURCE", "ACTIVITY", "INDICATION", "VERIFY", "OVERSTAY");
    private static final List<String> WORK_QUEUE = List.of(ReportStatus.BARU.name(), ReportStatus.TINDAK_LANJUT.name());

    private final JdbcTemplate jdbc;
    private final RegionService regions;
    private volatile Map<String, Region> provinces;

    DashboardQueries(JdbcTemplate jdbc, RegionService regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    public DashboardFigures figures(DashboardArea area, DashboardPeriod period) {
        serial();
        if (area.isEmpty()) {
            return assemble(Map.of(), List.of(), period, Map.of());
        }
        Map<String, Map<String, Long>> counts =
                area.countedDirectly() ? directCounts(area, period) : rolledUpCounts(area, period);
        List<TrendPoint> trend = area.countedDirectly() ? directTrend(area, period) : rolledUpTrend(area, period);
        Map<String, Long> queue = area.countedDirectly() ? directWorkQueue(area) : rolledUpWorkQueue(area);
        return assemble(counts, trend, period, queue);
    }

    /** The reports of each of these regions in the period (each inside the area), in the order given. */
    public List<AreaCount> breakdown(List<Region> children, DashboardArea area, DashboardPeriod period) {
        if (children.isEmpty() || area.isEmpty()) {
            return List.of();
        }
        serial();
        Map<String, Long> counts = countsPer(children.stream().map(Region::code).toList(), area, period);
        return children.stream()
                .map(region -> new AreaCount(region, counts.getOrDefault(region.code(), 0L)))
                .toList();
    }

    /**
     * The map for this area: all of Indonesia by province, unless the area lies in one province, which is then shown
     * by kabupaten/kota. Each area of the map is counted over the user's whole jurisdiction (not only the region
     * chosen), so the neighbours of the chosen region show for comparison; nothing outside the jurisdiction counts.
     */
    public MapView map(DashboardArea area, DashboardPeriod period) {
        serial();
        String province = provinceShown(area);
        boolean national = area.scope().national();
        List<String> targets;
        int level;
        if (province == null) {
            level = 2;
            targets = national ? List.copyOf(provinces().keySet()) : area.jurisdiction();
        } else {
            level = 5;
            targets = national || area.scope().covers(province)
                    ? regions.children(province).stream().map(Region::code).toList()
                    : area.jurisdiction().stream()
                            .filter(code -> code.startsWith(province + "."))
                            .toList();
        }
        if (area.isEmpty() || targets.isEmpty()) {
            return new MapView(
                    province == null ? MapLevel.PROVINCE : MapLevel.REGENCY, province, null, List.of(), List.of());
        }
        Map<String, Long> byArea = new TreeMap<>();
        countsPer(targets, area, period)
                .forEach((code, count) -> byArea.merge(code.substring(0, level), count, Long::sum));
        targets.forEach(code -> byArea.putIfAbsent(code.substring(0, level), 0L));
        List<AreaCount> areas = regions.findAll(byArea.keySet()).stream()
                .map(region -> new AreaCount(region, byArea.get(region.code())))
                .toList();
        String selected = area.selected() == null || area.selected().code().length() < 5
                ? null
                : area.selected().code().substring(0, 5);
        return new MapView(
                province == null ? MapLevel.PROVINCE : MapLevel.REGENCY,
                province,
                selected,
                areas,
                ClassBreaks.of(areas.stream().map(AreaCount::count).toList()));
    }

    /** The province whose kabupaten/kota the map shows, or null for the map of provinces. */
    private static String provinceShown(DashboardArea area) {
        if (area.selected() != null) {
            return area.selected().provinceCode();
        }
        if (area.everything()) {
            return null;
        }
        Set<String> touched =
                area.codes().stream().map(code -> code.substring(0, 2)).collect(Collectors.toSet());
        return touched.size() == 1 ? touched.iterator().next() : null;
    }

    // --- from the rollups ---

    private Map<String, Map<String, Long>> rolledUpCounts(DashboardArea area, DashboardPeriod period) {
        Sql rows = rollupRows(rollupCodes(area), DIMENSIONS, PeriodSlices.of(period.from(), period.to()));
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(
                "select dimension, value, sum(n) as n from (" + rows.text() + ") r group by dimension, value",
                rs -> {
                    counts.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("n"));
                },
                rows.args().toArray());
        return counts;
    }

    private List<TrendPoint> rolledUpTrend(DashboardArea area, DashboardPeriod period) {
        TrendUnit unit = period.trendUnit();
        PeriodSlices slices = unit == TrendUnit.WEEK
                ? PeriodSlices.daysOnly(period.from(), period.to())
                : PeriodSlices.of(period.from(), period.to());
        Sql rows = rollupRows(rollupCodes(area), List.of("TOTAL"), slices);
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(
                "select date_trunc(?, period::timestamp)::date as start, sum(n) as n from (" + rows.text()
                        + ") r group by 1",
                rs -> {
                    counts.put(rs.getObject("start", LocalDate.class), rs.getLong("n"));
                },
                prepend(unit == TrendUnit.WEEK ? "week" : "month", rows.args()));
        return trend(counts, period);
    }

    /** All time, not only the period: the work waiting, however old it is. */
    private Map<String, Long> rolledUpWorkQueue(DashboardArea area) {
        Map<String, Long> queue = new HashMap<>();
        jdbc.query(
                "select value, sum(n) as n from dashboard_count where region_code = any(?::varchar[]) and grain = 'M'"
                        + " and dimension = 'STATUS' and value = any(?::varchar[]) group by value",
                rs -> {
                    queue.put(rs.getString("value"), rs.getLong("n"));
                },
                rollupCodes(area).toArray(String[]::new),
                WORK_QUEUE.toArray(String[]::new));
        return queue;
    }

    /** The rollup rows of these regions, dimensions and slices of a period: region_code, dimension, value, period, n. */
    private static Sql rollupRows(List<String> codes, List<String> dimensions, PeriodSlices slices) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        String select = "select region_code, dimension, value, period, n from dashboard_count"
                + " where region_code = any(?::varchar[]) and dimension = any(?::varchar[]) and grain = ?"
                + " and period between ? and ?";
        for (LocalDate[] days : slices.dayRanges()) {
            parts.add(select);
            args.addAll(
                    List.of(codes.toArray(String[]::new), dimensions.toArray(String[]::new), "D", days[0], days[1]));
        }
        if (slices.firstMonth() != null) {
            parts.add(select);
            args.addAll(List.of(
                    codes.toArray(String[]::new),
                    dimensions.toArray(String[]::new),
                    "M",
                    slices.firstMonth(),
                    slices.lastMonth()));
        }
        return new Sql(String.join(" union all ", parts), args);
    }

    /** The regions whose rollup rows make up the area: every province for a national user. */
    private List<String> rollupCodes(DashboardArea area) {
        return area.everything() ? List.copyOf(provinces().keySet()) : area.codes();
    }

    // --- from the reports (areas with a kecamatan) ---

    private Map<String, Map<String, Long>> directCounts(DashboardArea area, DashboardPeriod period) {
        Sql reports = reportsOf(area.codes(), area, period);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        List<Object> args = new ArrayList<>(reports.args());
        args.addAll(reports.args());
        jdbc.query(
                """
                select d.dimension, d.value, count(*) as n
                  from report r
                 cross join lateral dashboard_entries(r.status, r.nationality, r.permit_type, r.source, r.activities,
                                                      r.indications) d
                 where %1$s
                 group by 1, 2
                union all
                select 'VERIFY', dashboard_verify_bucket(s.changed_at - r.created_at), count(*)
                  from report r
                  join report_status_change s on s.report_id = r.id and s.to_status = 'TERVERIFIKASI'
                 where %1$s
                 group by 2"""
                        .formatted(reports.text()),
                rs -> {
                    counts.computeIfAbsent(rs.getString("dimension"), d -> new HashMap<>())
                            .put(rs.getString("value"), rs.getLong("n"));
                },
                args.toArray());
        // People are counted where and when they were last seen, as migration V12 keeps them.
        Sql where = areaCondition(area.codes());
        Long overstay = jdbc.queryForObject(
                "select count(*) from dashboard_overstay r where " + where.text() + " and r.day between ? and ?",
                Long.class,
                concat(where.args(), List.of(period.from(), period.to())).toArray());
        counts.computeIfAbsent("OVERSTAY", d -> new HashMap<>()).put("", overstay == null ? 0 : overstay);
        return counts;
    }

    private List<TrendPoint> directTrend(DashboardArea area, DashboardPeriod period) {
        Sql reports = reportsOf(area.codes(), area, period);
        Map<LocalDate, Long> counts = new HashMap<>();
        jdbc.query(
                "select date_trunc(?, (r.observed_at at time zone z.time_zone)::date::timestamp)::date as start,"
                        + " count(*) as n from report r join region z on z.code = r.province_code where "
                        + reports.text() + " group by 1",
                rs -> {
                    counts.put(rs.getObject("start", LocalDate.class), rs.getLong("n"));
                },
                prepend(period.trendUnit() == TrendUnit.WEEK ? "week" : "month", reports.args()));
        return trend(counts, period);
    }

    private Map<String, Long> directWorkQueue(DashboardArea area) {
        requireInside(area.codes(), area);
        Sql where = areaCondition(area.codes());
        Map<String, Long> queue = new HashMap<>();
        jdbc.query(
                "select r.status, count(*) as n from report r where " + where.text()
                        + " and r.status = any(?::varchar[]) group by r.status",
                rs -> {
                    queue.put(rs.getString("status"), rs.getLong("n"));
                },
                concat(where.args(), List.of((Object) WORK_QUEUE.toArray(String[]::new)))
                        .toArray());
        return queue;
    }

    /**
     * The reports of these regions seen during the period, as a condition on {@code report r}. The period's days are
     * taken in each province's zone, with plain ranges of observed_at that the region-and-time indexes serve. The
     * regions come from {@link DashboardAreas}, inside the user's jurisdiction, and are checked against it here once
     * more, in Java: the same check as a second SQL condition made PostgreSQL combine the kabupaten index with the
     * kecamatan one, reading every report of the kabupaten to count those of one kecamatan.
     */
    private Sql reportsOf(List<String> codes, DashboardArea area, DashboardPeriod period) {
        requireInside(codes, area);
        Sql where = areaCondition(codes);
        Sql time = timeCondition(codes, period);
        return new Sql(where.text() + " and " + time.text(), concat(where.args(), time.args()));
    }

    private static void requireInside(List<String> codes, DashboardArea area) {
        for (String code : codes) {
            if (!area.scope().covers(code)) {
                throw new IllegalStateException("region " + code + " lies outside the jurisdiction");
            }
        }
    }

    private static Sql areaCondition(List<String> codes) {
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (int length : new int[] {2, 5, 8}) {
            String[] ofLength =
                    codes.stream().filter(code -> code.length() == length).toArray(String[]::new);
            if (ofLength.length > 0) {
                parts.add("r." + (length == 2 ? "province_code" : length == 5 ? "regency_code" : "district_code")
                        + " = any(?::varchar[])");
                args.add(ofLength);
            }
        }
        return new Sql(parts.isEmpty() ? "false" : "(" + String.join(" or ", parts) + ")", args);
    }

    private Sql timeCondition(Collection<String> codes, DashboardPeriod period) {
        Map<ZoneId, List<String>> byZone = new LinkedHashMap<>();
        for (String province :
                new TreeSet<>(codes.stream().map(code -> code.substring(0, 2)).toList())) {
            Region region = provinces().get(province);
            if (region != null) {
                byZone.computeIfAbsent(region.timeZone(), zone -> new ArrayList<>())
                        .add(province);
            }
        }
        if (byZone.isEmpty()) {
            return new Sql("false", List.of());
        }
        List<String> parts = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        for (Map.Entry<ZoneId, List<String>> zone : byZone.entrySet()) {
            String range = "r.observed_at >= ? and r.observed_at < ?";
            if (byZone.size() > 1) {
                parts.add("(r.province_code = any(?::varchar[]) and " + range + ")");
                args.add(zone.getValue().toArray(String[]::new));
            } else {
                parts.add(range);
            }
            args.add(startOf(period.from(), zone.getKey()));
            args.add(startOf(period.to().plusDays(1), zone.getKey()));
        }
        return new Sql("(" + String.join(" or ", parts) + ")", args);
    }

    /**
     * The reports of each target region (inside the area's jurisdiction) in the period: provinces and kabupaten/kota
     * from the rollups, kecamatan from the report table's kecamatan-and-time index.
     */
    private Map<String, Long> countsPer(List<String> targets, DashboardArea area, DashboardPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        List<String> rolledUp =
                targets.stream().filter(code -> code.length() <= 5).toList();
        List<String> districts =
                targets.stream().filter(code -> code.length() > 5).toList();
        if (!rolledUp.isEmpty()) {
            Sql rows = rollupRows(rolledUp, List.of("TOTAL"), PeriodSlices.of(period.from(), period.to()));
            jdbc.query(
                    "select region_code, sum(n) as n from (" + rows.text() + ") r group by region_code",
                    rs -> {
                        counts.put(rs.getString("region_code"), rs.getLong("n"));
                    },
                    rows.args().toArray());
        }
        if (!districts.isEmpty()) {
            // Without a second scope condition (see reportsOf) this is an index-only scan of the kecamatan-and-time
            // index.
            Sql reports = reportsOf(districts, area, period);
            jdbc.query(
                    "select r.district_code, count(*) as n from report r where " + reports.text()
                            + " group by r.district_code",
                    rs -> {
                        counts.put(rs.getString("district_code"), rs.getLong("n"));
                    },
                    reports.args().toArray());
        }
        return counts;
    }

    // --- assembling ---

    private static DashboardFigures assemble(
            Map<String, Map<String, Long>> counts,
            List<TrendPoint> trend,
            DashboardPeriod period,
            Map<String, Long> queue) {
        Map<String, Long> verify = counts.getOrDefault("VERIFY", Map.of());
        return new DashboardFigures(
                counts.getOrDefault("TOTAL", Map.of()).getOrDefault("", 0L),
                Arrays.stream(ReportStatus.values())
                        .map(status -> new Tally(
                                status.name(),
                                status.messageKey(),
                                counts.getOrDefault("STATUS", Map.of()).getOrDefault(status.name(), 0L)))
                        .toList(),
                nationalities(counts.getOrDefault("NATIONALITY", Map.of())),
                labelled(counts.get("ACTIVITY"), Activity.values()),
                labelled(counts.get("INDICATION"), Indication.values()),
                labelled(counts.get("PERMIT"), PermitType.values()),
                labelled(counts.get("SOURCE"), ReportSource.values()),
                period.trendUnit(),
                trend.isEmpty() ? trend(Map.of(), period) : trend,
                median(verify),
                verify.values().stream().mapToLong(Long::longValue).sum(),
                queue.getOrDefault(ReportStatus.BARU.name(), 0L),
                queue.getOrDefault(ReportStatus.TINDAK_LANJUT.name(), 0L),
                counts.getOrDefault("OVERSTAY", Map.of()).getOrDefault("", 0L));
    }

    /** The values counted, most frequent first; values the enum does not know keep their code as label. */
    private static <E extends Enum<E> & id.timpora.common.Labelled> List<Tally> labelled(
            Map<String, Long> counts, E[] values) {
        if (counts == null) {
            return List.of();
        }
        Map<String, E> known = Arrays.stream(values).collect(Collectors.toMap(Enum::name, Function.identity()));
        return counts.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .map(entry -> new Tally(
                        entry.getKey(),
                        known.containsKey(entry.getKey())
                                ? known.get(entry.getKey()).messageKey()
                                : null,
                        entry.getValue()))
                .sorted(byCountThenCode())
                .toList();
    }

    private static List<Tally> nationalities(Map<String, Long> counts) {
        List<Tally> sorted = counts.entrySet().stream()
                .filter(entry -> entry.getValue() != 0)
                .map(entry -> new Tally(entry.getKey(), null, entry.getValue()))
                .sorted(byCountThenCode())
                .toList();
        if (sorted.size() <= TOP_NATIONALITIES) {
            return sorted;
        }
        List<Tally> top = new ArrayList<>(sorted.subList(0, TOP_NATIONALITIES));
        long others = sorted.subList(TOP_NATIONALITIES, sorted.size()).stream()
                .mapToLong(Tally::count)
                .sum();
        top.add(new Tally(null, "dashboard.nationality.others", others));
        return top;
    }

    private static Comparator<Tally> byCountThenCode() {
        return Comparator.comparingLong(Tally::count).reversed().thenComparing(Tally::code);
    }

    /**
     * The median of the bucketed times: the smallest bucket that, with those below it, holds at least half of the
     * verified reports (what {@code percentile_disc(0.5)} gives over the same buckets).
     */
    static Integer median(Map<String, Long> buckets) {
        long total = buckets.values().stream().mapToLong(Long::longValue).sum();
        if (total <= 0) {
            return null;
        }
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : buckets.entrySet().stream()
                .collect(Collectors.toMap(
                        e -> Integer.valueOf(e.getKey()), Map.Entry::getValue, Long::sum, TreeMap::new))
                .entrySet()) {
            seen += bucket.getValue();
            if (2 * seen >= total) {
                return bucket.getKey();
            }
        }
        return null;
    }

    /** Every week (or month) of the period in order, those without reports as 0. */
    private static List<TrendPoint> trend(Map<LocalDate, Long> counts, DashboardPeriod period) {
        List<TrendPoint> points = new ArrayList<>();
        boolean weekly = period.trendUnit() == TrendUnit.WEEK;
        LocalDate start = weekly
                ? period.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : period.from().withDayOfMonth(1);
        for (LocalDate day = start; !day.isAfter(period.to()); day = weekly ? day.plusWeeks(1) : day.plusMonths(1)) {
            points.add(new TrendPoint(day, counts.getOrDefault(day, 0L)));
        }
        return points;
    }

    // --- helpers ---

    /**
     * Every query here reads a few thousand rows at most; starting parallel workers for them costs more than it saves
     * (a national year took 50 ms with two workers and 16 ms without). For this transaction only.
     */
    private void serial() {
        jdbc.execute("set local max_parallel_workers_per_gather = 0");
    }

    private Map<String, Region> provinces() {
        Map<String, Region> known = provinces;
        if (known == null) {
            // Regions are loaded by a migration and never change while the application runs.
            known = regions.provinces().stream()
                    .collect(Collectors.toMap(Region::code, Function.identity(), (a, b) -> a, TreeMap::new));
            provinces = known;
        }
        return known;
    }

    private static Timestamp startOf(LocalDate day, ZoneId zone) {
        return Timestamp.from(day.atStartOfDay(zone).toInstant());
    }

    private static Object[] prepend(Object first, List<Object> rest) {
        List<Object> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A piece of SQL and its bind values, in order. */
    private record Sql(String text, List<Object> args) {

        Sql {
            args = List.copyOf(args);
        }
    }
}
