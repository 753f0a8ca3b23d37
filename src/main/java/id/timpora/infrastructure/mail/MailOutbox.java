package id.timpora.infrastructure.mail;

import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail outbox: a mail is a row written in the transaction of the event that causes it (it is sent only if that
 * transaction commits, and is never lost once it has), and {@link OutboxSender} delivers it later, so an SMTP server
 * that is slow or away never slows or fails the user's action. Nothing is queued when no mail server is configured
 * ({@code spring.mail.host} unset).
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
    }

    /** Whether mail is configured at all. */
    public boolean enabled() {
        return mailSender.getIfAvailable() != null;
    }

    /** Queues the mail in the caller's transaction; does nothing when mail is not configured or there is no address. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(MailMessage mail) {
        if (!enabled() || mail.recipient() == null || mail.recipient().isBlank()) {
            return;
        }
        jdbc.sql(
                        """
                        insert into mail_outbox (recipient, subject, text_body, html_body, calendar, calendar_method)
                        values (:recipient, :subject, :text, :html, :calendar, :method)""")
                .param("recipient", mail.recipient().trim())
                .param("subject", abbreviate(mail.subject(), 300))
                .param("text", mail.text())
                .param("html", mail.html())
                .param("calendar", mail.calendar())
                .param("method", mail.calendarMethod())
                .update();
    }

    /** One mail of the outbox as the administrators' page shows it (no bodies: they may hold what admins may not see). */
    public record Entry(
            long id,
            String recipient,
            String subject,
            String status,
            int attempts,
            Instant createdAt,
            Instant nextAttemptAt,
            Instant sentAt,
            String lastError) {}

    /** The outbox newest first, paginated in SQL; {@code status} null for every mail. */
    @Transactional(readOnly = true)
    public Page<Entry> recent(String status, Pageable pageable) {
        SqlFragment where = status == null
                ? SqlFragment.of(" from mail_outbox o")
                : SqlFragment.of(" from mail_outbox o where o.status = :status", "status", status);
        return PagedList.of(
                        "select o.id, o.recipient, o.subject, o.status, o.attempts, o.created_at, o.next_attempt_at,"
                                + " o.sent_at, o.last_error",
                        where,
                        " order by o.created_at desc, o.id desc")
                .page(
                        jdbc,
                        (rs, i) -> new Entry(
                                rs.getLong("id"),
                                rs.getString("recipient"),
                                rs.getString("subject"),
                                rs.getString("status"),
                                rs.getInt("attempts"),
                                Rows.instant(rs, "created_at"),
                                Rows.instant(rs, "next_attempt_at"),
                                Rows.instant(rs, "sent_at"),
                                rs.getString("last_error")),
                        pageable);
    }

    static String abbreviate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
