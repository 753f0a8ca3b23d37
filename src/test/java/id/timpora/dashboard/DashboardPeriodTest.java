package id.timpora.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.common.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods, how a period is cut into monthly and daily rollup rows, and the map's class breaks. */
class DashboardPeriodTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void periodsEndTodayAndIncludeBothEnds() {
        assertThat(DashboardPeriod.of(PeriodKind.LAST_7_DAYS, null, null, TODAY))
                .extracting(DashboardPeriod::from, DashboardPeriod::to, DashboardPeriod::days)
                .containsExactly(LocalDate.of(2026, 11, 17), TODAY, 7L);
        assertThat(DashboardPeriod.of(PeriodKind.LAST_30_DAYS, null, null, TODAY)
                        .days())
                .isEqualTo(30);
        assertThat(DashboardPeriod.of(PeriodKind.LAST_90_DAYS, null, null, TODAY)
                        .trendUnit())
                .isEqualTo(TrendUnit.WEEK);
        DashboardPeriod year = DashboardPeriod.of(PeriodKind.THIS_YEAR, null, null, TODAY);
        assertThat(year.from()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.trendUnit()).isEqualTo(TrendUnit.MONTH);
        assertThat(PeriodKind.fromParameter("tahun")).contains(PeriodKind.THIS_YEAR);
        assertThat(PeriodKind.fromParameter("365")).isEmpty();
    }

    @Test
    void aCustomPeriodNeedsBothDatesInOrderAndAtMostTenYears() {
        assertThat(problems(null, null)).containsExactly("from", "to");
        assertThat(problems(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1))).containsExactly("to");
        assertThat(problems(LocalDate.of(2010, 1, 1), LocalDate.of(2026, 1, 1))).containsExactly("to");
        assertThat(DashboardPeriod.of(PeriodKind.CUSTOM, TODAY, TODAY, null).days())
                .isEqualTo(1);
    }

    private static List<String> problems(LocalDate from, LocalDate to) {
        try {
            DashboardPeriod.of(PeriodKind.CUSTOM, from, to, TODAY);
            return List.of();
        } catch (InvalidInput invalid) {
            return invalid.problems().stream().map(InvalidInput.Problem::field).toList();
        }
    }

    @Test
    void aPeriodIsCutIntoWholeMonthsAndTheDaysAroundThem() {
        PeriodSlices year = PeriodSlices.of(LocalDate.of(2026, 1, 1), TODAY);
        assertThat(year.firstMonth()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(year.lastMonth()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(year.dayRanges()).singleElement().isEqualTo(new LocalDate[] {LocalDate.of(2026, 11, 1), TODAY});

        PeriodSlices around = PeriodSlices.of(LocalDate.of(2025, 1, 15), LocalDate.of(2025, 3, 10));
        assertThat(around.firstMonth()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(around.lastMonth()).isEqualTo(LocalDate.of(2025, 2, 1));
        assertThat(around.dayRanges())
                .containsExactly(
                        new LocalDate[] {LocalDate.of(2025, 1, 15), LocalDate.of(2025, 1, 31)},
                        new LocalDate[] {LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)});

        PeriodSlices within = PeriodSlices.of(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 20));
        assertThat(within.firstMonth()).isNull();
        assertThat(within.dayRanges()).hasSize(1);

        PeriodSlices leapFebruary = PeriodSlices.of(LocalDate.of(2028, 2, 1), LocalDate.of(2028, 2, 29));
        assertThat(leapFebruary.firstMonth()).isEqualTo(LocalDate.of(2028, 2, 1));
        assertThat(leapFebruary.dayRanges()).isEmpty();
    }

    @Test
    void classBreaksSplitTheCountsIntoReadableClasses() {
        assertThat(ClassBreaks.of(List.of())).isEmpty();
        assertThat(ClassBreaks.of(List.of(0L, 0L))).isEmpty();
        assertThat(ClassBreaks.of(List.of(0L, 7L))).containsExactly(7L);
        List<Long> breaks = ClassBreaks.of(List.of(0L, 3L, 12L, 140L, 1_234L, 7_234L, 20_454L, 56_534L, 9L, 40L));
        assertThat(breaks).hasSizeLessThanOrEqualTo(5).isSorted().doesNotHaveDuplicates();
        assertThat(breaks.get(breaks.size() - 1)).isGreaterThanOrEqualTo(56_534L);
        assertThat(ClassBreaks.nice(7_234)).isEqualTo(7_300);
        assertThat(ClassBreaks.nice(99)).isEqualTo(99);
        assertThat(ClassBreaks.nice(101)).isEqualTo(110);
    }
}
