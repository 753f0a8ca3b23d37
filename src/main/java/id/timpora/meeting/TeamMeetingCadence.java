package id.timpora.meeting;

import id.timpora.agency.TeamMeetingActivity;
import id.timpora.infrastructure.persistence.Rows;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting side of {@link TeamMeetingActivity}: the last held meeting of each team, in one query. */
@Component
class TeamMeetingCadence implements TeamMeetingActivity {

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamMeetingCadence(JdbcClient jdbc, Clock clock) {
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
        jdbc.sql("select t.id, " + MeetingQueries.TEAM_ZONE + " as zone,"
                        + " (select max(m.starts_at) from meeting m where m.team_id = t.id and m.status = 'SELESAI')"
                        + " as last_met from team t where t.id = any(:teams)")
                .param("teams", teamIds.toArray(Long[]::new))
                .query(rs -> {
                    Instant held = Rows.instant(rs, "last_met");
                    if (held != null) {
                        ZoneId zone = ZoneId.of(rs.getString("zone"));
                        ZonedDateTime heldAt = held.atZone(zone);
                        long days = ChronoUnit.DAYS.between(
                                heldAt.toLocalDate(),
                                clock.instant().atZone(zone).toLocalDate());
                        last.put(
                                rs.getLong("id"),
                                new LastMeeting(heldAt, days, days > TeamCadence.MAX_DAYS_BETWEEN_MEETINGS));
                    }
                });
        return last;
    }
}
