package id.timpora.notification;

import id.timpora.account.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The unread count the navigation bar shows ({@code ${@notificationBell.label()}} in {@code fragments/layout.html}):
 * read only when a page with the layout is rendered, one indexed count of at most 100 rows.
 */
@Component("notificationBell")
public class NotificationBell {

    private final NotificationQueries queries;

    NotificationBell(NotificationQueries queries) {
        this.queries = queries;
    }

    /** The count as shown ("3", "99+"), empty when there is nothing unread or nobody signed in. */
    public String label() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
            return "";
        }
        int unread = queries.unread(user);
        if (unread == 0) {
            return "";
        }
        return unread > NotificationQueries.BELL_LIMIT ? NotificationQueries.BELL_LIMIT + "+" : String.valueOf(unread);
    }
}
