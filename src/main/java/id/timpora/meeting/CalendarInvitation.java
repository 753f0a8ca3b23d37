package id.timpora.meeting;

import id.timpora.common.TimeZones;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A meeting as an iCalendar file (RFC 5545) that calendar apps import: one event in the team's zone, with that zone
 * described in a VTIMEZONE (Indonesia has no daylight saving time, so one STANDARD part suffices). The UID is stable
 * per meeting and SEQUENCE follows the meeting's version, so importing again updates the event instead of adding a
 * second one; a cancelled meeting is sent as STATUS:CANCELLED.
 */
final class CalendarInvitation {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    private final StringBuilder out = new StringBuilder();

    private CalendarInvitation() {}

    /**
     * @param url the meeting's page, absolute
     * @param now when the file is made (DTSTAMP)
     */
    static String of(MeetingView meeting, String url, Instant now) {
        return of(meeting, url, now, Method.PUBLISH, null);
    }

    /** How the file is meant: a download to import (PUBLISH), an invitation or its change (REQUEST), a cancellation. */
    enum Method {
        PUBLISH,
        REQUEST,
        CANCEL
    }

    /**
     * The invitation as mailed (RFC 5546): METHOD:REQUEST for an invitation and each change, METHOD:CANCEL (with
     * STATUS:CANCELLED) when the meeting is cancelled or an agency is no longer invited. The UID stays and SEQUENCE is
     * the meeting's version, raised by every change, so a calendar replaces the event it has.
     *
     * @param organizer the address calendars show as the organizer (required for REQUEST and CANCEL)
     */
    static String of(MeetingView meeting, String url, Instant now, Method method, String organizer) {
        ZoneId zone = meeting.startsAt().getZone();
        CalendarInvitation ics = new CalendarInvitation();
        ics.line("BEGIN:VCALENDAR");
        ics.line("VERSION:2.0");
        ics.line("PRODID:-//TIMPORA//Rapat Koordinasi Tim Pora//ID");
        ics.line("CALSCALE:GREGORIAN");
        ics.line("METHOD:" + method.name());
        ics.line("BEGIN:VTIMEZONE");
        ics.line("TZID:" + zone.getId());
        ics.line("BEGIN:STANDARD");
        ics.line("DTSTART:19700101T000000");
        String offset = offset(zone.getRules().getOffset(meeting.startsAt().toInstant()));
        ics.line("TZOFFSETFROM:" + offset);
        ics.line("TZOFFSETTO:" + offset);
        ics.line("TZNAME:" + TimeZones.abbreviation(zone));
        ics.line("END:STANDARD");
        ics.line("END:VTIMEZONE");
        ics.line("BEGIN:VEVENT");
        ics.line("UID:rapat-" + meeting.id() + "@timpora");
        ics.line("DTSTAMP:" + UTC.format(now.atZone(ZoneOffset.UTC)));
        ics.line("DTSTART;TZID=" + zone.getId() + ":" + LOCAL.format(meeting.startsAt()));
        ics.line("DTEND;TZID=" + zone.getId() + ":" + LOCAL.format(meeting.endsAt()));
        ics.line("SEQUENCE:" + meeting.version());
        ics.line("STATUS:" + (meeting.cancelled() || method == Method.CANCEL ? "CANCELLED" : "CONFIRMED"));
        if (method != Method.PUBLISH && organizer != null) {
            ics.line("ORGANIZER;CN=" + parameter(meeting.chairAgencyName()) + ":mailto:" + organizer);
        }
        ics.line("SUMMARY:" + text(meeting.title()));
        ics.line("LOCATION:" + text(meeting.place()));
        ics.line("DESCRIPTION:" + text(description(meeting, url)));
        ics.line("URL:" + url);
        ics.line("END:VEVENT");
        ics.line("END:VCALENDAR");
        return ics.out.toString();
    }

    /**
     * The invitation addressed to one invitee (RFC 5546: a REQUEST names its attendees; calendars such as Outlook show
     * the invitation as theirs only then). RSVP=FALSE: replies are not read by TIMPORA, attendance is taken at the
     * meeting.
     */
    static String addressedTo(String ics, String email) {
        int end = ics.lastIndexOf("END:VEVENT\r\n");
        if (end < 0 || email == null || email.isBlank() || email.matches(".*[\\s;:,\"].*")) {
            return ics;
        }
        CalendarInvitation attendee = new CalendarInvitation();
        attendee.line(
                "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:" + email);
        return ics.substring(0, end) + attendee.out + ics.substring(end);
    }

    private static String description(MeetingView meeting, String url) {
        StringBuilder text = new StringBuilder(meeting.teamName());
        if (meeting.cancelled() && meeting.cancelReason() != null) {
            text.append("\n\n").append(meeting.cancelReason());
        }
        if (meeting.agenda() != null) {
            text.append("\n\n").append(meeting.agenda());
        }
        return text.append("\n\n").append(url).toString();
    }

    /** A parameter value in quotes, without the characters a quoted value may not hold (RFC 5545, 3.1). */
    private static String parameter(String value) {
        return "\"" + (value == null ? "" : value.replaceAll("[\"\\p{Cntrl}]", "")) + "\"";
    }

    /** "+0800" for WITA. */
    private static String offset(ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        int minutes = Math.abs(seconds) / 60;
        return (seconds < 0 ? "-" : "+") + String.format("%02d%02d", minutes / 60, minutes % 60);
    }

    /** TEXT values escape backslash, semicolon and comma, and write line breaks as {@code \n} (RFC 5545, 3.3.11). */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\n")
                .replace("\r", "\n")
                .replace("\n", "\\n");
    }

    /**
     * Ends a content line with CRLF, folding it so that no line is longer than 75 octets of UTF-8: a continuation line
     * starts with one space, and a character is never split between two lines (RFC 5545, 3.1).
     */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int length = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + length > MAX_LINE_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += length;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }

    static String fileName(MeetingView meeting) {
        ZonedDateTime start = meeting.startsAt();
        return "rapat-" + meeting.id() + "-" + start.toLocalDate() + ".ics";
    }
}
