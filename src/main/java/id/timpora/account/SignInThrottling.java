package id.timpora.account;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.infrastructure.security.SignInThrottle;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts sign-in attempts per client in {@code sign_in_client}. An attempt is counted when it is claimed, before the
 * password is checked (the row is locked meanwhile), so parallel attempts cannot slip past the limit; a successful one
 * is given back. Refused attempts and blocks are audited.
 */
@Component
class SignInThrottling implements SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottling.class);
    private static final String TARGET = "CLIENT";
    private static final Duration KEEP_ROWS = Duration.ofDays(1);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SignInClientPolicy policy;
    private final Clock clock;
    private final AtomicReference<Instant> lastCleanUp = new AtomicReference<>(Instant.EPOCH);

    SignInThrottling(JdbcClient jdbc, AuditLog audit, SignInClientPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    private record State(Instant windowStartedAt, int failures, Instant lastAttemptAt, Instant blockedUntil) {}

    @Override
    @Transactional
    public boolean tryAttempt(String client, String username) {
        Instant now = clock.instant();
        cleanUpNowAndThen(now);
        jdbc.sql(
                        """
                        insert into sign_in_client (client, window_started_at, failures, last_attempt_at)
                        values (:client, :now, 0, :now) on conflict (client) do nothing""")
                .param("client", client)
                .param("now", Timestamp.from(now))
                .update();
        State state = jdbc.sql(
                        """
                        select window_started_at, failures, last_attempt_at, blocked_until
                          from sign_in_client where client = :client for update""")
                .param("client", client)
                .query((rs, i) -> new State(
                        rs.getTimestamp(1).toInstant(),
                        rs.getInt(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .single();

        if (state.blockedUntil() != null && now.isBefore(state.blockedUntil())) {
            refuse(client, username, "blocked until " + state.blockedUntil());
            return false;
        }
        int failures = state.failures();
        Instant windowStartedAt = state.windowStartedAt();
        if (state.blockedUntil() != null || !now.isBefore(windowStartedAt.plus(policy.window()))) {
            failures = 0; // a block that has run out, or a quiet window, starts afresh
            windowStartedAt = now;
        }
        if (failures >= policy.freeFailures()) {
            Instant allowedFrom = state.lastAttemptAt().plus(waitAfter(failures));
            if (now.isBefore(allowedFrom)) {
                refuse(client, username, "wait until " + allowedFrom + " after " + failures + " failures");
                return false;
            }
        }
        jdbc.sql(
                        """
                        update sign_in_client
                           set window_started_at = :window, failures = :failures, last_attempt_at = :now,
                               blocked_until = null
                         where client = :client""")
                .param("window", Timestamp.from(windowStartedAt))
                .param("failures", failures + 1)
                .param("now", Timestamp.from(now))
                .param("client", client)
                .update();
        return true;
    }

    @Override
    @Transactional
    public void failed(String client) {
        Instant now = clock.instant();
        Instant until = now.plus(policy.blockDuration());
        int blocked = jdbc.sql(
                        """
                        update sign_in_client set blocked_until = :until
                         where client = :client and failures >= :max
                           and (blocked_until is null or blocked_until <= :now)""")
                .param("until", Timestamp.from(until))
                .param("client", client)
                .param("max", policy.maxFailures())
                .param("now", Timestamp.from(now))
                .update();
        if (blocked > 0) {
            log.warn("Sign-ins from {} refused until {} after {} failures", client, until, policy.maxFailures());
            audit.recordAs(
                    null,
                    "anonymous",
                    AuditAction.CLIENT_BLOCKED,
                    TARGET,
                    client,
                    "sign-ins refused until " + until + " after " + policy.maxFailures() + " failures");
        }
    }

    @Override
    @Transactional
    public void succeeded(String client) {
        jdbc.sql("update sign_in_client set failures = greatest(failures - 1, 0) where client = :client")
                .param("client", client)
                .update();
    }

    /** 1 s after the last free failure, then twice as long for each further one, up to the maximum. */
    Duration waitAfter(int failures) {
        int doublings = Math.min(failures - policy.freeFailures(), 30);
        Duration wait = Duration.ofSeconds(1L << doublings);
        return wait.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : wait;
    }

    private void refuse(String client, String username, String why) {
        audit.recordAs(null, username, AuditAction.LOGIN_THROTTLED, TARGET, client, why);
    }

    /** Rows of clients not seen for a day go, at most once an hour per node. */
    private void cleanUpNowAndThen(Instant now) {
        Instant last = lastCleanUp.get();
        if (now.isBefore(last.plus(Duration.ofHours(1))) || !lastCleanUp.compareAndSet(last, now)) {
            return;
        }
        jdbc.sql(
                        """
                        delete from sign_in_client
                         where last_attempt_at < :before and (blocked_until is null or blocked_until < :now)""")
                .param("before", Timestamp.from(now.minus(KEEP_ROWS)))
                .param("now", Timestamp.from(now))
                .update();
    }
}
