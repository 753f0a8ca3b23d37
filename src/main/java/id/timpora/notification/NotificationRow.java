package id.timpora.notification;

import id.timpora.report.FollowUpType;
import id.timpora.report.ReportListLink;
import id.timpora.report.ReportStatus;
import java.time.Instant;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** One notification as the list, the bell and the mails show it. */
public record NotificationRow(
        long id,
        NotificationKind kind,
        Long reportId,
        Long meetingId,
        String meetingTitle,
        String detail,
        int count,
        Instant createdAt,
        Instant readAt) {

    public boolean unread() {
        return readAt == null;
    }

    /** The sentence that says what happened, resolved in the reader's language by the message bundles. */
    public MessageSourceResolvable text() {
        Object[] args =
                switch (kind) {
                    case REPORT_STATUS -> new Object[] {
                        number(reportId), label(ReportStatus.valueOf(detail).messageKey())
                    };
                    case REPORT_FOLLOW_UP -> new Object[] {
                        number(reportId), label(FollowUpType.valueOf(detail).messageKey())
                    };
                    case REVIEW_WAITING, PUBLIC_WAITING, PARTNER_LATE, PERMIT_EXPIRING -> new Object[] {count};
                    case ACTION_ITEM, ACTION_ITEM_DUE, ACTION_ITEM_OVERDUE -> new Object[] {meetingTitle, detail};
                    case MEETING_INVITED, MEETING_CHANGED, MEETING_CANCELLED -> new Object[] {meetingTitle};
                    case SAVED_SEARCH_MATCH -> new Object[] {detail, number(reportId)};
                };
        return new DefaultMessageSourceResolvable(new String[] {kind.textKey()}, args);
    }

    /** Where the notification leads, below the context path: the report, the meeting, the reports waiting. */
    public String path() {
        if (kind == NotificationKind.REVIEW_WAITING) {
            return ReportListLink.all().status(ReportStatus.BARU).href("");
        }
        if (kind == NotificationKind.PUBLIC_WAITING) {
            return "/laporan-masyarakat";
        }
        if (kind == NotificationKind.PARTNER_LATE) {
            return "/organisasi";
        }
        if (kind == NotificationKind.PERMIT_EXPIRING) {
            return "/orang-asing/terdaftar?expiry=DAYS_30";
        }
        if (reportId != null) {
            return "/laporan/" + reportId;
        }
        if (meetingId != null) {
            return "/rapat/" + meetingId;
        }
        return "/notifikasi";
    }

    /** A report number is no quantity: "#4034", never "#4.034" as a number argument would be formatted. */
    private static String number(Long id) {
        return String.valueOf(id);
    }

    private static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }
}
