package id.timpora.watch;

import java.time.LocalDate;

/** One row of the watch list. */
public record WatchSummary(
        long id, String name, LocalDate startsOn, LocalDate endsOn, String regions, int regionCount) {

    public Phase phase(LocalDate today) {
        if (today.isBefore(startsOn)) {
            return Phase.UPCOMING;
        }
        return today.isAfter(endsOn) ? Phase.OVER : Phase.ACTIVE;
    }

    /** Where a watch stands on a day. Labels under {@code watch.phase.*}. */
    public enum Phase {
        UPCOMING,
        ACTIVE,
        OVER
    }
}
