package id.timpora.meeting;

import id.timpora.common.TimeZones;
import java.time.ZonedDateTime;

/** One meeting in a list: its times in the team's zone, and how many of its action items are done. */
public record MeetingRow(
        long id,
        String title,
        MeetingKind kind,
        MeetingStatus status,
        long teamId,
        String teamName,
        ZonedDateTime startsAt,
        ZonedDateTime endsAt,
        String place,
        int items,
        int openItems) {

    public String zoneAbbreviation() {
        return TimeZones.abbreviation(startsAt.getZone());
    }
}
