package id.timpora.notification;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Mails through a real SMTP server: who gets them, in which language, through an outage, with two senders. */
class MailNotificationTest extends MailTestBase {

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    id.timpora.infrastructure.mail.MailOutbox outbox;

    @Test
    void aStatusChangeMailsTheReporterOnlyInTheirLanguageWithPlainAndHtmlAndALink() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        jdbc.update(
                "insert into notification_preference (account_id, language, email_kinds) values (?, 'en', ?)",
                accounts.idOf(colleague),
                new String[] {"REPORT_STATUS"});
        long other = submit(colleague, PALA_PULAU);
        move(officer, id, "DITELAAH");
        move(officer, other, "DITELAAH");

        assertThat(sender.sendDue()).isEqualTo(2);

        List<MimeMessage> mine = receivedBy(reporter);
        assertThat(mine).hasSize(1);
        MimeMessage mail = mine.get(0);
        assertThat(mail.getSubject()).isEqualTo("[TIMPORA] Laporan #" + id + " Anda kini berstatus Ditelaah.");
        Map<String, String> parts = parts(mail);
        assertThat(parts).containsKeys("text/plain", "text/html");
        assertThat(parts.get("text/plain")).contains("http://localhost:8080/laporan/" + id);
        assertThat(parts.get("text/html"))
                .contains("href=\"http://localhost:8080/laporan/" + id + "\"")
                .doesNotContain("Li Wei"); // the subject's name stays in the app
        assertThat(receivedBy(colleague)).singleElement().satisfies(english -> assertThat(english.getSubject())
                .isEqualTo("[TIMPORA] Your report #" + other + " is now Under review."));
        // nobody else: not the officer who acted, not Bali, not the administrator
        assertThat(receivedBy(officer)).isEmpty();
        assertThat(receivedBy(officerBali)).isEmpty();
        assertThat(receivedBy(reporterBali)).isEmpty();
        assertThat(receivedBy(admin)).isEmpty();
        assertThat(received()).hasSize(2);
    }

    @Test
    void anSmtpOutageNeitherFailsTheActionNorLosesTheMailWhichIsDeliveredOnceAfter() throws Exception {
        long id = submit(reporter, PALA_PULAU);
        smtpDown();

        long started = System.nanoTime();
        move(officer, id, "DITELAAH"); // the user's action succeeds while the server is away
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(1500);
        assertThat(jdbc.queryForObject("select status from report where id = ?", String.class, id))
                .isEqualTo("DITELAAH");

        assertThat(sender.sendDue()).isZero();
        Map<String, Object> row = outboxRowFor(reporter);
        assertThat(row).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat((String) row.get("last_error")).isNotBlank();
        assertThat(jdbc.queryForObject(
                        "select next_attempt_at > now() + interval '50 seconds' from mail_outbox where id = ?",
                        Boolean.class,
                        row.get("id")))
                .isTrue();

        smtpUp();
        assertThat(sender.sendDue()).as("not due yet").isZero();
        jdbc.update("update mail_outbox set next_attempt_at = now() where id = ?", row.get("id"));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(receivedBy(reporter)).hasSize(1);
        assertThat(outboxRowFor(reporter)).containsEntry("status", "SENT").containsEntry("attempts", 2);
    }

    @Test
    void twoSendersAtOnceDeliverEachMailOnce() throws Exception {
        int count = 40;
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                outbox.enqueue(
                        id.timpora.infrastructure.mail.MailMessage.of(mailOf(reporter), "Uji " + i, "isi " + i, null));
            }
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> senders = List.of(sender::sendDue, sender::sendDue);
            int sent = 0;
            for (Future<Integer> result : pool.invokeAll(senders)) {
                sent += result.get();
            }
            assertThat(sent).isEqualTo(count);
        } finally {
            pool.shutdown();
        }
        List<String> subjects = new ArrayList<>();
        for (MimeMessage message : receivedBy(reporter)) {
            subjects.add(message.getSubject());
        }
        assertThat(subjects).hasSize(count).doesNotHaveDuplicates();
    }

    @Test
    void reportsWaitingForReviewAreOneBatchedMailPerOfficerOfTheJurisdiction() throws Exception {
        submit(reporter, PALA_PULAU);
        submit(colleague, PALA_PULAU);
        assertThat(sender.sendDue()).as("nothing immediate").isZero();

        pendingMails.send(PendingMails.BATCH);
        sender.sendDue();

        assertThat(receivedBy(officer)).singleElement().satisfies(mail -> assertThat(mail.getSubject())
                .isEqualTo("[TIMPORA] 2 laporan baru menunggu telaah di wilayah Anda."));
        assertThat(parts(receivedBy(officer).get(0)).get("text/plain"))
                .contains("2 laporan baru menunggu telaah di wilayah Anda.")
                .contains("http://localhost:8080/laporan?status=BARU");
        assertThat(receivedBy(officerBali)).isEmpty();
        assertThat(receivedBy(reporter)).isEmpty();

        // run again: nothing new, nothing sent twice
        pendingMails.send(PendingMails.BATCH);
        assertThat(sender.sendDue()).isZero();
    }

    @Test
    void aDigestUserGetsOneMailListingTheDaysNotificationsAndNothingBefore() throws Exception {
        jdbc.update(
                "insert into notification_preference (account_id, language, email_kinds, digest) values (?, 'id', ?, true)",
                accounts.idOf(reporter),
                new String[] {"REPORT_STATUS", "REPORT_FOLLOW_UP"});
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");
        move(officer, id, "TERVERIFIKASI");
        followUp(officer, id);
        assertThat(sender.sendDue()).isZero();

        pendingMails.send(PendingMails.BATCH);
        sender.sendDue(); // the officer's batch of reports waiting
        assertThat(receivedBy(reporter)).as("a digest is not a batch").isEmpty();
        pendingMails.send(PendingMails.DIGEST);
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(receivedBy(reporter)).hasSize(1);

        MimeMessage digest = receivedBy(reporter).get(0);
        assertThat(digest.getSubject()).isEqualTo("[TIMPORA] Ringkasan harian: 3 notifikasi");
        String text = parts(digest).get("text/plain");
        assertThat(text)
                .contains("Laporan #" + id + " Anda kini berstatus Ditelaah.")
                .contains("Laporan #" + id + " Anda kini berstatus Terverifikasi.")
                .contains("Laporan #" + id + " Anda ditindaklanjuti: Klarifikasi");
        assertThat(text.indexOf("Ditelaah")).isLessThan(text.indexOf("Terverifikasi"));
    }

    @Test
    void aDigestLeavesOutAReportThatLeftTheRecipientsJurisdiction() throws Exception {
        jdbc.update(
                "insert into notification_preference (account_id, language, email_kinds, digest) values (?, 'id', ?, true)",
                accounts.idOf(reporter),
                new String[] {"REPORT_STATUS"});
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");
        jdbc.update("delete from agency_region where agency_id = ?", kesbangpol);
        jdbc.update("insert into agency_region (agency_id, region_code) values (?, ?)", kesbangpol, BADUNG);

        pendingMails.send(PendingMails.DIGEST);
        sender.sendDue();

        assertThat(receivedBy(reporter)).isEmpty();
    }

    @Test
    void nothingIsMailedForAKindTheUserTurnedOff() throws Exception {
        jdbc.update(
                "insert into notification_preference (account_id, language, email_kinds) values (?, 'id', '{}')",
                accounts.idOf(reporter));
        long id = submit(reporter, PALA_PULAU);
        move(officer, id, "DITELAAH");

        assertThat(sender.sendDue()).isZero();
        assertThat(kindsOf(reporter)).containsExactly("REPORT_STATUS"); // in the app all the same
    }

    private Map<String, Object> outboxRowFor(String user) {
        return jdbc.queryForMap(
                "select id, status, attempts, last_error from mail_outbox where recipient = ? order by id desc limit 1",
                mailOf(user));
    }
}
