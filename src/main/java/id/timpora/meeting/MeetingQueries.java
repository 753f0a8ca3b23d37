package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.OrganisationLevel;
import id.timpora.common.NotFoundException;
import id.timpora.common.TimeZones;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads meetings, teams and action items for the pages, always within what the user may see. */
@Service
@Transactional(readOnly = true)
public class MeetingQueries {

    /** A team's zone: its region's, WIB for the national team (as in {@code RegionService.timeZoneOf}). */
    static final String TEAM_ZONE =
            "coalesce((select zr.time_zone from region zr where zr.code = t.region_code), 'Asia/Jakarta')";

    private static final int REPORT_SEARCH_LIMIT = 10;

    private final JdbcTemplate jdbc;
    private final MeetingLookup lookup;
    private final ReportScopes reportScopes;
    private final Minutes minutes;
    private final Clock clock;

    MeetingQueries(JdbcTemplate jdbc, MeetingLookup lookup, ReportScopes reportScopes, Minutes minutes, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.reportScopes = reportScopes;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** The meetings the user may see, paginated in SQL: upcoming ones soonest first, others newest first. */
    public Page<MeetingRow> list(CurrentUser user, MeetingFilter filter, Pageable pageable) {
        MeetingVisibility visibility = MeetingVisibility.of(user);
        StringBuilder where = new StringBuilder(" where " + visibility.condition("m", "t"));
        List<Object> args = new ArrayList<>(List.of(visibility.parameters()));
        Timestamp now = Timestamp.from(clock.instant());
        String order = " order by m.starts_at desc, m.id desc";
        if (filter.period() == MeetingFilter.Period.UPCOMING) {
            where.append(" and m.status = 'DIRENCANAKAN' and m.ends_at >= ?");
            args.add(now);
            order = " order by m.starts_at, m.id";
        } else if (filter.period() == MeetingFilter.Period.PAST) {
            where.append(" and (m.status <> 'DIRENCANAKAN' or m.ends_at < ?)");
            args.add(now);
        }
        if (filter.teamId() != null) {
            where.append(" and m.team_id = ?");
            args.add(filter.teamId());
        }
        String from = " from meeting m join team t on t.id = m.team_id";
        Long total = jdbc.queryForObject("select count(*)" + from + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(pageable.getPageSize());
        pageArgs.add(pageable.getOffset());
        List<MeetingRow> rows = jdbc.query(
                MEETING_ROW_COLUMNS + from + where + order + " limit ? offset ?",
                (rs, i) -> meetingRow(rs),
                pageArgs.toArray());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** The columns {@link #meetingRow} reads, over the meeting {@code m} and its team {@code t}. */
    static final String MEETING_ROW_COLUMNS =
            """
            select m.id, m.title, m.kind, m.status, m.team_id, t.name as team_name, m.starts_at, m.ends_at,
                   m.time_zone, m.place,
                   (select count(*) from meeting_action_item ai where ai.meeting_id = m.id) as items,
                   (select count(*) from meeting_action_item ai where ai.meeting_id = m.id
                       and ai.status = 'TERBUKA') as open_items""";

    static MeetingRow meetingRow(ResultSet rs) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        return new MeetingRow(
                rs.getLong("id"),
                rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getLong("team_id"),
                rs.getString("team_name"),
                rs.getTimestamp("starts_at").toInstant().atZone(zone),
                rs.getTimestamp("ends_at").toInstant().atZone(zone),
                rs.getString("place"),
                rs.getInt("items"),
                rs.getInt("open_items"));
    }

    /** One meeting with everything its page shows; "not found" outside what the user may see. */
    public MeetingView view(CurrentUser user, long id) {
        MeetingHeader header = lookup.header(user, id);
        Instant now = clock.instant();
        ZoneId zone = header.zone();
        var row = jdbc.queryForMap(
                """
                select m.kind, m.place, m.agenda, m.cancel_reason, m.minutes, m.decisions, c.name as chair_name,
                       u.display_name as created_by
                  from meeting m join team t on t.id = m.team_id join agency c on c.id = t.chair_agency_id
                  join app_user u on u.id = m.created_by
                 where m.id = ?""",
                id);
        List<MeetingView.Invitee> invitees = jdbc.query(
                """
                select a.id, a.name,
                       (select count(*) from meeting_attendee x where x.meeting_id = i.meeting_id
                           and x.agency_id = a.id) as present
                  from meeting_invitee i join agency a on a.id = i.agency_id
                 where i.meeting_id = ? order by a.id = ? desc, lower(a.name)""",
                (rs, i) -> new MeetingView.Invitee(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("id") == header.chairAgencyId(),
                        rs.getInt("present")),
                id,
                header.chairAgencyId());
        List<MeetingView.Attendee> attendees = jdbc.query(
                """
                select x.id, x.name, x.agency_id, a.name as agency_name, x.position
                  from meeting_attendee x join agency a on a.id = x.agency_id
                 where x.meeting_id = ? order by x.id""",
                (rs, i) -> new MeetingView.Attendee(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("agency_id"),
                        rs.getString("agency_name"),
                        rs.getString("position")),
                id);
        MeetingView.Previous previous = previous(user, header, now);
        String markdown = (String) row.get("minutes");
        return new MeetingView(
                id,
                header.teamId(),
                header.teamName(),
                (String) row.get("chair_name"),
                MeetingKind.valueOf((String) row.get("kind")),
                header.title(),
                header.startsAt().atZone(zone),
                header.endsAt().atZone(zone),
                (String) row.get("place"),
                (String) row.get("agenda"),
                header.status(),
                (String) row.get("cancel_reason"),
                markdown,
                minutes.toHtml(markdown),
                Decisions.of((String) row.get("decisions")),
                (String) row.get("created_by"),
                header.version(),
                invitees,
                attendees,
                actionItems(user, header, "ai.meeting_id = ?", now, id),
                previous,
                discussedReports(user, id),
                header.editableBy(user));
    }

    private MeetingView.Previous previous(CurrentUser user, MeetingHeader header, Instant now) {
        MeetingVisibility visibility = MeetingVisibility.of(user);
        return jdbc
                .query(
                        "select m.id, m.title, m.starts_at, m.time_zone from meeting m join team t on t.id = m.team_id"
                                + " where " + visibility.condition("m", "t")
                                + " and m.team_id = ? and m.status <> 'DIBATALKAN'"
                                + " and (m.starts_at, m.id) < (?, ?) order by m.starts_at desc, m.id desc limit 1",
                        (rs, i) -> new MeetingView.Previous(
                                rs.getLong("id"),
                                rs.getString("title"),
                                rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))),
                                List.of()),
                        visibility.with(header.teamId(), Timestamp.from(header.startsAt()), header.id()))
                .stream()
                .findFirst()
                .map(found -> new MeetingView.Previous(
                        found.id(),
                        found.title(),
                        found.startsAt(),
                        actionItems(user, header, "ai.meeting_id = ? and ai.status = 'TERBUKA'", now, found.id())))
                .orElse(null);
    }

