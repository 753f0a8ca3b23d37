package id.timpora.meeting;

import id.timpora.account.CurrentUser;
import id.timpora.account.Role;
import id.timpora.agency.OrganisationLevel;
import id.timpora.common.NotFoundException;
import id.timpora.common.TimeZones;
import id.timpora.infrastructure.persistence.Conditions;
import id.timpora.infrastructure.persistence.PagedList;
import id.timpora.infrastructure.persistence.Rows;
import id.timpora.infrastructure.persistence.SqlFragment;
import id.timpora.report.ReportScope;
import id.timpora.report.ReportScopes;
import id.timpora.report.ReportStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final MeetingLookup lookup;
    private final ReportScopes reportScopes;
    private final Minutes minutes;
    private final Clock clock;

    MeetingQueries(JdbcClient jdbc, MeetingLookup lookup, ReportScopes reportScopes, Minutes minutes, Clock clock) {
        this.jdbc = jdbc;
        this.lookup = lookup;
        this.reportScopes = reportScopes;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** The meetings the user may see, paginated in SQL: upcoming ones soonest first, others newest first. */
    public Page<MeetingRow> list(CurrentUser user, MeetingFilter filter, Pageable pageable) {
        Conditions conditions =
                Conditions.where().and(MeetingVisibility.of(user).meetings("m", "t"));
        Object now = Rows.timestamp(clock.instant());
        String order = " order by m.starts_at desc, m.id desc";
        if (filter.period() == MeetingFilter.Period.UPCOMING) {
            conditions.and(SqlFragment.of("m.status = 'DIRENCANAKAN' and m.ends_at >= :now", "now", now));
            order = " order by m.starts_at, m.id";
        } else if (filter.period() == MeetingFilter.Period.PAST) {
            conditions.and(SqlFragment.of("(m.status <> 'DIRENCANAKAN' or m.ends_at < :now)", "now", now));
        }
        SqlFragment fromWhere = SqlFragment.of(" from meeting m join team t on t.id = m.team_id")
                .plus(conditions.equal("m.team_id", "team", filter.teamId()).toWhere());
        return PagedList.of(MEETING_ROW_COLUMNS, fromWhere, order).page(jdbc, MEETING_ROW, pageable);
    }

    /** The columns {@link #MEETING_ROW} reads, over the meeting {@code m} and its team {@code t}. */
    static final String MEETING_ROW_COLUMNS =
            """
            select m.id, m.title, m.kind, m.status, m.team_id, t.name as team_name, m.starts_at, m.ends_at,
                   m.time_zone, m.place,
                   (select count(*) from meeting_action_item ai where ai.meeting_id = m.id) as items,
                   (select count(*) from meeting_action_item ai where ai.meeting_id = m.id
                       and ai.status = 'TERBUKA') as open_items""";

    static final RowMapper<MeetingRow> MEETING_ROW = (rs, i) -> {
        ZoneId zone = ZoneId.of(rs.getString("time_zone"));
        return new MeetingRow(
                rs.getLong("id"),
                rs.getString("title"),
                MeetingKind.valueOf(rs.getString("kind")),
                MeetingStatus.valueOf(rs.getString("status")),
                rs.getLong("team_id"),
                rs.getString("team_name"),
                Rows.instant(rs, "starts_at").atZone(zone),
                Rows.instant(rs, "ends_at").atZone(zone),
                rs.getString("place"),
                rs.getInt("items"),
                rs.getInt("open_items"));
    };

    /** What the meeting's page shows beyond its {@link MeetingHeader}. */
    private record Particulars(
            MeetingKind kind,
            String place,
            String agenda,
            String cancelReason,
            String minutes,
            String decisions,
            String chairName,
            String createdBy) {}

    /** One meeting with everything its page shows; "not found" outside what the user may see. */
    public MeetingView view(CurrentUser user, long id) {
        MeetingHeader header = lookup.header(user, id);
        Instant now = clock.instant();
        ZoneId zone = header.zone();
        Particulars row = jdbc.sql(
                        """
                        select m.kind, m.place, m.agenda, m.cancel_reason, m.minutes, m.decisions,
                               c.name as chair_name, u.display_name as created_by
                          from meeting m join team t on t.id = m.team_id join agency c on c.id = t.chair_agency_id
                          join app_user u on u.id = m.created_by
                         where m.id = :id""")
                .param("id", id)
                .query((rs, i) -> new Particulars(
                        MeetingKind.valueOf(rs.getString("kind")),
                        rs.getString("place"),
                        rs.getString("agenda"),
                        rs.getString("cancel_reason"),
                        rs.getString("minutes"),
                        rs.getString("decisions"),
                        rs.getString("chair_name"),
                        rs.getString("created_by")))
                .single();
        List<MeetingView.Invitee> invitees = jdbc.sql(
                        """
                        select a.id, a.name,
                               (select count(*) from meeting_attendee x where x.meeting_id = i.meeting_id
                                   and x.agency_id = a.id) as present
                          from meeting_invitee i join agency a on a.id = i.agency_id
                         where i.meeting_id = :meeting order by a.id = :chair desc, lower(a.name)""")
                .param("meeting", id)
                .param("chair", header.chairAgencyId())
                .query((rs, i) -> new MeetingView.Invitee(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("id") == header.chairAgencyId(),
                        rs.getInt("present")))
                .list();
        List<MeetingView.Attendee> attendees = jdbc.sql(
                        """
                        select x.id, x.name, x.agency_id, a.name as agency_name, x.position
                          from meeting_attendee x join agency a on a.id = x.agency_id
                         where x.meeting_id = :meeting order by x.id""")
                .param("meeting", id)
                .query((rs, i) -> new MeetingView.Attendee(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("agency_id"),
                        rs.getString("agency_name"),
                        rs.getString("position")))
                .list();
        MeetingView.Previous previous = previous(user, header, now);
        return new MeetingView(
                id,
                header.teamId(),
                header.teamName(),
                row.chairName(),
                row.kind(),
                header.title(),
                header.startsAt().atZone(zone),
                header.endsAt().atZone(zone),
                row.place(),
                row.agenda(),
                header.status(),
                row.cancelReason(),
                row.minutes(),
                minutes.toHtml(row.minutes()),
                Decisions.of(row.decisions()),
                row.createdBy(),
                header.version(),
                invitees,
                attendees,
                actionItems(user, header, SqlFragment.of("ai.meeting_id = :meeting", "meeting", id), now),
                previous,
                discussedReports(user, id),
                header.editableBy(user));
    }

    private MeetingView.Previous previous(CurrentUser user, MeetingHeader header, Instant now) {
        return SqlFragment.of("select m.id, m.title, m.starts_at, m.time_zone from meeting m"
                        + " join team t on t.id = m.team_id where ")
                .plus(MeetingVisibility.of(user).meetings("m", "t"))
                .plus(" and m.team_id = :team and m.status <> 'DIBATALKAN'"
                        + " and (m.starts_at, m.id) < (:starts_at, :id) order by m.starts_at desc, m.id desc limit 1")
                .with("team", header.teamId())
                .with("starts_at", Rows.timestamp(header.startsAt()))
                .with("id", header.id())
                .on(jdbc)
                .query((rs, i) -> new MeetingView.Previous(
                        rs.getLong("id"),
                        rs.getString("title"),
                        Rows.instant(rs, "starts_at").atZone(ZoneId.of(rs.getString("time_zone"))),
                        List.of()))
                .optional()
                .map(found -> new MeetingView.Previous(
                        found.id(),
                        found.title(),
                        found.startsAt(),
                        actionItems(
                                user,
                                header,
                                SqlFragment.of(
                                        "ai.meeting_id = :meeting and ai.status = 'TERBUKA'", "meeting", found.id()),
                                now)))
                .orElse(null);
    }

    private List<MeetingView.ActionItem> actionItems(
            CurrentUser user, MeetingHeader header, SqlFragment condition, Instant now) {
        return SqlFragment.of(
                        """
                        select ai.id, ai.description, ai.responsible_agency_id, a.name as agency_name, ai.due_date,
                               ai.due_at, ai.status, ai.done_note, ai.done_at, u.display_name as done_by
                          from meeting_action_item ai join agency a on a.id = ai.responsible_agency_id
                          left join app_user u on u.id = ai.done_by""")
                .plus(" where ")
                .plus(condition)
                .plus(" order by ai.due_date, ai.id")
                .on(jdbc)
                .query((rs, i) -> {
                    ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
                    long responsible = rs.getLong("responsible_agency_id");
                    return new MeetingView.ActionItem(
                            rs.getLong("id"),
                            rs.getString("description"),
                            responsible,
                            rs.getString("agency_name"),
                            Rows.localDate(rs, "due_date"),
                            status,
                            ActionItemDeadline.isOverdue(status, Rows.instant(rs, "due_at"), now),
                            rs.getString("done_note"),
                            Rows.instant(rs, "done_at"),
                            rs.getString("done_by"),
                            header.closableBy(user, responsible));
                })
                .list();
    }

    private List<MeetingView.DiscussedReport> discussedReports(CurrentUser user, long meetingId) {
        ReportScope scope = reportScopes.of(user);
        return SqlFragment.of("select r.id, ")
                .plus(scope.sql("r"))
                .plus(SqlFragment.of(
                        " as visible, r.full_name, r.nationality, r.status"
                                + " from meeting_report mr join report r on r.id = mr.report_id"
                                + " where mr.meeting_id = :meeting order by mr.added_at, r.id",
                        "meeting",
                        meetingId))
                .on(jdbc)
                .query((rs, i) -> {
                    boolean canSee = rs.getBoolean("visible");
                    return new MeetingView.DiscussedReport(
                            rs.getLong("id"),
                            canSee,
                            canSee ? rs.getString("full_name") : null,
                            canSee ? rs.getString("nationality") : null,
                            canSee ? ReportStatus.valueOf(rs.getString("status")) : null);
                })
                .list();
    }

    /** The teams the user may plan meetings for: those their agency chairs (officers), every active one (admins). */
    public List<TeamOption> plannableTeams(CurrentUser user) {
        SqlFragment condition;
        if (user.hasRole(Role.ADMIN)) {
            condition = SqlFragment.of("true");
        } else if (user.hasRole(Role.OFFICER) && user.agencyId() != null) {
            condition = SqlFragment.of("t.chair_agency_id = :chair", "chair", user.agencyId());
        } else {
            return List.of();
        }
        return SqlFragment.of("select t.id, t.name, " + TEAM_ZONE + " as zone,"
                        + " array(select m.agency_id from team_member m where m.team_id = t.id order by m.agency_id)"
                        + " as members from team t where t.active and ")
                .plus(condition)
                .plus(" order by " + levelRank("t") + ", t.name, t.id")
                .on(jdbc)
                .query((rs, i) -> new TeamOption(
                        rs.getLong("id"),
                        rs.getString("name"),
                        TimeZones.abbreviation(ZoneId.of(rs.getString("zone"))),
                        List.of((Long[]) rs.getArray("members").getArray())))
                .list();
    }

    /** The user's teams (chaired or member; all for an admin) with when each last met, paginated in SQL. */
    public Page<TeamCadence> teams(CurrentUser user, Pageable pageable) {
        SqlFragment where = SqlFragment.of(" where t.active and ")
                .plus(MeetingVisibility.of(user).teams("t"));
        long total = SqlFragment.of("select count(*) from team t")
                .plus(where)
                .on(jdbc)
                .query(Long.class)
                .single();
        List<TeamCadence> rows = cadenceSelect()
                .plus(where)
                .plus(" order by " + levelRank("t") + ", t.name, t.id")
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query((rs, i) -> cadence(rs))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** The facts of a team's page beyond its {@link TeamCadence}. */
    private record TeamParticulars(
            long chairAgencyId,
            String decreeNumber,
            LocalDate decreeDate,
            boolean active,
            String zone,
            String region) {}

    /** A team's page in the meeting feature: for its chair's and members' users, and admins; "not found" for others. */
    public TeamPage team(CurrentUser user, long teamId) {
        TeamCadence cadence = cadenceSelect()
                .plus(" where ")
                .plus(MeetingVisibility.of(user).teams("t"))
                .plus(SqlFragment.of(" and t.id = :team", "team", teamId))
                .on(jdbc)
                .query((rs, i) -> cadence(rs))
                .optional()
                .orElseThrow(NotFoundException::new);
        TeamParticulars row = jdbc.sql("select t.chair_agency_id, t.decree_number, t.decree_date, t.active, "
                        + TEAM_ZONE
                        + " as zone, (select name from region r where r.code = t.region_code) as region_name"
                        + " from team t where t.id = :team")
                .param("team", teamId)
                .query((rs, i) -> new TeamParticulars(
                        rs.getLong("chair_agency_id"),
                        rs.getString("decree_number"),
                        Rows.localDate(rs, "decree_date"),
                        rs.getBoolean("active"),
                        rs.getString("zone"),
                        rs.getString("region_name")))
                .single();
        List<String> members = jdbc.sql("select a.name from team_member m join agency a on a.id = m.agency_id"
                        + " where m.team_id = :team order by a.id = :chair desc, lower(a.name)")
                .param("team", teamId)
                .param("chair", row.chairAgencyId())
                .query(String.class)
                .list();
        boolean plannable = row.active()
                && (user.hasRole(Role.ADMIN)
                        || (user.hasRole(Role.OFFICER) && Objects.equals(user.agencyId(), row.chairAgencyId())));
        return new TeamPage(
                cadence,
                row.region(),
                TimeZones.abbreviation(ZoneId.of(row.zone())),
                members,
                row.decreeNumber(),
                row.decreeDate(),
                plannable);
    }

    /** A team with when it last met and its next planned meeting, as of now; a WHERE clause over {@code t} follows. */
    private SqlFragment cadenceSelect() {
        return SqlFragment.of(
                """
                select t.id, t.name, t.level, c.name as chair_name, %s as zone,
                       (select max(m.starts_at) from meeting m where m.team_id = t.id
                           and m.status = 'SELESAI') as last_met,
                       next.id as next_id, next.starts_at as next_at
                  from team t join agency c on c.id = t.chair_agency_id
                  left join lateral (select m.id, m.starts_at from meeting m where m.team_id = t.id
                           and m.status = 'DIRENCANAKAN' and m.ends_at >= :now order by m.starts_at, m.id limit 1) next
                    on true"""
                        .formatted(TEAM_ZONE),
                "now",
                Rows.timestamp(clock.instant()));
    }

    private TeamCadence cadence(ResultSet rs) throws SQLException {
        ZoneId zone = ZoneId.of(rs.getString("zone"));
        Instant lastMet = Rows.instant(rs, "last_met");
        Instant next = Rows.instant(rs, "next_at");
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
        SqlFragment where = SqlFragment.of(
                " where ai.responsible_agency_id = :agency and ai.status = :status",
                "agency",
                user.agencyId(),
                "status",
                status.name());
        long total = SqlFragment.of("select count(*) from meeting_action_item ai")
                .plus(where)
                .on(jdbc)
                .query(Long.class)
                .single();
        String order = status == ActionItemStatus.TERBUKA
                ? " order by ai.due_at, ai.id"
                : " order by ai.done_at desc, ai.id desc";
        List<ActionItemRow> rows = SqlFragment.of(ACTION_ITEM_ROW)
                .plus(where)
                .plus(order)
                .plus(SqlFragment.page(pageable))
                .on(jdbc)
                .query(actionItemRow(clock.instant()))
                .list();
        return new PageImpl<>(rows, pageable, total);
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

    static RowMapper<ActionItemRow> actionItemRow(Instant now) {
        return (rs, i) -> {
            ActionItemStatus status = ActionItemStatus.valueOf(rs.getString("status"));
            return new ActionItemRow(
                    rs.getLong("id"),
                    rs.getString("description"),
                    rs.getLong("responsible_agency_id"),
                    rs.getString("agency_name"),
                    Rows.localDate(rs, "due_date"),
                    status,
                    ActionItemDeadline.isOverdue(status, Rows.instant(rs, "due_at"), now),
                    rs.getString("done_note"),
                    Rows.instant(rs, "done_at"),
                    rs.getString("done_by"),
                    rs.getLong("meeting_id"),
                    rs.getString("meeting_title"),
                    rs.getString("team_name"),
                    Rows.instant(rs, "starts_at").atZone(ZoneId.of(rs.getString("time_zone"))));
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
        Conditions conditions = Conditions.where().and(reportScopes.of(user).sql("r"));
        if (q.matches("\\d{1,18}")) {
            conditions.equal("r.id", "id", Long.parseLong(q));
        } else {
            conditions.contains("lower(r.full_name)", "name", q);
        }
        return SqlFragment.of("select r.id, r.full_name, r.nationality, r.observed_at, r.status from report r")
                .plus(conditions.toWhere())
                .plus(" order by r.observed_at desc, r.id desc limit " + REPORT_SEARCH_LIMIT)
                .on(jdbc)
                .query((rs, i) -> new ReportChoice(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("nationality"),
                        Rows.instant(rs, "observed_at"),
                        ReportStatus.valueOf(rs.getString("status"))))
                .list();
    }

    static String levelRank(String team) {
        return "case " + team + ".level when 'PUSAT' then 0 when 'PROVINSI' then 1 when 'KABUPATEN_KOTA' then 2"
                + " else 3 end";
    }
}
