package id.timpora.meeting;

import id.timpora.agency.TeamMeetingActivity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting side of {@link TeamMeetingActivity}: the last held meeting of each team, in one query. */
@Component
class TeamMeetingCadence implements TeamMeetingActivity {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TeamMeetingCadence(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, LastMeeting> lastMeetings(Collection<Long> teamIds) {
        Map<Long, LastMeeting> last = new HashMap<>();
        if (teamIds.isEmpty()) {
            return last;
        }
        jdbc.query(
                "select t.id, " + MeetingQueries.TEAM_ZONE + " as zone,"
                        + " (select max(m.starts_at) from meeting m where m.team_id = t.id and m.status = 'SELESAI')"
                        + " as last_met from team t where t.id = any(?)",
                rs -> {
                    Timestamp held = rs.getTimestamp("last_met");
                    if (held != null) {
                        ZoneId zone = ZoneId.of(rs.getString("zone"));
                        ZonedDateTime heldAt = held.toInstant().atZone(zone);
                        long days = ChronoUnit.DAYS.between(
                                heldAt.toLocalDate(),
                                clock.instant().atZone(zone).toLocalDate());
                        last.put(
                                rs.getLong("id"),
                                new LastMeeting(heldAt, days, days > TeamCadence.MAX_DAYS_BETWEEN_MEETINGS));
                    }
                },
                (Object) teamIds.toArray(Long[]::new));
        return last;
    }
}
