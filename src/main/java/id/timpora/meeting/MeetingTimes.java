package id.timpora.meeting;

import id.timpora.common.TimeZones;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Meeting dates and times as people write them: "Senin, 23 November 2026" and "09.00–12.00 WITA" in Indonesian (times
 * with a period, as in Indonesian official letters), "Monday, 23 November 2026" and "09:00–12:00 WITA" in English.
 * Templates use it as {@code ${meetingTimes.date(meeting.startsAt, #locale)}}, pages and PDFs alike.
 */
@Component
public class MeetingTimes {

    public String date(ZonedDateTime time, Locale locale) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy", locale).format(time);
    }

    /** "23 Nov 2026" for narrow places (lists, tables). */
    public String shortDate(java.time.temporal.TemporalAccessor date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMM yyyy", locale).format(date);
    }

    public String time(ZonedDateTime time, Locale locale) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern(timePattern(locale)).format(time);
    }

    /** "09.00–12.00 WITA". */
    public String timeRange(ZonedDateTime start, ZonedDateTime end, Locale locale) {
        return time(start, locale) + "–" + time(end, locale) + " " + TimeZones.abbreviation(start.getZone());
    }

    /** "Senin, 23 November 2026 pukul 14.05 WIB" without the word: date and time with its zone. */
    public String dateTime(ZonedDateTime time, Locale locale) {
        return time == null
                ? ""
                : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(time) + " " + time(time, locale) + " "
                        + TimeZones.abbreviation(time.getZone());
    }

    private static String timePattern(Locale locale) {
        return "id".equals(locale.getLanguage()) || "in".equals(locale.getLanguage()) ? "HH.mm" : "HH:mm";
    }
}
