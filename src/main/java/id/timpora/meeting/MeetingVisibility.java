package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.infrastructure.persistence.SqlFragment;

/**
 * Which meetings a user may see, as a SQL condition: those their agency is invited to or whose team their agency
 * chairs, and — read-only, as a Kanwil oversees its Kanims — those of every team whose region lies in the
 * jurisdiction of their agency when it is an immigration agency ({@link #overseen}); an administrator sees all, a user
 * without an agency none. Every query that reads meetings uses it, so a meeting outside it is "not found". Seeing is
 * not acting: who may edit or close is decided by {@link MeetingHeader}, which knows only chair and responsible
 * agencies.
 *
 * <pre>{@code
 * MeetingVisibility visibility = MeetingVisibility.of(user);
 * SqlFragment.of("select ... from meeting m join team t on t.id = m.team_id where ")
 *         .plus(visibility.meetings("m", "t"))
 *         .plus(SqlFragment.of(" and m.id = :id", "id", id))
 *         .on(jdbc).query(mapper).optional();
 * }</pre>
 */
public final class MeetingVisibility {

    /** The parameter that holds the user's agency in both conditions. */
    private static final String AGENCY = "visible_agency";

    private final boolean everything;
    private final Long agencyId;

    private MeetingVisibility(boolean everything, Long agencyId) {
        this.everything = everything;
        this.agencyId = agencyId;
    }

    public static MeetingVisibility of(CurrentUser user) {
        // a partner (#13) belongs to their registering agency only for its reports: they see no meeting
        return new MeetingVisibility(user.hasRole(Role.ADMIN), user.hasRole(Role.PARTNER) ? null : user.agencyId());
    }

    /** The condition for a meeting table alias and its team's alias. */
    public SqlFragment meetings(String meeting, String team) {
        return condition(
                team,
                "exists (select 1 from meeting_invitee vi where vi.meeting_id = " + meeting + ".id and vi.agency_id = :"
                        + AGENCY + ")");
    }

    /**
     * Which teams a user may see on the meeting pages: those their agency chairs or belongs to, and those it oversees;
     * all for an admin.
     */
    SqlFragment teams(String team) {
        return condition(
                team,
                "exists (select 1 from team_member vm where vm.team_id = " + team + ".id and vm.agency_id = :" + AGENCY
                        + ")");
    }

    /**
     * The teams the user's agency oversees without taking part: an immigration agency oversees every team whose region
     * lies in its jurisdiction (a national one every team, the national team included).
     */
    SqlFragment overseen(String team) {
        if (everything) {
            return SqlFragment.of("(true)");
        }
        if (agencyId == null) {
            return SqlFragment.of("(false)");
        }
        return SqlFragment.of(overseenBy(team)).with(AGENCY, agencyId);
    }

    private static String overseenBy(String team) {
        return "exists (select 1 from agency va where va.id = :" + AGENCY + " and va.type = 'IMIGRASI'"
                + " and (va.level = 'PUSAT' or exists (select 1 from agency_region vr where vr.agency_id = va.id"
                + " and (" + team + ".region_code = vr.region_code or " + team
                + ".region_code like vr.region_code || '.%'))))";
    }

    private SqlFragment condition(String team, String orAgencyTakesPart) {
        if (everything) {
            return SqlFragment.of("(true)");
        }
        if (agencyId == null) {
            return SqlFragment.of("(false)");
        }
        // A deactivated agency's users never get this far: account/StillActiveFilter signs them out on any request.
        return SqlFragment.of("(" + team + ".chair_agency_id = :" + AGENCY + " or " + orAgencyTakesPart + " or "
                        + overseenBy(team) + ")")
                .with(AGENCY, agencyId);
    }
}