    private List<MeetingView.ActionItem> actionItems(
            CurrentUser user, MeetingHeader header, String condition, Instant now, Object... args) {
        return jdbc.query(
                """
                select ai.id, ai.description, ai.responsible_agency_id, a.name as agency_name, ai.due_date, ai.due_at,
                       ai.status, ai.done_note, ai.done_at, u.display_name as done_by
                  from meeting_action_item ai join agency a on a.id = ai.responsible_agency_id
                  left join app_user u on u.id = ai.done_by
                 where """
                        + " "
                        + condition
                        + " order by ai.due_date, ai.id",
                (rs, i) -> {
                    ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
                    long responsible = rs.getLong("responsible_agency_id");
                    return new MeetingView.ActionItem(
                            rs.getLong("id"),
                            rs.getString("description"),
                            responsible,
                            rs.getString("agency_name"),
                            rs.getObject("due_date", LocalDate.class),
                            status,
                            ActionItemDeadline.isOverdue(
                                    status, rs.getTimestamp("due_at").toInstant(), now),
                            rs.getString("done_note"),
                            instant(rs, "done_at"),
                            rs.getString("done_by"),
                            status == ActionItemStatus.TERBUKA && header.closableBy(user, responsible));
                },
                args);
    }

    private List<MeetingView.DiscussedReport> discussedReports(CurrentUser user, long meetingId) {
        ReportScope scope = reportScopes.of(user);
        String visible = scope.condition("r");
        return jdbc.query(
                "select r.id, " + visible + " as visible, r.full_name, r.nationality, r.status"
                        + " from meeting_report mr join report r on r.id = mr.report_id"
                        + " where mr.meeting_id = ? order by mr.added_at, r.id",
                (rs, i) -> {
                    boolean canSee = rs.getBoolean("visible");
                    return new MeetingView.DiscussedReport(
                            rs.getLong("id"),
                            canSee,
                            canSee ? rs.getString("full_name") : null,
                            canSee ? rs.getString("nationality") : null,
                            canSee ? ReportStatus.valueOf(rs.getString("status")) : null);
                },
                scope.with(meetingId));
    }

