package id.timpora.dashboard;

import java.util.List;

/**
 * Every figure of the dashboard for one area and period. Reports are counted by the day they were seen; the work
 * queue ({@link #waitingForReview}, {@link #openFollowUps}) counts every report of the area whatever its day.
 *
 * @param nationalities the ten most frequent, then one for all the others (code null) if there are any
 * @param activities a report counts once under each of its activities (likewise indications), so these add up to more
 *     than the total
 * @param medianVerificationHours the median time from submission to verification of the area's reports of the
 *     period, in whole hours below two days and whole days (as hours) from there; null if none was verified
 * @param verified how many reports that median is taken over
 * @param waitingForReview reports still BARU: submitted, not yet taken up by an officer
 * @param openFollowUps reports in TINDAK_LANJUT: follow-up started, not finished
 * @param overstaySubjects people seen in the area during the period whose latest known permit had expired when they
 *     were last seen (the registry's overstay signal)
 */
public record DashboardFigures(
        long total,
        List<Tally> statuses,
        List<Tally> nationalities,
        List<Tally> activities,
        List<Tally> indications,
        List<Tally> permits,
        List<Tally> sources,
        TrendUnit trendUnit,
        List<TrendPoint> trend,
        Integer medianVerificationHours,
        long verified,
        long waitingForReview,
        long openFollowUps,
        long overstaySubjects) {

    /** Below two days the median is shown in hours; from there in days. */
    public boolean medianInDays() {
        return medianVerificationHours != null && medianVerificationHours >= 48;
    }

    public Integer medianValue() {
        if (medianVerificationHours == null) {
            return null;
        }
        return medianInDays() ? Integer.valueOf(medianVerificationHours / 24) : medianVerificationHours;
    }

    /** The tallies of one chart, by the name the templates give it (and its labels' keys: dashboard.chart.*). */
    public List<Tally> tallies(String chart) {
        return switch (chart) {
            case "status" -> statuses;
            case "nationality" -> nationalities;
            case "activity" -> activities;
            case "indication" -> indications;
            case "permit" -> permits;
            case "source" -> sources;
            default -> throw new IllegalArgumentException("no chart " + chart);
        };
    }

    /** The count of the largest bar: what the bars of a chart drawn in CSS are measured against. */
    public long largestOf(List<Tally> tallies) {
        return tallies.stream().mapToLong(Tally::count).max().orElse(0);
    }

    public long largestTrend() {
        return trend.stream().mapToLong(TrendPoint::count).max().orElse(0);
    }
}
