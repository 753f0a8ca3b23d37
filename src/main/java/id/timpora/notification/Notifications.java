package id.timpora.notification;

import id.timpora.infrastructure.mail.MailMessage;
import id.timpora.infrastructure.mail.MailOutbox;
import id.timpora.meeting.MeetingAnnounced;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes notifications and their mails, always inside the transaction of the event that causes them (the listeners
 * run in it), so both commit or roll back with the change: a verified report without its notification, or a mail about
 * a change that was refused, cannot happen. Mails go to the outbox, never straight to SMTP.
 *
 * <p>What is mailed when: nothing for kinds the recipient did not choose for e-mail; a digest user's mails wait for
 * the daily digest ({@code mail_state = DIGEST}) except meeting invitations, which carry their calendar file and go at
 * once; reports waiting for review wait for the next batch run ({@code BATCH}); everything else is queued at once.
 */
@Service
class Notifications {

    /** A calendar file to attach and its method (REQUEST or CANCEL). */
    record Calendar(String ics, String method) {}

    private final JdbcClient jdbc;
    private final MailOutbox outbox;
    private final NotificationMails mails;
    private final Clock clock;

    Notifications(JdbcClient jdbc, MailOutbox outbox, NotificationMails mails, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.mails = mails;
        this.clock = clock;
    }

    /** One notification for each recipient, about a report or a meeting, with its mail as each recipient chose. */
    @Transactional(propagation = Propagation.MANDATORY)
    void notify(
            List<Recipient> recipients,
            NotificationKind kind,
            Long reportId,
            Long meetingId,
            String meetingTitle,
            String detail,
            Calendar calendar) {
        if (recipients.isEmpty()) {
            return;
        }
        String shortDetail = detail == null || detail.length() <= 300 ? detail : detail.substring(0, 299) + "…";
        List<Recipient> mailNow = new ArrayList<>();
        String[] states = new String[recipients.size()];
        for (int i = 0; i < recipients.size(); i++) {
            Recipient recipient = recipients.get(i);
            states[i] = null;
            if (!outbox.enabled() || !recipient.wantsMail(kind)) {
                continue;
            }
            if (recipient.digest() && !kind.meeting()) {
                states[i] = "DIGEST";
            } else if (kind.batched()) {
                states[i] = "BATCH";
            } else {
                mailNow.add(recipient);
            }
        }
        jdbc.sql(
                        """
                        insert into notification (recipient_id, kind, report_id, meeting_id, detail, mail_state)
                        select x.recipient_id, :kind, :report, :meeting, :detail, x.state
                          from unnest(:recipients::bigint[], :states::varchar[]) as x(recipient_id, state)""")
                .param("kind", kind.name())
                .param("report", reportId)
                .param("meeting", meetingId)
                .param("detail", shortDetail)
                .param("recipients", recipients.stream().map(Recipient::id).toArray(Long[]::new))
                .param("states", states)
                .update();
        NotificationRow row =
                new NotificationRow(0, kind, reportId, meetingId, meetingTitle, shortDetail, 1, clock.instant(), null);
        for (Recipient recipient : mailNow) {
            MailMessage mail = mails.mail(recipient, List.of(row), false);
            outbox.enqueue(
                    calendar == null
                            ? mail
                            : mail.withCalendar(
                                    MeetingAnnounced.addressedTo(calendar.ics(), recipient.email()),
                                    calendar.method()));
        }
    }

    /**
     * Adds {@code count} to each recipient's one unread counting notification of the kind (reports waiting for review,
     * public reports waiting for triage, late guest notices, permits expiring), making it if there is none and raising
     * it to the top if there is, and marks it for the next batch mail or the digest.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void counted(NotificationKind kind, List<Recipient> recipients, int count) {
        if (!kind.batched()) {
            throw new IllegalArgumentException(kind + " is not counted in one notification");
        }
        if (recipients.isEmpty()) {
            return;
        }
        String[] states = recipients.stream()
                .map(recipient -> !outbox.enabled() || !recipient.wantsMail(kind)
                        ? null
                        : recipient.digest() ? "DIGEST" : "BATCH")
                .toArray(String[]::new);
        jdbc.sql(
                        """
                        insert into notification (recipient_id, kind, mail_state, item_count)
                        select x.recipient_id, :kind, x.state, :count
                          from unnest(:recipients::bigint[], :states::varchar[]) as x(recipient_id, state)
                        on conflict (recipient_id, kind)
                              where kind in ('REVIEW_WAITING', 'PUBLIC_WAITING', 'PARTNER_LATE', 'PERMIT_EXPIRING')
                                                          and read_at is null
                        do update set item_count = notification.item_count + excluded.item_count, created_at = now(),
                                      mail_state = coalesce(excluded.mail_state, notification.mail_state)""")
                .param("kind", kind.name())
                .param("count", count)
                .param("recipients", recipients.stream().map(Recipient::id).toArray(Long[]::new))
                .param("states", states)
                .update();
    }

    /** Whether this transaction already told the reporter of a follow-up of the report (one notice, not two). */
    boolean followUpNotifiedNow(long reportId) {
        return jdbc.sql("select exists (select 1 from notification where report_id = :report"
                        + " and kind = 'REPORT_FOLLOW_UP' and created_at = now())")
                .param("report", reportId)
                .query(Boolean.class)
                .single();
    }
}
