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
 *   <li>{@link #upcomingFor}: the next planned meetings the user may see ({@link MeetingVisibility}: invited, chaired
 *       by their agency, or overseen by their immigration agency; all for an administrator), soonest first.
 *   <li>{@link #overdueActionItemsFor} and the counts: the action items the user answers for or follows, that is those
 *       of their agency, and for an officer also those of meetings their agency chairs or oversees; all for an
 *       administrator. Overdue means open past the end of the due date in the responsible agency's zone ({@link
 *       ActionItemDeadline}).
 * </ul>
 *
 * <p>Both lists can be narrowed to the teams of some regions (the dashboard's chosen area): a team counts when its
 * region is one of them or lies below one; an empty list narrows nothing.
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

    public List<MeetingRow> upcomingFor(CurrentUser user, List<String> regionCodes, int limit) {
        return SqlFragment.of(MeetingQueries.MEETING_ROW_COLUMNS
                        + " from meeting m join team t on t.id = m.team_id"
                        + " where m.status = 'DIRENCANAKAN' and m.ends_at >= :now and ")
                .plus(MeetingVisibility.of(user).meetings("m", "t"))
                .plus(teamsIn(regionCodes))
                .plus(" order by m.starts_at, m.id limit :limit")
                .with("now", Rows.timestamp(clock.instant()))
                .with("limit", limit)
                .on(jdbc)
                .query(MeetingQueries.MEETING_ROW)
                .list();
    }

    /** Overdue items, the longest overdue first. */
    public List<ActionItemRow> overdueActionItemsFor(CurrentUser user, List<String> regionCodes, int limit) {
        return SqlFragment.of(
                        MeetingQueries.ACTION_ITEM_ROW + " where ai.status = 'TERBUKA' and ai.due_at <= :now and ")
                .plus(followedBy(user))
                .plus(teamsIn(regionCodes))
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

    /** The teams of {@code t} whose region is one of the codes or below one; nothing narrowed for no codes. */
    private static SqlFragment teamsIn(List<String> regionCodes) {
        if (regionCodes.isEmpty()) {
            return SqlFragment.of("");
        }
        return SqlFragment.of(
                " and exists (select 1 from unnest(cast(:area_codes as text[])) ac(code)"
                        + " where t.region_code = ac.code or t.region_code like ac.code || '.%')",
                "area_codes", regionCodes.toArray(String[]::new));
    }

    /** The action items a user answers for or follows, as a condition over {@code ai} and the team {@code t}. */
    private static SqlFragment followedBy(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return SqlFragment.of("(true)");
        }
        if (user.agencyId() == null || user.hasRole(Role.PARTNER)) {
            return SqlFragment.of("(false)");
        }
        if (user.hasRole(Role.OFFICER)) {
            return SqlFragment.of(
                            "(ai.responsible_agency_id = :followed or t.chair_agency_id = :followed or ",
                            "followed",
                            user.agencyId())
                    .plus(MeetingVisibility.of(user).overseen("t"))
                    .plus(")");
        }
        return SqlFragment.of("(ai.responsible_agency_id = :followed)", "followed", user.agencyId());
    }
}
