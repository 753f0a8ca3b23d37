package id.timpora.dashboard;

import id.timpora.common.Labelled;
import id.timpora.region.Region;
import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.PermitType;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's figures and its drill-down table. Areas of provinces and kabupaten/kota are answered from the
 * rollups ({@link RolledUpCounts}); areas with a kecamatan are counted from the reports themselves ({@link
 * DirectCounts}). Both ways count the same entries by the same day, and tests hold every figure against a plain count
 * over the report table. The map's data is {@link DashboardMap}.
 */
@Service
@Transactional(readOnly = true)
public class DashboardQueries {

    static final int TOP_NATIONALITIES = 10;

    private static final List<String> DIMENSIONS = List.of(
            "TOTAL", "STATUS", "NATIONALITY", "PERMIT", "SOURCE", "ACTIVITY", "INDICATION", "VERIFY", "OVERSTAY");
    private static final List<String> WORK_QUEUE = List.of(ReportStatus.BARU.name(), ReportStatus.TINDAK_LANJUT.name());

    private final JdbcClient jdbc;
    private final RolledUpCounts rolledUp;
    private final DirectCounts direct;
    private final Provinces provinces;

    DashboardQueries(JdbcClient jdbc, RolledUpCounts rolledUp, DirectCounts direct, Provinces provinces) {
        this.jdbc = jdbc;
        this.rolledUp = rolledUp;
        this.direct = direct;
        this.provinces = provinces;
    }

    public DashboardFigures figures(DashboardArea area, DashboardPeriod period) {
        serial();
        if (area.isEmpty()) {
            return assemble(Map.of(), List.of(), period, Map.of());
        }
        if (area.countedDirectly()) {
            return assemble(
                    direct.counts(area, period),
                    trend(direct.trend(area, period), period),
                    period,
                    direct.byStatus(area, WORK_QUEUE));
        }
        List<String> codes = rollupCodes(area);
        return assemble(
                rolledUp.counts(codes, DIMENSIONS, period),
                trend(rolledUp.trend(codes, period), period),
                period,
                rolledUp.byStatus(codes, WORK_QUEUE));
    }

    /** The reports of each of these regions in the period (each inside the area), in the order given. */
    public List<AreaCount> breakdown(List<Region> children, DashboardArea area, DashboardPeriod period) {
        if (children.isEmpty() || area.isEmpty()) {
            return List.of();
        }
        Map<String, Long> counts = totals(children.stream().map(Region::code).toList(), area, period);
        return children.stream()
                .map(region -> new AreaCount(region, counts.getOrDefault(region.code(), 0L)))
                .toList();
    }

    /**
     * The reports of each target region (inside the area's jurisdiction) in the period: provinces and kabupaten/kota
     * from the rollups, kecamatan from the report table's kecamatan-and-time index.
     */
    Map<String, Long> totals(List<String> targets, DashboardArea area, DashboardPeriod period) {
        serial();
        Map<String, Long> counts = new HashMap<>();
        List<String> rolledUpTargets =
                targets.stream().filter(code -> code.length() <= 5).toList();
        List<String> districts =
                targets.stream().filter(code -> code.length() > 5).toList();
        if (!rolledUpTargets.isEmpty()) {
            counts.putAll(rolledUp.totals(rolledUpTargets, period));
        }
        if (!districts.isEmpty()) {
            counts.putAll(direct.totals(districts, area, period));
        }
        return counts;
    }

    /** The regions whose rollup rows make up the area: every province for a national user. */
    private List<String> rollupCodes(DashboardArea area) {
        return area.everything() ? List.copyOf(provinces.byCode().keySet()) : area.codes();
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
    private static <E extends Enum<E> & Labelled> List<Tally> labelled(Map<String, Long> counts, E[] values) {
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

    /**
     * Every query here reads a few thousand rows at most; starting parallel workers for them costs more than it saves
     * (a national year took 50 ms with two workers and 16 ms without). For this transaction only.
     */
    private void serial() {
        jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
    }
}
