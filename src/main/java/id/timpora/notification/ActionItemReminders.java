package id.timpora.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells the responsible agency's members once that an open action item falls due within {@link #DUE_WITHIN}, and once
 * that it is overdue. Each reminder's row in {@code action_item_reminder} is inserted before it notifies, in the same
 * transaction, so a rerun or a second node sends nothing twice. Items of cancelled meetings are not reminded; an item
 * given only just now is not reminded of its due date at once (the assignment notice said it).
 */
@Component
class ActionItemReminders {

    static final Duration DUE_WITHIN = Duration.ofDays(2);
    static final Duration SETTLED = Duration.ofHours(1);
    private static final int CHUNK = 500;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private record Due(long id, long meetingId, String title, String description, long agencyId, LocalDate dueDate) {}

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final Notifications notifications;
    private final Clock clock;

    ActionItemReminders(JdbcClient jdbc, Recipients recipients, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** One chunk of reminders of each kind; the number sent (the job calls again while it is positive). */
    @Transactional
    int remind() {
        Instant now = clock.instant();
        return remind(NotificationKind.ACTION_ITEM_OVERDUE, now, now, null)
                + remind(NotificationKind.ACTION_ITEM_DUE, now.plus(DUE_WITHIN), now, now.minus(SETTLED));
    }

    private int remind(NotificationKind kind, Instant dueBy, Instant now, Instant createdBefore) {
        List<Due> due = jdbc.sql(
                        """
                        select i.id, i.meeting_id, m.title, i.description, i.responsible_agency_id, i.due_date
                          from meeting_action_item i
                          join meeting m on m.id = i.meeting_id and m.status <> 'DIBATALKAN'
                         where i.status = 'TERBUKA' and i.due_at <= :due_by
                           and (:overdue or i.due_at > :now)
                           and (cast(:created_before as timestamptz) is null or i.created_at <= :created_before)
                           and not exists (select 1 from action_item_reminder r
                                            where r.action_item_id = i.id and r.kind = :kind)
                         order by i.due_at, i.id
                         limit :chunk""")
                .param("due_by", Timestamp.from(dueBy))
                .param("now", Timestamp.from(now))
                .param("overdue", kind == NotificationKind.ACTION_ITEM_OVERDUE)
                .param("created_before", createdBefore == null ? null : Timestamp.from(createdBefore))
                .param("kind", kind.name())
                .param("chunk", CHUNK)
                .query((rs, i) -> new Due(
                        rs.getLong("id"),
                        rs.getLong("meeting_id"),
                        rs.getString("title"),
                        rs.getString("description"),
                        rs.getLong("responsible_agency_id"),
                        rs.getObject("due_date", LocalDate.class)))
                .list();
        int sent = 0;
        for (Due item : due) {
            int claimed = jdbc.sql("insert into action_item_reminder (action_item_id, kind) values (:item, :kind)"
                            + " on conflict do nothing")
                    .param("item", item.id())
                    .param("kind", kind.name())
                    .update();
            if (claimed == 0) {
                continue;
            }
            notifications.notify(
                    recipients.members(List.of(item.agencyId()), 0),
                    kind,
                    null,
                    item.meetingId(),
                    item.title(),
                    item.description() + " (" + DATE.format(item.dueDate()) + ")",
                    null);
            sent++;
        }
        return sent;
    }
}
