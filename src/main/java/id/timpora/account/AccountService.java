package id.timpora.account;

import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    /** Why a new password was refused; each has a message key {@code password.error.*}. */
    public enum PasswordProblem {
        CURRENT_WRONG,
        TOO_SHORT,
        SAME_AS_USERNAME,
        SAME_AS_CURRENT,
        CONFIRMATION_MISMATCH
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final AccountSessions sessions;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            SecurityPolicy policy,
            Clock clock,
            AccountSessions sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks a proposed password against the policy; empty when it is acceptable. */
    public Optional<PasswordProblem> checkNewPassword(String username, String newPassword, String confirmation) {
        if (newPassword == null || newPassword.length() < policy.passwordMinLength()) {
            return Optional.of(PasswordProblem.TOO_SHORT);
        }
        if (newPassword.trim().equalsIgnoreCase(username.trim())) {
            return Optional.of(PasswordProblem.SAME_AS_USERNAME);
        }
        if (!newPassword.equals(confirmation)) {
            return Optional.of(PasswordProblem.CONFIRMATION_MISMATCH);
        }
        return Optional.empty();
    }

    /**
     * Changes the user's own password after checking the current one; nothing is saved when a rule fails. On success
     * every session of the user ends, so a stolen session dies with the old password.
     */
    @Transactional
    public Optional<PasswordProblem> changeOwnPassword(
            long accountId, String currentPassword, String newPassword, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return Optional.of(PasswordProblem.CURRENT_WRONG);
        }
        Optional<PasswordProblem> problem = checkNewPassword(account.getUsername(), newPassword, confirmation);
        if (problem.isPresent()) {
            return problem;
        }
        if (passwordEncoder.matches(newPassword, account.getPasswordHash())) {
            return Optional.of(PasswordProblem.SAME_AS_CURRENT);
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(AuditAction.PASSWORD_CHANGE, "USER", account.getId(), null);
        sessions.endAll(account.getUsername());
        return Optional.empty();
    }

    public int passwordMinLength() {
        return policy.passwordMinLength();
    }
}
