package id.timpora.account;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.infrastructure.security.IpAddresses;
import id.timpora.infrastructure.security.SignInThrottle;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per account and locks the account for a while after too many; records every sign-in, failure
 * and sign-out in the audit log; tells the per-client throttle how each attempt ended. Counting happens in one UPDATE
 * so that parallel attempts cannot slip past the limit.
 */
@Component
class SignInAttempts {

    private static final Logger log = LoggerFactory.getLogger(SignInAttempts.class);
    private static final String TARGET = "USER";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final SignInThrottle throttle;

    SignInAttempts(JdbcClient jdbc, AuditLog audit, SecurityPolicy policy, Clock clock, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
        this.throttle = throttle;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (!(event.getAuthentication().getPrincipal() instanceof CurrentUser user)) {
            return;
        }
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_login_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", user.id())
                .update();
        audit.recordAs(user.id(), user.getUsername(), AuditAction.LOGIN_SUCCESS, TARGET, user.id(), null);
        client(event.getAuthentication()).ifPresent(throttle::succeeded);
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username =
                String.valueOf(event.getAuthentication().getPrincipal()).trim();
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            countFailure(username);
        }
        audit.recordAs(null, username, AuditAction.LOGIN_FAILURE, TARGET, null, reason);
        client(event.getAuthentication()).ifPresent(throttle::failed);
    }

    /** The client a form sign-in came from (a sign-in in a test or by another route has none). */
    private static Optional<String> client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? Optional.of(IpAddresses.clientKey(details.getRemoteAddress()))
                : Optional.empty();
    }

    @EventListener
    @Transactional
    public void onLogout(LogoutSuccessEvent event) {
        if (event.getAuthentication() != null && event.getAuthentication().getPrincipal() instanceof CurrentUser user) {
            audit.recordAs(user.id(), user.getUsername(), AuditAction.LOGOUT, TARGET, user.id(), null);
        }
    }

    /**
     * One more failure for the account of that name (if there is one); locks it at the limit. A lock that is running
     * is not made longer: someone guessing must not keep the owner out for ever. True when this failure locked it.
     */
    boolean countFailure(String username) {
        if (username.indexOf('\u0000') >= 0) {
            return false; // no account has such a name
        }
        boolean locked = false;
        Instant now = clock.instant();
        // A lock that has run out starts a fresh count instead of re-locking on the next mistake.
        List<Object[]> rows = jdbc.sql(
                        """
                        update app_user
                           set failed_attempts = case when locked_until is not null and locked_until <= :now then 1
                                                      else failed_attempts + 1 end,
                               locked_until = case when locked_until > :now then locked_until
                                                   when (case when locked_until is not null and locked_until <= :now
                                                              then 1 else failed_attempts + 1 end) >= :max_attempts
                                                   then :locked_until
                                                   else locked_until end
                         where lower(username) = lower(:username)
                        returning id, failed_attempts, locked_until
                        """)
                .param("now", Timestamp.from(now))
                .param("max_attempts", policy.maxFailedAttempts())
                .param("locked_until", Timestamp.from(now.plus(policy.lockDuration())))
                .param("username", username)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getInt(2), rs.getTimestamp(3)})
                .list();
        for (Object[] row : rows) {
            int attempts = (int) row[1];
            if (attempts == policy.maxFailedAttempts()) {
                locked = true;
                log.warn("Account {} locked after {} failed sign-ins", username, attempts);
                audit.recordAs(
                        null,
                        username,
                        AuditAction.ACCOUNT_LOCKED,
                        TARGET,
                        row[0],
                        "locked until " + ((Timestamp) row[2]).toInstant());
            }
        }
        return locked;
    }
}
