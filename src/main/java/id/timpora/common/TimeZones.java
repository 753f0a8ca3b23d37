package id.timpora.common;

import java.time.ZoneId;
import java.util.Map;

/** Indonesia's three zones and their Indonesian abbreviations (WIB, WITA, WIT), shown beside every time. */
public final class TimeZones {

    /** Western Indonesia: the zone of anything not yet placed in a region. */
    public static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private static final Map<String, String> ABBREVIATIONS =
            Map.of("Asia/Jakarta", "WIB", "Asia/Pontianak", "WIB", "Asia/Makassar", "WITA", "Asia/Jayapura", "WIT");

    private TimeZones() {}

    /** "WITA" for Asia/Makassar; the zone id for a zone outside Indonesia. */
    public static String abbreviation(ZoneId zone) {
        return ABBREVIATIONS.getOrDefault(zone.getId(), zone.getId());
    }
}
