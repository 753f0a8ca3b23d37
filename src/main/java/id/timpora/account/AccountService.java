package id.timpora.account;

import id.timpora.agency.AgencyService;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    /** Why a new password was refused; each has a message key {@code password.error.*}. */
    public enum PasswordProblem {
        CURRENT_WRONG,
        /** The current password was wrong once too often: the account is locked and its sessions have ended. */
        LOCKED,
        TOO_SHORT,
        TOO_LONG,
        SAME_AS_USERNAME,
        CONTAINS_AGENCY,
        TOO_COMMON,
        SAME_AS_CURRENT,
        CONFIRMATION_MISMATCH
    }

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final SecurityPolicy policy;
    private final Clock clock;
    private final AccountSessions sessions;
    private final SignInAttempts signInAttempts;
    private final AgencyService agencies;
    private final PasswordRules rules;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            AuditLog audit,
            SecurityPolicy policy,
            Clock clock,
            AccountSessions sessions,
            SignInAttempts signInAttempts,
            AgencyService agencies) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.signInAttempts = signInAttempts;
        this.agencies = agencies;
        this.rules = new PasswordRules(policy.passwordMinLength());
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    /** Checks a proposed password against the policy ({@link PasswordRules}); empty when it is acceptable. */
    public Optional<PasswordProblem> checkNewPassword(
            String username, String agencyName, String newPassword, String confirmation) {
        Optional<PasswordProblem> broken = rules.check(newPassword, username, agencyName);
        if (broken.isPresent()) {
            return broken;
        }
        if (!newPassword.equals(confirmation)) {
            return Optional.of(PasswordProblem.CONFIRMATION_MISMATCH);
        }
        return Optional.empty();
    }

    /**
     * The checks of a new password that need no current password, each beside its field, for a form whose own checks
     * failed (the current password is checked, and counted, only when the change is tried). Empty fields are skipped.
     */
    @Transactional(readOnly = true)
    public List<PasswordProblem> newPasswordProblems(long accountId, String newPassword, String confirmation) {
        if (newPassword == null || newPassword.isBlank()) {
            return List.of();
        }
        Account account = accounts.findById(accountId).orElseThrow();
        String agencyName = account.getAgencyId() == null
                ? null
                : agencies.profile(account.getAgencyId()).name();
        List<PasswordProblem> problems = new ArrayList<>();
        rules.check(newPassword, account.getUsername(), agencyName).ifPresent(problems::add);
        if (confirmation != null && !confirmation.isBlank() && !newPassword.equals(confirmation)) {
            problems.add(PasswordProblem.CONFIRMATION_MISMATCH);
        }
        return problems;
    }

    /**
     * Changes the user's own password after checking the current one; nothing is saved when a rule fails. On success
     * every session of the user ends, so a stolen session dies with the old password. A wrong current password counts
     * like a failed sign-in: at the limit the account is locked and every session of it ends (someone with a stolen
     * session must not guess the password here at leisure).
     */
    @Transactional
    public Optional<PasswordProblem> changeOwnPassword(
            long accountId, String currentPassword, String newPassword, String confirmation) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            audit.record(AuditAction.LOGIN_FAILURE, "USER", account.getId(), "wrong current password (password form)");
            if (signInAttempts.countFailure(account.getUsername())) {
                sessions.endAll(account.getUsername());
                return Optional.of(PasswordProblem.LOCKED);
            }
            return Optional.of(PasswordProblem.CURRENT_WRONG);
        }
        String agencyName = account.getAgencyId() == null
                ? null
                : agencies.profile(account.getAgencyId()).name();
        Optional<PasswordProblem> problem =
                checkNewPassword(account.getUsername(), agencyName, newPassword, confirmation);
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

    public int passwordMaxLength() {
        return PasswordRules.MAX_LENGTH;
    }
}
