package id.timpora.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers the outbox. Each run claims a batch of due mails with {@code FOR UPDATE SKIP LOCKED} and keeps them locked
 * until each is sent and marked, so two senders (two nodes, or a run that outlasts its ShedLock) never take the same
 * mail; the other simply sees the next ones. A mail that fails waits longer after each attempt (1, 2, 4, … minutes, at
 * most 6 hours) and is kept as FAILED after the last attempt, for the administrators' outbox page. The first failure
 * ends the run: when the server is away, one mail's timeout is all a run costs.
 *
 * <p>Delivery is at least once in one corner: a mail the server accepted whose row cannot then be marked (the database
 * gone in that instant) is sent again by a later run.
 */
@Component
public class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 20;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    private record Claimed(
            long id,
            String recipient,
            String subject,
            String text,
            String html,
            String calendar,
            String method,
            int attempts) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;
    private final int maxAttempts;

    OutboxSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactionManager,
            ObjectProvider<JavaMailSender> mailSender,
            @Value("${timpora.mail.from:TIMPORA <noreply@timpora.localhost>}") String from,
            @Value("${timpora.mail.max-attempts:12}") int maxAttempts) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.mailSender = mailSender;
        this.from = from;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(
            fixedDelayString = "${timpora.mail.send-every:PT20S}",
            initialDelayString = "${timpora.mail.first-send-after:PT30S}")
    @SchedulerLock(name = "mail-outbox", lockAtMostFor = "PT15M", lockAtLeastFor = "PT5S")
    public void scheduled() {
        sendDue();
    }

    /** Sends what is due, batch after batch, until nothing is due or a mail fails; returns how many were sent. */
    public int sendDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            BatchResult result = transactions.execute(status -> sendBatch(sender));
            if (result == null) {
                return sent;
            }
            sent += result.sent();
            if (result.failed() || result.claimed() < BATCH) {
                return sent;
            }
        }
    }

    private record BatchResult(int claimed, int sent, boolean failed) {}

    private BatchResult sendBatch(JavaMailSender sender) {
        List<Claimed> due = jdbc.sql(
                        """
                        select id, recipient, subject, text_body, html_body, calendar, calendar_method, attempts
                          from mail_outbox
                         where status = 'PENDING' and next_attempt_at <= now()
                         order by next_attempt_at, id
                         limit :batch
                           for update skip locked""")
                .param("batch", BATCH)
                .query((rs, i) -> new Claimed(
                        rs.getLong("id"),
                        rs.getString("recipient"),
                        rs.getString("subject"),
                        rs.getString("text_body"),
                        rs.getString("html_body"),
                        rs.getString("calendar"),
                        rs.getString("calendar_method"),
                        rs.getInt("attempts")))
                .list();
        int sent = 0;
        for (Claimed mail : due) {
            try {
                sender.send(message(sender, mail));
            } catch (MessagingException | RuntimeException e) {
                failed(mail, e);
                return new BatchResult(due.size(), sent, true);
            }
            jdbc.sql("update mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1,"
                            + " last_error = null where id = :id")
                    .param("id", mail.id())
                    .update();
            sent++;
        }
        return new BatchResult(due.size(), sent, false);
    }

    private void failed(Claimed mail, Exception e) {
        int attempts = mail.attempts() + 1;
        boolean giveUp = attempts >= maxAttempts;
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        log.warn(
                "Mail {} to the outbox's recipient not sent (attempt {}{}): {}",
                mail.id(),
                attempts,
                giveUp ? ", giving up" : "",
                reason);
        jdbc.sql(
                        """
                        update mail_outbox set attempts = :attempts, last_error = :error,
                               status = case when :give_up then 'FAILED' else 'PENDING' end,
                               next_attempt_at = now() + make_interval(secs => :wait)
                         where id = :id""")
                .param("attempts", attempts)
                .param("error", MailOutbox.abbreviate(reason, 1000))
                .param("give_up", giveUp)
                .param("wait", (double) backoff(attempts).toSeconds())
                .param("id", mail.id())
                .update();
    }

    /** The wait after the given number of failed attempts: 1 minute, then doubling, at most 6 hours. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * A multipart/alternative message: plain text, HTML and, for invitations, the calendar part with its method (RFC
     * 6047), so calendar programs offer to accept or update the event; the same calendar also as an attachment
     * ({@code rapat.ics}) for programs that look only there.
     */
    private MimeMessage message(JavaMailSender sender, Claimed mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(mail.recipient(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        alternative.addBodyPart(text);
        if (mail.html() != null) {
            MimeBodyPart html = new MimeBodyPart();
            html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
            alternative.addBodyPart(html);
        }
        if (mail.calendar() == null) {
            message.setContent(alternative);
        } else {
            String type = "text/calendar; charset=UTF-8; method=" + mail.method();
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(mail.calendar(), type);
            alternative.addBodyPart(calendar);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeBodyPart attachment = new MimeBodyPart();
            attachment.setContent(mail.calendar(), type);
            attachment.setFileName("rapat.ics");
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment);
            message.setContent(mixed);
        }
        message.saveChanges();
        return message;
    }
}
