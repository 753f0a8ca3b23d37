package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Which meetings a user may see, as a SQL condition: those their agency is invited to or whose team their agency
 * chairs; an administrator sees all, a user without an agency none. Every query that reads meetings uses it, so a
 * meeting outside it is "not found".
 *
 * <pre>{@code
 * MeetingVisibility visibility = MeetingVisibility.of(user);
 * jdbc.query("select ... from meeting m join team t on t.id = m.team_id where " + visibility.condition("m", "t")
 *         + " and m.id = ?", mapper, visibility.with(id));
 * }</pre>
 */
final class MeetingVisibility {

    private final boolean everything;
    private final Long agencyId;

    private MeetingVisibility(boolean everything, Long agencyId) {
        this.everything = everything;
        this.agencyId = agencyId;
    }

    static MeetingVisibility of(CurrentUser user) {
        return new MeetingVisibility(user.hasRole(Role.ADMIN), user.agencyId());
    }

    /** The condition for a meeting table alias and its team's alias; bind {@link #parameters()} in its place. */
    String condition(String meeting, String team) {
        if (everything) {
            return "(true)";
        }
        if (agencyId == null) {
            return "(false)";
        }
        return "(" + team + ".chair_agency_id = ? or exists (select 1 from meeting_invitee vi where vi.meeting_id = "
                + meeting + ".id and vi.agency_id = ?))";
    }

    Object[] parameters() {
        return everything || agencyId == null ? new Object[0] : new Object[] {agencyId, agencyId};
    }

    /** The condition's parameters followed by further ones. */
    Object[] with(Object... more) {
        List<Object> all = new ArrayList<>(List.of(parameters()));
        all.addAll(List.of(more));
        return all.toArray();
    }

    /** Which teams a user may see on the meeting pages: those their agency chairs or belongs to; all for an admin. */
    String teamCondition(String team) {
        if (everything) {
            return "(true)";
        }
        if (agencyId == null) {
            return "(false)";
        }
        return "(" + team + ".chair_agency_id = ? or exists (select 1 from team_member vm where vm.team_id = " + team
                + ".id and vm.agency_id = ?))";
    }
}
