package id.timpora.watch;

import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportSource;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The figures of a watch for one viewer: the reports that match it inside the viewer's report scope (and, for a
 * situation report, one day and one area).
 *
 * @param matching the matching reports
 * @param campaign of them, at a political or campaign activity
 * @param journalists the people present as journalists (a registry person counts once, an unlinked report once)
 * @param socialMedia of them, from social media
 * @param openFollowUps of them, in follow-up (TINDAK_LANJUT): handling that has started and is not finished
 * @param organisations the organisations with an activity in the watch's regions and days (none until the register
 *     of foreign organisations has any)
 */
public record WatchFigures(
        long matching,
        long campaign,
        long journalists,
        long socialMedia,
        long openFollowUps,
        long organisations,
        List<DayCount> perDay,
        List<AreaCount> perArea) {

    public static final WatchFigures NONE = new WatchFigures(0, 0, 0, 0, 0, 0, List.of(), List.of());

    public record DayCount(LocalDate day, long count) {}

    public record AreaCount(String code, String name, long count) {}

    /** One matching report as the situation report lists it. */
    public record Row(
            long id,
            Instant observedAt,
            String fullName,
            String nationality,
            String place,
            List<Activity> activities,
            List<Indication> indications,
            ReportSource source,
            ReportStatus status) {}

    public long maxPerDay() {
        return perDay.stream().mapToLong(DayCount::count).max().orElse(0);
    }
}