    /** The teams the user may plan meetings for: those their agency chairs (officers), every active one (admins). */
    public List<TeamOption> plannableTeams(CurrentUser user) {
        String condition;
        Object[] args;
        if (user.hasRole(Role.ADMIN)) {
            condition = "true";
            args = new Object[0];
        } else if (user.hasRole(Role.OFFICER) && user.agencyId() != null) {
            condition = "t.chair_agency_id = ?";
            args = new Object[] {user.agencyId()};
        } else {
            return List.of();
        }
        return jdbc.query(
                "select t.id, t.name, " + TEAM_ZONE + " as zone from team t where t.active and " + condition
                        + " order by " + levelRank("t") + ", t.name, t.id",
                (rs, i) -> new TeamOption(
                        rs.getLong("id"),
                        rs.getString("name"),
                        TimeZones.abbreviation(ZoneId.of(rs.getString("zone")))),
                args);
    }

    /** The user's teams (chaired or member; all for an admin) with when each last met, paginated in SQL. */
    public Page<TeamCadence> teams(CurrentUser user, Pageable pageable) {
        MeetingVisibility visibility = MeetingVisibility.of(user);
        String where = " where t.active and " + visibility.teamCondition("t");
        Long total = jdbc.queryForObject("select count(*) from team t" + where, Long.class, visibility.parameters());
        List<TeamCadence> rows = jdbc.query(
                cadenceSelect() + where + " order by " + levelRank("t") + ", t.name, t.id limit ? offset ?",
                (rs, i) -> cadence(rs),
                withNowFirst(visibility, pageable.getPageSize(), pageable.getOffset()));
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    /** A team's page in the meeting feature: for its chair's and members' users, and admins; "not found" for others. */
    public TeamPage team(CurrentUser user, long teamId) {
        MeetingVisibility visibility = MeetingVisibility.of(user);
        List<TeamCadence> found = jdbc.query(
                cadenceSelect() + " where " + visibility.teamCondition("t") + " and t.id = ?",
                (rs, i) -> cadence(rs),
                withNowFirst(visibility, teamId));
        if (found.isEmpty()) {
            throw new NotFoundException();
        }
        var row = jdbc.queryForMap(
                "select t.region_code, t.chair_agency_id, t.decree_number, t.decree_date, t.active, " + TEAM_ZONE
                        + " as zone, (select name from region r where r.code = t.region_code) as region_name"
                        + " from team t where t.id = ?",
                teamId);
        List<String> members = jdbc.queryForList(
                "select a.name from team_member m join agency a on a.id = m.agency_id where m.team_id = ?"
                        + " order by a.id = ? desc, lower(a.name)",
                String.class,
                teamId,
                row.get("chair_agency_id"));
        boolean plannable = Boolean.TRUE.equals(row.get("active"))
                && (user.hasRole(Role.ADMIN)
                        || (user.hasRole(Role.OFFICER)
                                && Objects.equals(user.agencyId(), ((Number) row.get("chair_agency_id")).longValue())));
        java.sql.Date decreeDate = (java.sql.Date) row.get("decree_date");
        return new TeamPage(
                found.get(0),
                (String) row.get("region_name"),
                TimeZones.abbreviation(ZoneId.of((String) row.get("zone"))),
                members,
                (String) row.get("decree_number"),
                decreeDate == null ? null : decreeDate.toLocalDate(),
                plannable);
    }

    /** The arguments of {@link #cadenceSelect()}: the current time comes before the visibility condition's. */
    private Object[] withNowFirst(MeetingVisibility visibility, Object... more) {
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(clock.instant()));
        args.addAll(List.of(visibility.with(more)));
        return args.toArray();
    }

    private static String cadenceSelect() {
        return """
                select t.id, t.name, t.level, c.name as chair_name, %s as zone,
                       (select max(m.starts_at) from meeting m where m.team_id = t.id
                           and m.status = 'SELESAI') as last_met,
                       next.id as next_id, next.starts_at as next_at
                  from team t join agency c on c.id = t.chair_agency_id
                  left join lateral (select m.id, m.starts_at from meeting m where m.team_id = t.id
                           and m.status = 'DIRENCANAKAN' and m.ends_at >= ? order by m.starts_at, m.id limit 1) next
                    on true"""
                .formatted(TEAM_ZONE);
    }

