package id.timpora.notification;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.common.InvalidInput;
import id.timpora.infrastructure.persistence.Rows;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    NotificationPreferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The kinds a user of this role can receive at all (what the settings page offers). */
    public static List<NotificationKind> offeredTo(Role role) {
        return switch (role) {
            case OFFICER -> List.of(NotificationKind.values());
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
}
