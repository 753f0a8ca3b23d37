package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the dashboard shows of meetings, read-only and within what the user may see.
 *
 * <ul>
 *   <li>{@link #upcomingFor}: the next planned meetings the user may see (invited, or chaired by their agency; all for
 *       an administrator), soonest first.
 *   <li>{@link #overdueActionItemsFor} and the counts: the action items the user answers for or follows, that is those
 *       of their agency, and for an officer also those of meetings their agency chairs; all for an administrator.
 *       Overdue means open past the end of the due date in the responsible agency's zone ({@link
 *       ActionItemDeadline}).
 * </ul>
 */
@Service
@Transactional(readOnly = true)
public class MeetingOverview {

    private final JdbcClient jdbc;
    private final Clock clock;

    MeetingOverview(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<MeetingRow> upcomingFor(CurrentUser user, int limit) {
        return SqlFragment.of(MeetingQueries.MEETING_ROW_COLUMNS
                        + " from meeting m join team t on t.id = m.team_id"
                        + " where m.status = 'DIRENCANAKAN' and m.ends_at >= :now and ")
                .plus(MeetingVisibility.of(user).meetings("m", "t"))
                .plus(" order by m.starts_at, m.id limit :limit")
                .with("now", Rows.timestamp(clock.instant()))
                .with("limit", limit)
                .on(jdbc)
                .query(MeetingQueries.MEETING_ROW)
                .list();
    }

    /** Overdue items, the longest overdue first. */
    public List<ActionItemRow> overdueActionItemsFor(CurrentUser user, int limit) {
        return SqlFragment.of(
                        MeetingQueries.ACTION_ITEM_ROW + " where ai.status = 'TERBUKA' and ai.due_at <= :now and ")
                .plus(followedBy(user))
                .plus(" order by ai.due_at, ai.id limit :limit")
                .with("now", Rows.timestamp(clock.instant()))
                .with("limit", limit)
                .on(jdbc)
                .query(MeetingQueries.actionItemRow(clock.instant()))
                .list();
    }

    public long overdueActionItemCount(CurrentUser user) {
        return count(SqlFragment.of(" and ai.due_at <= :now and ", "now", Rows.timestamp(clock.instant()))
                .plus(followedBy(user)));
    }

    public long openActionItemCount(CurrentUser user) {
        return count(SqlFragment.of(" and ").plus(followedBy(user)));
    }

    private long count(SqlFragment condition) {
        return SqlFragment.of("select count(*) from meeting_action_item ai join meeting m on m.id = ai.meeting_id"
                        + " join team t on t.id = m.team_id where ai.status = 'TERBUKA'")
                .plus(condition)
                .on(jdbc)
                .query(Long.class)
                .single();
    }

    /** The action items a user answers for or follows, as a condition over {@code ai} and the team {@code t}. */
    private static SqlFragment followedBy(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return SqlFragment.of("(true)");
        }
        if (user.agencyId() == null) {
            return SqlFragment.of("(false)");
        }
        if (user.hasRole(Role.OFFICER)) {
            return SqlFragment.of(
                    "(ai.responsible_agency_id = :followed or t.chair_agency_id = :followed)",
                    "followed",
                    user.agencyId());
        }
        return SqlFragment.of("(ai.responsible_agency_id = :followed)", "followed", user.agencyId());
    }
}
