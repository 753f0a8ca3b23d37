package id.timpora.notification;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Marks the user's own notifications read: one (when opened) or all. */
@Service
public class NotificationReading {

    private final JdbcClient jdbc;
    private final NotificationQueries queries;

    NotificationReading(JdbcClient jdbc, NotificationQueries queries) {
        this.jdbc = jdbc;
        this.queries = queries;
    }

    /** Marks it read and returns where it leads; "not found" when it is not the user's or its record is out of sight. */
    @Transactional
    public String open(CurrentUser user, long id) {
        NotificationRow row = queries.find(user, id).orElseThrow(NotFoundException::new);
        markRead(user, id);
        return row.path();
    }

    @Transactional
    public void markRead(CurrentUser user, long id) {
        int updated = jdbc.sql("update notification set read_at = coalesce(read_at, now())"
                        + " where id = :id and recipient_id = :me")
                .param("id", id)
                .param("me", user.id())
                .update();
        if (updated == 0) {
            throw new NotFoundException();
        }
    }

    @Transactional
    public int markAllRead(CurrentUser user) {
        return jdbc.sql("update notification set read_at = now() where recipient_id = :me and read_at is null")
                .param("me", user.id())
                .update();
    }
}
