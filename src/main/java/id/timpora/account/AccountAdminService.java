package id.timpora.account;

import id.timpora.agency.AdminScope;
import id.timpora.agency.AgencyService;
import id.timpora.agency.AgencyType;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.audit.Changes;
import id.timpora.common.EditConflict;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do with accounts. Every change is audited with the fields it changed. */
@Service
public class AccountAdminService {

    /** A one-time password handed to the admin once, never stored in clear. */
    public record Issued(long accountId, String oneTimePassword) {}

    static final String TARGET = "USER";
    private static final int ONE_TIME_PASSWORD_LENGTH = 16;

    private final AccountRepository accounts;
    private final AgencyService agencies;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    AccountAdminService(
            AccountRepository accounts,
            AgencyService agencies,
            PasswordEncoder passwordEncoder,
            AccountSessions sessions,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AccountDetails get(AdminScope scope, long id) {
        Account account = find(scope, id);
        return details(account);
    }

    @Transactional
    public Issued create(AdminScope scope, AccountData data) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (accounts.findByUsernameIgnoreCase(data.username().trim()).isPresent()) {
            problems.add("username", "account.error.usernameTaken");
        }
        if (data.role() == Role.PARTNER) {
            problems.add("role", "account.error.partnerRole");
        }
        checkAgencyAndRole(scope, data, problems);
        problems.throwIfAny();
        String oneTimePassword = BootstrapAdmin.oneTimePassword(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(
                data.username().trim().toLowerCase(),
                data.displayName().trim(),
                passwordEncoder.encode(oneTimePassword),
                data.role(),
                data.agencyId());
        account.apply(data, clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException duplicate) {
            throw InvalidInput.of("username", "account.error.usernameTaken");
        }
        audit.record(
                AuditAction.CREATE,
                TARGET,
                account.getId(),
                account.getUsername() + " [" + data.role() + ", agency " + data.agencyId() + "]");
        return new Issued(account.getId(), oneTimePassword);
    }

    /**
     * A partner's account (#13), made by the organisation room once it has checked that the user may register partners
     * for that organisation: role PARTNER, the organisation's registering agency, a one-time password to change at the
     * first sign-in, as every new account.
     */
    @Transactional
    public Issued createPartner(String username, String displayName, long agencyId, String email, String phone) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (username == null || username.isBlank()) {
            problems.add("username", "validation.required");
        } else if (accounts.findByUsernameIgnoreCase(username.trim()).isPresent()) {
            problems.add("username", "account.error.usernameTaken");
        }
        if (displayName == null || displayName.isBlank()) {
            problems.add("displayName", "validation.required");
        }
        if (!agencies.isActive(agencyId)) {
            problems.add(null, "account.error.agency");
        }
        problems.throwIfAny();
        AccountData data = new AccountData(
                username.trim().toLowerCase(), displayName.trim(), Role.PARTNER, agencyId, email, phone, null);
        String oneTimePassword = BootstrapAdmin.oneTimePassword(ONE_TIME_PASSWORD_LENGTH);
        Account account = new Account(
                data.username(), data.displayName(), passwordEncoder.encode(oneTimePassword), Role.PARTNER, agencyId);
        account.apply(data, clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException duplicate) {
            throw InvalidInput.of("username", "account.error.usernameTaken");
        }
        audit.record(
                AuditAction.CREATE,
                TARGET,
                account.getId(),
                account.getUsername() + " [" + Role.PARTNER + ", agency " + agencyId + "]");
        return new Issued(account.getId(), oneTimePassword);
    }

