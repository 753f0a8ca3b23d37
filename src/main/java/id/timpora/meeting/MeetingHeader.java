package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/** The few facts of a meeting that every permission check and every write needs. */
record MeetingHeader(
        long id,
        long teamId,
        String teamName,
        long chairAgencyId,
        MeetingStatus status,
        String title,
        Instant startsAt,
        Instant endsAt,
        ZoneId zone,
        int version) {

    /** Plans, edits and records a meeting: an officer of the team's chair agency, or an administrator. */
    boolean editableBy(CurrentUser user) {
        return user.hasRole(Role.ADMIN)
                || (user.hasRole(Role.OFFICER) && Objects.equals(user.agencyId(), chairAgencyId));
    }

    /** Closes an action item of this meeting: any user of the responsible agency, or an officer of the chair agency. */
    boolean closableBy(CurrentUser user, long responsibleAgencyId) {
        return Objects.equals(user.agencyId(), responsibleAgencyId)
                || (user.hasRole(Role.OFFICER) && Objects.equals(user.agencyId(), chairAgencyId));
    }
}
