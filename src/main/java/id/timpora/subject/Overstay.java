package id.timpora.subject;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The overstay signal: the latest known permit had expired on the day of the latest sighting. The day is taken in WIB,
 * the westernmost zone, whose date is never later than WITA's or WIT's, so a sighting near midnight does not raise
 * the signal a day early. The list filter and the dashboard repeat this rule in SQL ({@link #SQL}).
 */
public final class Overstay {

    static final ZoneId SIGHTING_DAY_ZONE = ZoneId.of("Asia/Jakarta");
    /** The rule as a condition on a subject table aliased {@code s}. */
    public static final String SQL = "(s.permit_expiry < (s.last_seen_at at time zone 'Asia/Jakarta')::date)";

    private Overstay() {}

    public static boolean signalled(LocalDate permitExpiry, Instant lastSeenAt) {
        return permitExpiry != null
                && lastSeenAt != null
                && permitExpiry.isBefore(lastSeenAt.atZone(SIGHTING_DAY_ZONE).toLocalDate());
    }
}
