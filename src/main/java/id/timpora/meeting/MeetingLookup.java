package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.common.NotFoundException;
import java.time.ZoneId;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Finds a meeting the user may see, or answers "not found" (also for one that exists but is not theirs). */
@Component
class MeetingLookup {

    private final JdbcTemplate jdbc;

    MeetingLookup(JdbcTemplate jdbc) {
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
        MeetingVisibility visibility = MeetingVisibility.of(user);
        List<MeetingHeader> found = jdbc.query(
                """
                select m.id, m.team_id, t.name as team_name, t.chair_agency_id, m.status, m.title, m.starts_at,
                       m.ends_at, m.time_zone, m.version
                  from meeting m join team t on t.id = m.team_id
                 where """
                        + " "
                        + visibility.condition("m", "t")
                        + " and m.id = ?"
                        + (lock ? " for update of m" : ""),
                (rs, i) -> new MeetingHeader(
                        rs.getLong("id"),
                        rs.getLong("team_id"),
                        rs.getString("team_name"),
                        rs.getLong("chair_agency_id"),
                        MeetingStatus.valueOf(rs.getString("status")),
                        rs.getString("title"),
                        rs.getTimestamp("starts_at").toInstant(),
                        rs.getTimestamp("ends_at").toInstant(),
                        ZoneId.of(rs.getString("time_zone")),
                        rs.getInt("version")),
                visibility.with(id));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        return found.get(0);
    }
}
