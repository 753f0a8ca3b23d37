package id.timpora.notification;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.audit.AuditAction;
import id.timpora.audit.AuditLog;
import id.timpora.common.InvalidInput;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.security.NationalAdministrators;
import id.timpora.infrastructure.security.UserIdentity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each user's choice: the language of their mails, which kinds of notification also come by e-mail, and whether those
 * come at once or in one daily digest. Until a user chooses, the defaults of their role apply
 * ({@code notification_role_default}). Notifications in the app always appear, whatever is chosen here.
 */
@Service
public class NotificationPreferences {

    public record Preferences(String language, Set<NotificationKind> emailKinds, boolean digest) {}

    private final JdbcClient jdbc;
    private final NationalAdministrators nationalAdministrators;
    private final AuditLog audit;

    NotificationPreferences(JdbcClient jdbc, NationalAdministrators nationalAdministrators, AuditLog audit) {
        this.jdbc = jdbc;
        this.nationalAdministrators = nationalAdministrators;
        this.audit = audit;
    }

    /** The kinds a user of this role can receive at all (what the settings page offers). */
    public static List<NotificationKind> offeredTo(Role role) {
        return switch (role) {
            case OFFICER -> List.of(NotificationKind.values());
                // partners see only their own organisation's notices: no notification is about anything of theirs
            case PARTNER -> List.of();
            case ADMIN -> List.of(
                    NotificationKind.MEETING_INVITED,
                    NotificationKind.MEETING_CHANGED,
                    NotificationKind.MEETING_CANCELLED);
            default -> List.of(NotificationKind.values()).stream()
                    .filter(kind -> kind != NotificationKind.REVIEW_WAITING)
                    .toList();
        };
    }

    @Transactional(readOnly = true)
    public Preferences of(CurrentUser user) {
        return jdbc.sql(
                        """
                        select coalesce(p.language, 'id') as language,
                               coalesce(p.email_kinds, d.email_kinds, '{}') as email_kinds,
                               coalesce(p.digest, d.digest, false) as digest
                          from app_user u
                          left join notification_preference p on p.account_id = u.id
                          left join notification_role_default d on d.role = u.role
                         where u.id = :me""")
                .param("me", user.id())
                .query((rs, i) -> new Preferences(
                        rs.getString("language"),
                        Rows.enumSet(rs, "email_kinds", NotificationKind.class),
                        rs.getBoolean("digest")))
                .single();
    }

    @Transactional
    public void save(CurrentUser user, Preferences preferences) {
        if (!"id".equals(preferences.language()) && !"en".equals(preferences.language())) {
            throw InvalidInput.of("language", "notification.error.language");
        }
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (preferences.emailKinds() != null) {
            kinds.addAll(preferences.emailKinds());
        }
        kinds.retainAll(offeredTo(user.role()));
        jdbc.sql(
                        """
                        insert into notification_preference (account_id, language, email_kinds, digest, updated_at)
                        values (:me, :language, :kinds, :digest, now())
                        on conflict (account_id) do update set language = excluded.language,
                               email_kinds = excluded.email_kinds, digest = excluded.digest, updated_at = now()""")
                .param("me", user.id())
                .param("language", preferences.language())
                .param("kinds", Rows.names(kinds))
                .param("digest", preferences.digest())
                .update();
    }

    /** A role's defaults: what its users get by e-mail until they choose for themselves. */
    public record RoleDefault(Role role, Set<NotificationKind> emailKinds, boolean digest) {

        /** What the role can receive at all: the choices its form offers. */
        public List<NotificationKind> offered() {
            return offeredTo(role);
        }
    }

    @Transactional(readOnly = true)
    public List<RoleDefault> roleDefaults() {
        Map<String, RoleDefault> stored = new HashMap<>();
        jdbc.sql("select role, email_kinds, digest from notification_role_default")
                .query((rs, i) -> stored.put(
                        rs.getString("role"),
                        new RoleDefault(
                                Role.valueOf(rs.getString("role")),
                                Rows.enumSet(rs, "email_kinds", NotificationKind.class),
                                rs.getBoolean("digest"))))
                .list();
        List<RoleDefault> defaults = new ArrayList<>();
        for (Role role : Role.values()) {
            if (offeredTo(role).isEmpty()) {
                continue;
            }
            defaults.add(stored.getOrDefault(
                    role.name(), new RoleDefault(role, EnumSet.noneOf(NotificationKind.class), false)));
        }
        return defaults;
    }

    /**
     * Sets a role's defaults (national administrators only: they apply to every agency). Users who saved their own
     * settings keep them; everyone else follows the new defaults from the next notification on.
     */
    @Transactional
    public void saveRoleDefault(UserIdentity admin, Role role, Set<NotificationKind> emailKinds, boolean digest) {
        if (!nationalAdministrators.isNational(admin)) {
            throw new NotFoundException();
        }
        Set<NotificationKind> kinds = EnumSet.noneOf(NotificationKind.class);
        if (emailKinds != null) {
            kinds.addAll(emailKinds);
        }
        kinds.retainAll(offeredTo(role));
        RoleDefault before = roleDefaults().stream()
                .filter(existing -> existing.role() == role)
                .findFirst()
                .orElseThrow();
        jdbc.sql(
                        """
                        insert into notification_role_default (role, email_kinds, digest) values (:role, :kinds, :digest)
                        on conflict (role) do update set email_kinds = excluded.email_kinds, digest = excluded.digest""")
                .param("role", role.name())
                .param("kinds", Rows.names(kinds))
                .param("digest", digest)
                .update();
        audit.record(
                AuditAction.UPDATE,
                "notification_role_default",
                role.name(),
                "mail "
                        + new TreeSet<>(
                                before.emailKinds().stream().map(Enum::name).toList()) + " -> "
                        + new TreeSet<>(kinds.stream().map(Enum::name).toList()) + ", digest " + before.digest()
                        + " -> " + digest);
    }
}
