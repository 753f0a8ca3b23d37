package id.timpora.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.timpora.report.ReportData;
import id.timpora.report.ReportSaved;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Reports with a passport join their subject as they are saved; the subject keeps its latest permit and sighting. */
class SubjectLinkingTest extends SubjectTestBase {

    @Test
    void reportsWithTheSameNationalityAndPassportJoinOneSubject() {
        String reporter = account("REPORTER", district);
        String passport = ReportData.normalisePassport("a 123 456") + System.nanoTime() % 100000;
        assertThat(ReportData.normalisePassport("a 123-456")).isEqualTo("A123456");

        long first = sightings.save(person(reporter, village, "Ahmad bin Ali", "MY", passport));
        long second = sightings.save(person(reporter, village, "AHMAD ALI", "MY", passport));
        long otherNationality = sightings.save(person(reporter, village, "Ahmad bin Ali", "SG", passport));
        long withoutPassport = sightings.save(person(reporter, village, "Ahmad bin Ali", "MY", null));

        Long subject = sightings.subjectOf(first);
        assertThat(subject).isNotNull();
        assertThat(sightings.subjectOf(second)).isEqualTo(subject);
        assertThat(sightings.subjectOf(otherNationality)).isNotNull().isNotEqualTo(subject);
        assertThat(sightings.subjectOf(withoutPassport)).isNull();

        Map<String, Object> row =
                jdbc.queryForMap("select full_name, nationality, passport_number from subject where id = ?", subject);
        assertThat(row)
                .containsEntry("full_name", "Ahmad bin Ali")
                .containsEntry("nationality", "MY")
                .containsEntry("passport_number", passport);
        assertThat(jdbc.queryForObject(
                        "select detail from audit_log where action = 'LINK' and target_type = 'REPORT' and target_id = ?",
                        String.class,
                        String.valueOf(first)))
                .isEqualTo("automatic by passport: subject " + subject + " (new)");
    }

    @Test
    void theSubjectKeepsTheLatestKnownPermitAndTheLastSighting() {
        String reporter = account("REPORTER", district);
        String passport = "P" + System.nanoTime();
        sightings.save(person(reporter, village, "Li Wei", "CN", passport)
                .set("observed_at", Instant.parse("2026-01-10T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_number", "2C11AB0001")
                .set("permit_expiry", LocalDate.parse("2026-01-31")));
        long older = sightings.save(person(reporter, village, "Li Wei", "CN", passport)
                .set("observed_at", Instant.parse("2025-06-01T03:00:00Z"))
                .set("permit_type", "VISA_ON_ARRIVAL")
                .set("permit_expiry", LocalDate.parse("2025-07-01")));
        // The same permit seen again, its number not noted this time: the number is kept from before.
        sightings.save(person(reporter, village, "Li Wei", "CN", passport)
                .set("observed_at", Instant.parse("2026-01-20T03:00:00Z"))
                .set("permit_type", "ITAS")
                .set("permit_expiry", LocalDate.parse("2026-01-31")));
        long latest = sightings.save(person(reporter, village, "Li Wei", "CN", passport)
                .set("observed_at", Instant.parse("2026-03-01T02:00:00Z"))
                .set("permit_type", "TIDAK_DIKETAHUI"));

        Map<String, Object> subject = jdbc.queryForMap(
                "select permit_type, permit_number, permit_expiry, last_seen_at from subject where id = ?",
                sightings.subjectOf(latest));
        assertThat(subject.get("permit_type")).isEqualTo("ITAS");
        assertThat(subject.get("permit_number")).isEqualTo("2C11AB0001");
        assertThat(subject.get("permit_expiry").toString()).isEqualTo("2026-01-31");
        assertThat(((Timestamp) subject.get("last_seen_at")).toInstant())
                .isEqualTo(Instant.parse("2026-03-01T02:00:00Z"));
        assertThat(sightings.subjectOf(older)).isEqualTo(sightings.subjectOf(latest));
    }

    @Test
    void theOverstaySignalComparesThePermitExpiryWithTheLatestSightingDay() {
        assertThat(Overstay.signalled(LocalDate.parse("2026-01-31"), Instant.parse("2026-03-01T02:00:00Z")))
                .isTrue();
        assertThat(Overstay.signalled(LocalDate.parse("2026-04-30"), Instant.parse("2026-03-01T02:00:00Z")))
                .isFalse();
        // Seen on the day it expires: still valid that day.
        assertThat(Overstay.signalled(LocalDate.parse("2026-03-01"), Instant.parse("2026-03-01T02:00:00Z")))
                .isFalse();
        // 31 Jan 18:00 UTC is 1 Feb 01:00 WIB: the day after expiry.
        assertThat(Overstay.signalled(LocalDate.parse("2026-01-31"), Instant.parse("2026-01-31T18:00:00Z")))
                .isTrue();
        assertThat(Overstay.signalled(null, Instant.now())).isFalse();
        assertThat(Overstay.signalled(LocalDate.parse("2026-01-31"), null)).isFalse();
    }

    @Test
    void twoReportsOfANewPassportSavedAtOnceShareOneSubject() throws Exception {
        String reporter = account("REPORTER", district);
        String passport = "C" + System.nanoTime();
        CountDownLatch firstLinked = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Long> first = threads.submit(() -> transaction.execute(status -> {
                long id = sightings.save(person(reporter, village, "Kim Min-jun", "KR", passport));
                firstLinked.countDown();
                pause(1000); // the second transaction now waits on the subject this one inserted but did not commit
                return id;
            }));
            assertThat(firstLinked.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Long> second =
                    threads.submit(() -> sightings.save(person(reporter, village, "Kim Minjun", "KR", passport)));

            long firstId = first.get(20, TimeUnit.SECONDS);
            long secondId = second.get(20, TimeUnit.SECONDS);
            assertThat(sightings.subjectOf(firstId)).isNotNull().isEqualTo(sightings.subjectOf(secondId));
        } finally {
            threads.shutdownNow();
        }
        assertThat(jdbc.queryForObject(
                        "select count(*) from subject where nationality = 'KR' and passport_number = ?",
                        Integer.class,
                        passport))
                .isEqualTo(1);
    }

    @Test
    void aChangedPassportMovesTheReportAndAnEmptySubjectIsRemoved() {
        String reporter = account("REPORTER", district);
        String wrong = "W" + System.nanoTime();
        String right = "R" + System.nanoTime();
        long report = sightings.save(person(reporter, village, "Nguyen Van An", "VN", wrong));
        Long wrongSubject = sightings.subjectOf(report);

        transaction.executeWithoutResult(status -> {
            jdbc.update("update report set passport_number = ? where id = ?", right, report);
            events.publishEvent(new ReportSaved(report, "VN", right));
        });

        assertThat(sightings.subjectOf(report)).isNotNull().isNotEqualTo(wrongSubject);
        assertThat(jdbc.queryForList("select id from subject where id = ?", Long.class, wrongSubject))
                .isEmpty();
        assertThat(jdbc.queryForObject(
                        "select passport_number from subject where id = ?", String.class, sightings.subjectOf(report)))
                .isEqualTo(right);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
