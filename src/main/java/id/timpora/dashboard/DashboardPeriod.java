package id.timpora.dashboard;

import id.timpora.common.InvalidInput;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The days the dashboard counts, both inclusive. A report belongs to the day it was seen at the place it was seen (the
 * date in its province's time zone), so a day means the same for every viewer and the counts can be kept per day.
 *
 * @param from first day
 * @param to last day
 */
public record DashboardPeriod(PeriodKind kind, LocalDate from, LocalDate to) {

    public static final PeriodKind DEFAULT = PeriodKind.LAST_30_DAYS;

    /** A custom range may span ten years at most: longer ones are not a dashboard question. */
    static final int MAX_DAYS = 3660;

    /** Periods up to this many days show their trend per week; longer ones per month. */
    static final int WEEKLY_UP_TO_DAYS = 92;

    public DashboardPeriod {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /**
     * The period of that kind ending {@code today} (the viewer's date); a custom one from the given days, which must
     * both be there, in order, and span at most {@link #MAX_DAYS}.
     *
     * @throws InvalidInput naming the field ({@code from} or {@code to}) of each problem
     */
    public static DashboardPeriod of(PeriodKind kind, LocalDate customFrom, LocalDate customTo, LocalDate today) {
        return switch (kind) {
            case LAST_7_DAYS -> new DashboardPeriod(kind, today.minusDays(6), today);
            case LAST_30_DAYS -> new DashboardPeriod(kind, today.minusDays(29), today);
            case LAST_90_DAYS -> new DashboardPeriod(kind, today.minusDays(89), today);
            case THIS_YEAR -> new DashboardPeriod(kind, today.withDayOfYear(1), today);
            case CUSTOM -> custom(customFrom, customTo);
        };
    }

    private static DashboardPeriod custom(LocalDate from, LocalDate to) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (from == null) {
            problems.add("from", "dashboard.error.from");
        }
        if (to == null) {
            problems.add("to", "dashboard.error.to");
        }
        problems.throwIfAny();
        if (to.isBefore(from)) {
            problems.add("to", "dashboard.error.order");
        } else if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            problems.add("to", "dashboard.error.tooLong", MAX_DAYS / 366);
        }
        problems.throwIfAny();
        return new DashboardPeriod(PeriodKind.CUSTOM, from, to);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public TrendUnit trendUnit() {
        return days() <= WEEKLY_UP_TO_DAYS ? TrendUnit.WEEK : TrendUnit.MONTH;
    }
}
