package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private final JdbcTemplate jdbc;
    private final Clock clock;

    MeetingOverview(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<MeetingRow> upcomingFor(CurrentUser user, int limit) {
        MeetingVisibility visibility = MeetingVisibility.of(user);
        return jdbc.query(
                MeetingQueries.MEETING_ROW_COLUMNS
                        + " from meeting m join team t on t.id = m.team_id"
                        + " where m.status = 'DIRENCANAKAN' and m.ends_at >= ? and "
                        + visibility.condition("m", "t")
                        + " order by m.starts_at, m.id limit ?",
                (rs, i) -> MeetingQueries.meetingRow(rs),
                args(List.of(Timestamp.from(clock.instant())), visibility.parameters(), limit));
    }

    /** Overdue items, the longest overdue first. */
    public List<ActionItemRow> overdueActionItemsFor(CurrentUser user, int limit) {
        Followed followed = Followed.of(user);
        Timestamp now = Timestamp.from(clock.instant());
        return jdbc.query(
                MeetingQueries.ACTION_ITEM_ROW + " where ai.status = 'TERBUKA' and ai.due_at <= ? and "
                        + followed.condition + " order by ai.due_at, ai.id limit ?",
                MeetingQueries.actionItemRow(clock.instant()),
                args(List.of(now), followed.args, limit));
    }

    public long overdueActionItemCount(CurrentUser user) {
        Followed followed = Followed.of(user);
        return count(
                " and ai.due_at <= ? and " + followed.condition,
                args(List.of(Timestamp.from(clock.instant())), followed.args));
    }

    public long openActionItemCount(CurrentUser user) {
        Followed followed = Followed.of(user);
        return count(" and " + followed.condition, followed.args);
    }

    private long count(String condition, Object[] args) {
        Long count = jdbc.queryForObject(
                "select count(*) from meeting_action_item ai join meeting m on m.id = ai.meeting_id"
                        + " join team t on t.id = m.team_id where ai.status = 'TERBUKA'" + condition,
                Long.class,
                args);
        return count == null ? 0 : count;
    }

    /** The action items a user answers for or follows, as a condition over {@code ai} and the team {@code t}. */
    private record Followed(String condition, Object[] args) {

        static Followed of(CurrentUser user) {
            if (user.hasRole(Role.ADMIN)) {
                return new Followed("(true)", new Object[0]);
            }
            if (user.agencyId() == null) {
                return new Followed("(false)", new Object[0]);
            }
            if (user.hasRole(Role.OFFICER)) {
                return new Followed(
                        "(ai.responsible_agency_id = ? or t.chair_agency_id = ?)",
                        new Object[] {user.agencyId(), user.agencyId()});
            }
            return new Followed("(ai.responsible_agency_id = ?)", new Object[] {user.agencyId()});
        }
    }

    private static Object[] args(List<Object> first, Object[] middle, Object... last) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(List.of(middle));
        all.addAll(List.of(last));
        return all.toArray();
    }
}