    /**
     * Deactivates or reactivates a partner's account, for the organisation room once it has checked that the user may
     * manage that organisation's partners. Any other account is, for this method, not there.
     */
    @Transactional
    public void setPartnerEnabled(long accountId, boolean enabled) {
        Account account = partner(accountId);
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled, clock.instant());
        audit.record(enabled ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, accountId, account.getUsername());
        if (!enabled) {
            sessions.endAll(account.getUsername());
        }
    }

    /** A new one-time password for a partner's account (unlocked, to change at the next sign-in), as for any account. */
    @Transactional
    public Issued resetPartnerPassword(long accountId) {
        Account account = partner(accountId);
        String oneTimePassword = BootstrapAdmin.oneTimePassword(ONE_TIME_PASSWORD_LENGTH);
        account.resetPassword(passwordEncoder.encode(oneTimePassword), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, TARGET, accountId, account.getUsername());
        sessions.endAll(account.getUsername());
        return new Issued(accountId, oneTimePassword);
    }

    private Account partner(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(NotFoundException::new);
        if (account.getRole() != Role.PARTNER) {
            throw new NotFoundException();
        }
        return account;
    }

    @Transactional
    public void update(AdminScope scope, long id, int expectedVersion, AccountData data, long actingAdminId) {
        Account account = find(scope, id);
        if (account.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (id == actingAdminId && data.role() != Role.ADMIN) {
            problems.add("role", "account.error.ownRole");
        }
        if ((account.getRole() == Role.PARTNER) != (data.role() == Role.PARTNER)) {
            problems.add("role", "account.error.partnerRole");
        }
        checkAgencyAndRole(scope, data, problems);
        problems.throwIfAny();
        AccountData before = account.toData();
        account.apply(data, clock.instant());
        try {
            accounts.saveAndFlush(account);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new EditConflict();
        }
        Changes changes = new Changes()
                .field("displayName", before.displayName(), account.getDisplayName())
                .field("role", before.role(), data.role())
                .field("agency", before.agencyId(), data.agencyId())
                .field("email", before.email(), data.email())
                .field("phone", before.phone(), data.phone())
                .field("position", before.position(), data.position());
        if (!changes.isEmpty()) {
            audit.record(AuditAction.UPDATE, TARGET, id, changes.toString());
        }
        if (before.role() != data.role() || !Objects.equals(before.agencyId(), data.agencyId())) {
            // Role and agency decide what a session may see: the user signs in again under the new ones.
            sessions.endAll(account.getUsername());
        }
    }

    @Transactional
    public void setEnabled(AdminScope scope, long id, boolean enabled, long actingAdminId) {
        Account account = find(scope, id);
        if (id == actingAdminId && !enabled) {
            throw InvalidInput.of(null, "account.error.ownDeactivation");
        }
        if (account.isEnabled() == enabled) {
            return;
        }
        account.setEnabled(enabled, clock.instant());
        audit.record(enabled ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, TARGET, id, account.getUsername());
        if (!enabled) {
            sessions.endAll(account.getUsername());
        }
    }

    @Transactional
    public void unlock(AdminScope scope, long id) {
        Account account = find(scope, id);
        account.unlock(clock.instant());
        audit.record(AuditAction.UNLOCK, TARGET, id, account.getUsername());
    }

    @Transactional
    public Issued resetPassword(AdminScope scope, long id) {
        Account account = find(scope, id);
        String oneTimePassword = BootstrapAdmin.oneTimePassword(ONE_TIME_PASSWORD_LENGTH);
        account.resetPassword(passwordEncoder.encode(oneTimePassword), clock.instant());
        audit.record(AuditAction.PASSWORD_RESET, TARGET, id, account.getUsername());
        sessions.endAll(account.getUsername());
        return new Issued(id, oneTimePassword);
    }

    /**
     * The account, if it lies inside the administrator's scope: its agency inside it, or any account for a national
     * administrator. Any other account is, for this administrator, not there.
     */
    private Account find(AdminScope scope, long id) {
        Account account = accounts.findById(id).orElseThrow(NotFoundException::new);
        if (!scope.national() && (account.getAgencyId() == null || !agencies.inside(scope, account.getAgencyId()))) {
            throw new NotFoundException();
        }
        return account;
    }

    private AccountDetails details(Account account) {
        Instant now = clock.instant();
        String agencyName = account.getAgencyId() == null
                ? null
                : agencies.profile(account.getAgencyId()).name();
        return new AccountDetails(
                account.getId(),
                account.toData(),
                agencyName,
                account.isEnabled(),
                account.isLockedAt(now),
                account.isLockedAt(now) ? account.getLockedUntil() : null,
                account.isMustChangePassword(),
                account.getLastLoginAt(),
                account.getCreatedAt(),
                account.getVersion());
    }

    /**
     * The checks {@link #create} (accountId null) and {@link #update} make, on their own: the form runs them with its
     * own on every submit, so one refusal names every problem. Empty fields are left to the form.
     */
    @Transactional(readOnly = true)
    public void validate(AdminScope scope, AccountData data, Long accountId, long actingAdminId) {
        InvalidInput.Collector problems = new InvalidInput.Collector();
        if (accountId == null
                && data.username() != null
                && !data.username().isBlank()
                && accounts.findByUsernameIgnoreCase(data.username().trim()).isPresent()) {
            problems.add("username", "account.error.usernameTaken");
        }
        if (accountId != null && accountId == actingAdminId && data.role() != null && data.role() != Role.ADMIN) {
            problems.add("role", "account.error.ownRole");
        }
        if (accountId == null && data.role() == Role.PARTNER) {
            problems.add("role", "account.error.partnerRole");
        }
        checkAgencyAndRole(scope, data, problems);
        problems.throwIfAny();
    }

    private void checkAgencyAndRole(AdminScope scope, AccountData data, InvalidInput.Collector problems) {
        if (data.agencyId() == null || !agencies.isActive(data.agencyId())) {
            problems.add("agencyId", "account.error.agency");
        } else if (!agencies.inside(scope, data.agencyId())) {
            problems.add("agencyId", "account.error.agencyOutsideJurisdiction");
        } else if (data.role() == Role.OFFICER && agencies.typeOf(data.agencyId()) != AgencyType.IMIGRASI) {
            problems.add("role", "account.error.officerNotImmigration");
        }
    }
}