    private TeamCadence cadence(ResultSet rs) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("zone"));
        Instant lastMet = instant(rs, "last_met");
        Instant next = instant(rs, "next_at");
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        return new TeamCadence(
                rs.getLong("id"),
                rs.getString("name"),
                OrganisationLevel.valueOf(rs.getString("level")),
                rs.getString("chair_name"),
                lastMet == null ? null : lastMet.atZone(zone),
                lastMet == null
                        ? null
                        : ChronoUnit.DAYS.between(lastMet.atZone(zone).toLocalDate(), today),
                next == null ? null : next.atZone(zone),
                next == null ? null : rs.getLong("next_id"));
    }

    /** The open (or done) action items of the user's agency, paginated in SQL: open ones by deadline. */
    public Page<ActionItemRow> myActionItems(CurrentUser user, ActionItemStatus status, Pageable pageable) {
        if (user.agencyId() == null) {
            return Page.empty(pageable);
        }
        Long total = jdbc.queryForObject(
                "select count(*) from meeting_action_item where responsible_agency_id = ? and status = ?",
                Long.class,
                user.agencyId(),
                status.name());
        String order = status == ActionItemStatus.TERBUKA
                ? " order by ai.due_at, ai.id"
                : " order by ai.done_at desc, ai.id desc";
        List<ActionItemRow> rows = jdbc.query(
                ACTION_ITEM_ROW + " where ai.responsible_agency_id = ? and ai.status = ?" + order + " limit ? offset ?",
                actionItemRow(clock.instant()),
                user.agencyId(),
                status.name(),
                pageable.getPageSize(),
                pageable.getOffset());
        return new PageImpl<>(rows, pageable, total == null ? 0 : total);
    }

    static final String ACTION_ITEM_ROW =
            """
            select ai.id, ai.description, ai.responsible_agency_id, a.name as agency_name, ai.due_date, ai.due_at,
                   ai.status, ai.done_note, ai.done_at, u.display_name as done_by, m.id as meeting_id,
                   m.title as meeting_title, t.name as team_name, m.starts_at, m.time_zone
              from meeting_action_item ai
              join agency a on a.id = ai.responsible_agency_id
              join meeting m on m.id = ai.meeting_id
              join team t on t.id = m.team_id
              left join app_user u on u.id = ai.done_by""";

    static org.springframework.jdbc.core.RowMapper<ActionItemRow> actionItemRow(Instant now) {
        return (rs, i) -> {
            ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
            return new ActionItemRow(
                    rs.getLong("id"),
                    rs.getString("description"),
                    rs.getLong("responsible_agency_id"),
                    rs.getString("agency_name"),
                    rs.getObject("due_date", LocalDate.class),
                    status,
                    ActionItemDeadline.isOverdue(
                            status, rs.getTimestamp("due_at").toInstant(), now),
                    rs.getString("done_note"),
                    instant(rs, "done_at"),
                    rs.getString("done_by"),
                    rs.getLong("meeting_id"),
                    rs.getString("meeting_title"),
                    rs.getString("team_name"),
                    rs.getTimestamp("starts_at").toInstant().atZone(ZoneId.of(rs.getString("time_zone"))));
        };
    }

    /**
     * Refuses a user who may not edit the meeting ("not found" when they may not even see it), with one small query
     * instead of the whole {@link #view}.
     */
    public void requireEditable(CurrentUser user, long meetingId) {
        if (!lookup.header(user, meetingId).editableBy(user)) {
            throw new AccessDeniedException("only the chair agency's officers edit a meeting");
        }
    }

    /**
     * Reports the editing user may see, by number or by (part of) the name, for the "reports discussed" picker; only
     * for those who may edit the meeting.
     */
    public List<ReportChoice> searchReports(CurrentUser user, long meetingId, String query) {
        requireEditable(user, meetingId);
        String q = query == null ? "" : query.strip().replaceFirst("^#", "");
        if (q.length() < 2 && !q.matches("\\d+")) {
            return List.of();
        }
        ReportScope scope = reportScopes.of(user);
        String match;
        Object value;
        if (q.matches("\\d{1,18}")) {
            match = "r.id = ?";
            value = Long.parseLong(q);
        } else {
            match = "lower(r.full_name) like ?";
            value = "%"
                    + q.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
        return jdbc.query(
                "select r.id, r.full_name, r.nationality, r.observed_at, r.status from report r where "
                        + scope.condition("r") + " and " + match + " order by r.observed_at desc, r.id desc limit ?",
                (rs, i) -> new ReportChoice(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        rs.getTimestamp("observed_at").toInstant(),
                        ReportStatus.valueOf(rs.getString("status"))),
                scope.with(value, REPORT_SEARCH_LIMIT));
    }

    static String levelRank(String team) {
        return "case " + team + ".level when 'PUSAT' then 0 when 'PROVINSI' then 1 when 'KABUPATEN_KOTA' then 2"
                + " else 3 end";
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
