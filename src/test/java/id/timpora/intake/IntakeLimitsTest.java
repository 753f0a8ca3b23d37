package id.timpora.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.timpora.audit.AuditLog;
import id.timpora.region.RegionService;
import id.timpora.report.Activity;
import id.timpora.support.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The limit for all senders together, and the tracking codes. */
class IntakeLimitsTest extends IntegrationTest {

    @Autowired
    JdbcClient jdbcClient;

    @Autowired
    RegionService regions;

    @Autowired
    AuditLog audit;

    @Autowired
    Clock clock;

    static PublicIntake.Submission submission() {
        return new PublicIntake.Submission(
                "Orang asing membuka usaha tanpa izin " + UUID.randomUUID(),
                1,
                null,
                Activity.BISNIS,
                Instant.now().minus(Duration.ofHours(2)),
                "61.06.01.2004",
                null,
                null,
                null,
                List.of());
    }

    @Test
    void whenEveryoneTogetherReachesTheHourlyLimitTheNextReportIsRefusedAndNotSaved() {
        long lastHour = jdbc.queryForObject(
                "select count(*) from public_report where received_at >= now() - interval '1 hour'", Long.class);
        IntakePolicy tight = new IntakePolicy(
                5,
                20,
                (int) lastHour + 2,
                30,
                Duration.ofMinutes(10),
                3,
                5 * 1024 * 1024,
                Duration.ofSeconds(3),
                Duration.ofHours(2),
                Duration.ofHours(24));
        PublicIntake intake = new PublicIntake(jdbcClient, regions, audit, tight, clock, event -> {});

        intake.submit(submission(), "10.150.0.1");
        intake.submit(submission(), "10.150.0.2");
        PublicIntake.Submission third = submission();
        assertThatThrownBy(() -> intake.submit(third, "10.150.0.3"))
                .isInstanceOf(IntakeRefused.class)
                .extracting(e -> ((IntakeRefused) e).reason())
                .isEqualTo(IntakeRefused.Reason.GLOBAL_LIMIT);
        assertThat(jdbc.queryForObject(
                        "select count(*) from public_report where description = ?", Long.class, third.description()))
                .isZero();
    }

    @Test
    void trackingCodesAreLongRandomAndReadBackHoweverTheyAreTyped() {
        String code = TrackingCodes.generate();
        assertThat(code).hasSize(24).matches("([2-9A-HJ-NP-Z]{4}-){4}[2-9A-HJ-NP-Z]{4}");
        assertThat(TrackingCodes.generate()).isNotEqualTo(code);
        assertThat(TrackingCodes.normalise(" " + code.toLowerCase().replace("-", " ") + " "))
                .isEqualTo(code.replace("-", ""));
        assertThat(TrackingCodes.normalise("AAAA")).isNull();
        assertThat(TrackingCodes.normalise("0000-0000-0000-0000-0000")).isNull(); // 0 is not in the alphabet
        assertThat(TrackingCodes.normalise(null)).isNull();
    }

    @Test
    void aPictureThatClaimsToBeHugeIsRefusedWithoutDecodingIt() throws Exception {
        // a PNG header claiming 100,000 × 100,000 pixels, with no pixels behind it
        byte[] png = {
            (byte) 0x89,
            'P',
            'N',
            'G',
            0x0D,
            0x0A,
            0x1A,
            0x0A,
            0,
            0,
            0,
            13,
            'I',
            'H',
            'D',
            'R',
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0,
            0,
            1,
            (byte) 0x86,
            (byte) 0xA0,
            8,
            2,
            0,
            0,
            0,
            0,
            0,
            0,
            0
        };
        assertThat(PhotoCleaner.clean(png)).isEmpty();
        assertThat(PhotoCleaner.clean("GIF89a".getBytes())).isEmpty();
    }
}
