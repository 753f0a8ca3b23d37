package id.timpora.watch;

import id.timpora.report.Activity;
import id.timpora.report.Indication;
import id.timpora.report.ReportSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** One watch period as its page shows it. */
public record WatchView(
        long id,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        ZoneId zone,
        List<WatchRegion> regions,
        Set<Activity> activities,
        Set<Indication> indications,
        Set<ReportSource> sources,
        String note,
        String createdByName,
        String agencyName,
        Instant createdAt,
        int version,
        boolean editable) {

    /** A region of the watch with its full label ("Kabupaten Kapuas Hulu, Provinsi Kalimantan Barat"). */
    public record WatchRegion(String code, String label) {}

    public WatchCriteria criteria() {
        return new WatchCriteria(
                id,
                name,
                startsOn,
                endsOn,
                zone,
                regions.stream().map(WatchRegion::code).collect(Collectors.toSet()),
                activities,
                indications,
                sources);
    }

    public WatchData toData() {
        return new WatchData(
                name,
                startsOn,
                endsOn,
                regions.stream().map(WatchRegion::code).collect(Collectors.toSet()),
                activities,
                indications,
                sources,
                note);
    }

    public boolean activeOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }

    /** The days of the watch up to the given day (all of them once it is over); empty before it starts. */
    public List<LocalDate> daysUntil(LocalDate today) {
        LocalDate last = today.isBefore(endsOn) ? today : endsOn;
        return last.isBefore(startsOn)
                ? List.of()
                : startsOn.datesUntil(last.plusDays(1)).toList();
    }
}
