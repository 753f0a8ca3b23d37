package id.timpora.intake;

import java.time.Clock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the log of public form sends ({@link SubmissionLog}) only as long as abuse investigations need it
 * ({@code timpora.intake.submission-log-keep}, 90 days by default): the client addresses it holds are personal data.
 * Nightly, once across all nodes.
 */
@Component
class SubmissionLogCleanup {

    private static final Logger log = LoggerFactory.getLogger(SubmissionLogCleanup.class);

    private final SubmissionLog submissions;
    private final Clock clock;
    private final Duration keep;

    SubmissionLogCleanup(
            SubmissionLog submissions, Clock clock, @Value("${timpora.intake.submission-log-keep:90d}") Duration keep) {
        this.submissions = submissions;
        this.clock = clock;
        this.keep = keep;
    }

    @Scheduled(cron = "${timpora.intake.submission-log-cleanup-cron:0 41 2 * * *}")
    @SchedulerLock(name = "public-submission-cleanup", lockAtMostFor = "PT30M", lockAtLeastFor = "PT30S")
    void removeOld() {
        int removed = submissions.purgeBefore(clock.instant().minus(keep));
        if (removed > 0) {
            log.info("Removed {} public form sends older than {}", removed, keep);
        }
    }
}
