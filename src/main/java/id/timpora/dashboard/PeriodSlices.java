package id.timpora.dashboard;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A period cut into what the monthly rows answer (whole calendar months, {@code firstMonth} to {@code lastMonth},
 * both as their first days) and what only daily rows can (the days before and after them). "This year" on 23 November
 * reads ten monthly rows and 23 daily rows per region and value, instead of 327 daily ones.
 *
 * @param dayRanges inclusive [from, to] ranges of days, at most two
 * @param firstMonth null when the period holds no whole month
 */
record PeriodSlices(List<LocalDate[]> dayRanges, LocalDate firstMonth, LocalDate lastMonth) {

    static PeriodSlices of(LocalDate from, LocalDate to) {
        LocalDate wholeFrom = from.getDayOfMonth() == 1 ? from : from.with(TemporalAdjusters.firstDayOfNextMonth());
        LocalDate wholeTo = to.equals(to.with(TemporalAdjusters.lastDayOfMonth()))
                ? to
                : to.with(TemporalAdjusters.firstDayOfMonth()).minusDays(1);
        if (wholeFrom.isAfter(wholeTo)) {
            return new PeriodSlices(List.<LocalDate[]>of(new LocalDate[] {from, to}), null, null);
        }
        List<LocalDate[]> days = new ArrayList<>(2);
        if (from.isBefore(wholeFrom)) {
            days.add(new LocalDate[] {from, wholeFrom.minusDays(1)});
        }
        if (to.isAfter(wholeTo)) {
            days.add(new LocalDate[] {wholeTo.plusDays(1), to});
        }
        return new PeriodSlices(List.copyOf(days), wholeFrom, wholeTo.with(TemporalAdjusters.firstDayOfMonth()));
    }

    /** Only daily rows: what a per-week trend needs, since weeks cross month boundaries. */
    static PeriodSlices daysOnly(LocalDate from, LocalDate to) {
        return new PeriodSlices(List.<LocalDate[]>of(new LocalDate[] {from, to}), null, null);
    }
}
