package id.timpora.notification;

import id.timpora.agency.JurisdictionService;
import id.timpora.infrastructure.mail.MailOutbox;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.report.ReportScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails that wait: reports waiting for review (the batch run, every few minutes) and the daily digests. One mail
 * per recipient lists all their waiting notifications. Each row is claimed with {@code FOR UPDATE SKIP LOCKED} and
 * cleared in the same transaction as its mail is queued, so a notification is mailed once even when two runs overlap.
 * What a mail lists is checked again as the recipient may see it now: a report that left their jurisdiction since, or a
 * kind they no longer want by e-mail, is left out.
 */
@Service
class PendingMails {

    static final String BATCH = "BATCH";
    static final String DIGEST = "DIGEST";
    private static final int CHUNK = 5000;

    private record Pending(NotificationRow row, long recipientId, String regionCode) {}

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final JurisdictionService jurisdictions;
    private final NotificationMails mails;
    private final MailOutbox outbox;

    PendingMails(
            JdbcClient jdbc,
            Recipients recipients,
            JurisdictionService jurisdictions,
            NotificationMails mails,
            MailOutbox outbox) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.jurisdictions = jurisdictions;
        this.mails = mails;
        this.outbox = outbox;
    }

    /** Queues the mails of one chunk of waiting notifications of that state; returns how many notifications it took. */
    @Transactional
    public int send(String state) {
        List<Pending> pending = jdbc.sql(
                        """
                        select n.id, n.recipient_id, n.kind, n.report_id, n.meeting_id, m.title as meeting_title,
                               n.detail, n.item_count, n.created_at, n.read_at, r.region_code
                          from notification n
                          left join report r on r.id = n.report_id
                          left join meeting m on m.id = n.meeting_id
                         where n.mail_state = :state
                         order by n.recipient_id, n.created_at, n.id
                         limit :chunk
                           for update of n skip locked""")
                .param("state", state)
                .param("chunk", CHUNK)
                .query((rs, i) -> new Pending(
                        new NotificationRow(
                                rs.getLong("id"),
                                NotificationKind.valueOf(rs.getString("kind")),
                                Rows.nullableLong(rs, "report_id"),
                                Rows.nullableLong(rs, "meeting_id"),
                                rs.getString("meeting_title"),
                                rs.getString("detail"),
                                rs.getInt("item_count"),
                                Rows.instant(rs, "created_at"),
                                Rows.instant(rs, "read_at")),
                        rs.getLong("recipient_id"),
                        rs.getString("region_code")))
                .list();
        if (pending.isEmpty()) {
            return 0;
        }
        jdbc.sql("update notification set mail_state = null where id = any(:ids::bigint[])")
                .param("ids", pending.stream().map(p -> p.row().id()).toArray(Long[]::new))
                .update();
        Map<Long, List<Pending>> byRecipient = new LinkedHashMap<>();
        pending.forEach(p -> byRecipient
                .computeIfAbsent(p.recipientId(), id -> new ArrayList<>())
                .add(p));
        for (Recipient recipient : recipients.accounts(byRecipient.keySet(), -1)) {
            ReportScope scope = ReportScope.of(jurisdictions.ofAgency(recipient.agencyId()));
            List<NotificationRow> rows = byRecipient.get(recipient.id()).stream()
                    .filter(p -> recipient.wantsMail(p.row().kind()))
                    .filter(p -> p.regionCode() == null || scope.covers(p.regionCode()))
                    .map(Pending::row)
                    .toList();
            if (!rows.isEmpty()) {
                outbox.enqueue(mails.mail(recipient, rows, DIGEST.equals(state)));
            }
        }
        return pending.size();
    }
}
