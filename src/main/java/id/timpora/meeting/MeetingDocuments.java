package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.infrastructure.pdf.PdfDocuments;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * The documents people expect from a meeting: printable minutes and attendance list (A4 PDF, made on the server) and
 * the calendar invitation. Each checks that the user may see the meeting and is recorded in the audit log. The PDFs
 * are official Indonesian documents, so they are always in Bahasa Indonesia with Indonesian dates
 * ("Senin, 23 November 2026", "09.00 WITA").
 */
@Service
public class MeetingDocuments {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    /** Empty rows at the end of the attendance list for people who come without having been recorded. */
    static final int MIN_BLANK_ROWS = 5;

    public record Document(String fileName, byte[] content) {}

    private final MeetingQueries queries;
    private final PdfDocuments pdf;
    private final AuditLog audit;
    private final MeetingTimes times;
    private final Clock clock;

    MeetingDocuments(MeetingQueries queries, PdfDocuments pdf, AuditLog audit, MeetingTimes times, Clock clock) {
        this.queries = queries;
        this.times = times;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    /** The minutes (notulen) with attendance, decisions, action items and the reports discussed. */
    public Document minutes(CurrentUser user, long id) {
        MeetingView meeting = queries.view(user, id);
        byte[] content = render("meeting/pdf-minutes", meeting, user);
        audit.record(AuditAction.DOWNLOAD, MeetingService.TARGET, id, "minutes PDF");
        return new Document("notulen-rapat-" + id + ".pdf", content);
    }

    /** The attendance list (daftar hadir) to sign: recorded attendees, then empty rows, with a signature column. */
    public Document attendanceList(CurrentUser user, long id) {
        MeetingView meeting = queries.view(user, id);
        byte[] content = render("meeting/pdf-attendance", meeting, user);
        audit.record(AuditAction.DOWNLOAD, MeetingService.TARGET, id, "attendance list PDF");
        return new Document("daftar-hadir-rapat-" + id + ".pdf", content);
    }

    /** The iCalendar invitation; {@code url} is the absolute address of the meeting's page. */
    public Document calendar(CurrentUser user, long id, String url) {
        MeetingView meeting = queries.view(user, id);
        String ics = CalendarInvitation.of(meeting, url, clock.instant());
        audit.record(AuditAction.DOWNLOAD, MeetingService.TARGET, id, "calendar invitation");
        return new Document(
                CalendarInvitation.fileName(meeting), ics.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private byte[] render(String template, MeetingView meeting, CurrentUser user) {
        Instant now = clock.instant();
        int blankRows = Math.max(MIN_BLANK_ROWS, meeting.absentees().size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        pdf.write(
                template,
                Map.of(
                        "meeting",
                        meeting,
                        "printedAt",
                        now.atZone(user.zone()),
                        "printedBy",
                        user.displayName(),
                        "blankRows",
                        blankRows,
                        "meetingTimes",
                        times),
                INDONESIAN,
                out);
        return out.toByteArray();
    }
}
