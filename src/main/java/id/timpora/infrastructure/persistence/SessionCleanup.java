package id.timpora.infrastructure.persistence;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sign-in sessions, once across all nodes. Spring Session's own timer (which every node would run)
 * is switched off with {@code spring.session.jdbc.cleanup-cron: "-"}.
 */
@Component
class SessionCleanup {

    private final JdbcIndexedSessionRepository sessions;

    SessionCleanup(JdbcIndexedSessionRepository sessions) {
        this.sessions = sessions;
    }

    @Scheduled(cron = "${timpora.session.cleanup-cron:0 */5 * * * *}")
    @SchedulerLock(name = "session-cleanup", lockAtMostFor = "PT4M", lockAtLeastFor = "PT30S")
    void removeExpiredSessions() {
        sessions.cleanUpExpiredSessions();
    }
}
