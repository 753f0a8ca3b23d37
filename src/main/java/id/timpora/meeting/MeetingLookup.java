package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import java.time.ZoneId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds a meeting the user may see, or answers "not found" (also for one that exists but is not theirs). */
@Component
class MeetingLookup {

    private final JdbcClient jdbc;

    MeetingLookup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    MeetingHeader header(CurrentUser user, long id) {
        return header(user, id, false);
    }

    /** The same, locking the meeting's row until the transaction ends, so that writes to it happen one at a time. */
    MeetingHeader headerForUpdate(CurrentUser user, long id) {
        return header(user, id, true);
    }

    private MeetingHeader header(CurrentUser user, long id, boolean lock) {
        return SqlFragment.of(
                        """
                        select m.id, m.team_id, t.name as team_name, t.chair_agency_id, m.status, m.title, m.starts_at,
                               m.ends_at, m.time_zone, m.version
                          from meeting m join team t on t.id = m.team_id""")
                .plus(" where ")
                .plus(MeetingVisibility.of(user).meetings("m", "t"))
                .plus(SqlFragment.of(" and m.id = :id" + (lock ? " for update of m" : ""), "id", id))
                .on(jdbc)
                .query((rs, i) -> new MeetingHeader(
                        rs.getLong("id"),
                        rs.getLong("team_id"),
                        rs.getString("team_name"),
                        rs.getLong("chair_agency_id"),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getString("title"),
                        Rows.instant(rs, "starts_at"),
                        Rows.instant(rs, "ends_at"),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getInt("version")))
                .optional()
                .orElseThrow(NotFoundException::new);
    }
}
